/**
 * One draft under review: reads it (as the editor of this tab), holds the review's state
 * (reviewReducer.ts), and saves it (`saveDraftReview` with the version it read) or loads it
 * (`acceptAndLoadDraft`, after saving unsaved edits). A CONFLICT or the loader's refusals become a
 * notice and problems on the entries they name; nothing else changes.
 */
import { useCallback, useReducer, useState } from 'react';
import { GraphQLRequestError } from '../api/graphqlClient.ts';
import type { DraftFieldsFragment } from '../gql/graphql.ts';
import { marksOf, readExtraction, writeExtraction } from './extraction.ts';
import { changedOf, problemsOf, type LoadProblem } from './loadProblems.ts';
import { asEditor, DraftQuery, LoadDraftMutation, SaveDraftMutation } from './reviewApi.ts';
import { openReview, reviewReducer, type OpenDraft, type ReviewState } from './reviewReducer.ts';

/** What the reviewer is told while a save or a load runs (`busy`), and after it. */
export interface ReviewNotice {
  tone: 'busy' | 'ok' | 'error';
  message: string;
  /** For a CONFLICT: the entries another reviewer changed. */
  changed?: string[];
}

function openDraftOf(draft: DraftFieldsFragment): OpenDraft {
  return {
    id: draft.id,
    documentId: draft.documentId,
    status: draft.status,
    version: draft.version,
    text: draft.text,
  };
}

/** The first state of a draft read from the server. */
export function reviewStateOf(draft: DraftFieldsFragment): ReviewState {
  return openReview(
    openDraftOf(draft),
    readExtraction(draft.draftedYaml, draft.reviewedYaml, draft.sidecar ?? null, {
      linkedIds: draft.linkedIds,
      accepted: draft.accepted,
    }),
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** See the module comment. `initial` is the draft as read when it was opened. */
export function useDraftReview(initial: DraftFieldsFragment) {
  const [state, dispatch] = useReducer(reviewReducer, initial, reviewStateOf);
  const [notice, setNotice] = useState<ReviewNotice | null>(null);
  const [problems, setProblems] = useState<LoadProblem[]>([]);
  const [busy, setBusy] = useState(false);

  /** Saves the extraction; returns the saved draft's version, or null when refused. */
  const saveNow = useCallback(async (current: ReviewState): Promise<number | null> => {
    try {
      const saved = (
        await asEditor(SaveDraftMutation, {
          id: current.draft.id,
          version: current.draft.version,
          reviewedYaml: writeExtraction(current.extraction),
          ...marksOf(current.extraction),
        })
      ).saveDraftReview;
      dispatch({ type: 'saved', draft: openDraftOf(saved) });
      return saved.version;
    } catch (error) {
      const changed =
        error instanceof GraphQLRequestError && error.code === 'CONFLICT'
          ? changedOf(error.extensions)
          : undefined;
      setNotice({ tone: 'error', message: messageOf(error), changed });
      return null;
    }
  }, []);

  const save = useCallback(async () => {
    setBusy(true);
    setNotice({ tone: 'busy', message: 'Saving…' });
    const version = await saveNow(state);
    if (version !== null) setNotice({ tone: 'ok', message: `Saved (version ${version}).` });
    setBusy(false);
  }, [saveNow, state]);

  const acceptAndLoad = useCallback(async () => {
    setBusy(true);
    setProblems([]);
    // The last refusal must not stay on screen while the next attempt runs (a load of a long
    // document can take seconds): the reviewer would read it as this attempt's answer.
    setNotice({ tone: 'busy', message: 'Checking the review and loading it into the graph…' });
    const version = state.dirty ? await saveNow(state) : state.draft.version;
    if (version === null) {
      setBusy(false);
      return;
    }
    try {
      const loaded = (await asEditor(LoadDraftMutation, { id: state.draft.id, version }))
        .acceptAndLoadDraft;
      dispatch({ type: 'saved', draft: openDraftOf(loaded) });
      setNotice({
        tone: 'ok',
        message: `Loaded into the graph: search for its statements in the explorer.`,
      });
    } catch (error) {
      const found = error instanceof GraphQLRequestError ? problemsOf(error.extensions) : [];
      setProblems(found);
      setNotice({ tone: 'error', message: messageOf(error) });
    }
    setBusy(false);
  }, [saveNow, state]);

  /** Reads the draft again (after a CONFLICT: the other reviewer's version, own edits dropped). */
  const reload = useCallback(async () => {
    setBusy(true);
    try {
      const draft = (await asEditor(DraftQuery, { id: state.draft.id })).draft;
      if (draft) {
        const fresh = reviewStateOf(draft);
        dispatch({ type: 'saved', draft: fresh.draft, extraction: fresh.extraction });
        setNotice(null);
      }
    } catch (error) {
      setNotice({ tone: 'error', message: messageOf(error) });
    }
    setBusy(false);
  }, [state.draft.id]);

  return { state, dispatch, notice, problems, busy, save, acceptAndLoad, reload };
}

export type DraftReview = ReturnType<typeof useDraftReview>;
