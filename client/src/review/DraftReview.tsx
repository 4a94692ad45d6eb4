/**
 * An open draft: its text with the entries highlighted (DraftText) beside its document
 * (DocumentCard) and the entries in reading order (EntryCard), Save and "Accept and load", and the
 * notice of the last save or load. It hands its commands to the action registry through
 * `handleRef` (reviewHandle.ts), so j/k, a, r, e and Ctrl+Z run them.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { ActionButton } from '../components/ActionButton.tsx';
import type { DraftFieldsFragment } from '../gql/graphql.ts';
import { inReadingOrder, quoteAt, scalar, type Extraction } from './extraction.ts';
import { DocumentCard } from './DocumentCard.tsx';
import { DraftText } from './DraftText.tsx';
import { EntryCard } from './EntryCard.tsx';
import { namesDocument, problemEntryKey } from './loadProblems.ts';
import {
  addEntry,
  freeId,
  linkTo,
  makeNewNode,
  moveQuote,
  setDocumentFields,
  setField,
  setStatus,
} from './reviewEdits.ts';
import type { ReviewHandle } from './reviewHandle.ts';
import { useDraftReview } from './useDraftReview.ts';
import { ReviewNoticeBox } from './ReviewNoticeBox.tsx';

/** See the module comment. */
export function DraftReview(props: {
  draft: DraftFieldsFragment;
  handleRef: RefObject<ReviewHandle | null>;
  onBack: () => void;
}) {
  const { handleRef, onBack } = props;
  const review = useDraftReview(props.draft);
  const { state, dispatch, problems } = review;
  const { draft, extraction, cursor } = state;
  const ordered = inReadingOrder(draft.text, extraction.entries);
  const currentEntry = extraction.entries.find((entry) => entry.key === cursor) ?? null;
  const actors = extraction.entries
    .filter((entry) => entry.section === 'actors' && entry.status !== 'rejected')
    .map((entry) => [String(entry.value.id), String(entry.value.name)] as const);
  const edit = (label: string, change: (e: Extraction) => Extraction, to?: string) =>
    dispatch({ type: 'edit', label, change, cursor: to });
  const decide = (status: 'accepted' | 'rejected') => {
    if (!cursor) return;
    edit(status === 'accepted' ? 'accept' : 'reject', (e) => setStatus(e, cursor, status));
    dispatch({ type: 'move', delta: 1 });
  };

  const handle: ReviewHandle = {
    hasEntry: currentEntry !== null,
    canReject: currentEntry !== null && currentEntry.status !== 'rejected',
    undoLabel: state.past.at(-1)?.label ?? null,
    next: () => dispatch({ type: 'move', delta: 1 }),
    previous: () => dispatch({ type: 'move', delta: -1 }),
    accept: () => decide('accepted'),
    reject: () => decide('rejected'),
    edit: () => dispatch({ type: 'editing', editing: true }),
    undo: () => dispatch({ type: 'undo' }),
  };
  // The action registry reads the handle at action time. Set after every commit and cleared only
  // when it is still this render's, so an unmount's cleanup never erases a newer handle (that left
  // the keys dead until the next render).
  useLayoutEffect(() => {
    handleRef.current = handle;
    return () => {
      if (handleRef.current === handle) handleRef.current = null;
    };
  });

  const candidateIds = (currentEntry?.note?.candidates ?? []).map((candidate) => candidate.id);
  const addStatement = (start: number, end: number) => {
    const speaker =
      currentEntry?.section === 'statements'
        ? scalar(currentEntry.value.speaker)
        : currentEntry?.section === 'actors'
          ? String(currentEntry.value.id)
          : (actors[0]?.[0] ?? '');
    const quote = quoteAt(draft.text, start, end);
    const words = typeof quote === 'string' ? quote : quote.quote;
    const id = freeId(extraction, `${speaker} ${words.split(/\s+/).slice(0, 4).join(' ')}`);
    const added = addEntry(extraction, 'statements', {
      id,
      speaker,
      form: 'DIRECT_QUOTE',
      quote: words,
      ...(typeof quote === 'string' ? {} : { occurrence: quote.occurrence }),
    });
    edit('add statement', () => added.extraction, added.key);
  };
  const addActor = (start: number, end: number) => {
    const quote = quoteAt(draft.text, start, end);
    const name = draft.text.slice(start, end);
    const added = addEntry(extraction, 'actors', {
      id: freeId(extraction, name),
      kind: 'PERSON',
      name,
      evidence: [quote],
    });
    edit('add actor', () => added.extraction, added.key);
  };

  return (
    <div className="review-draft">
      <header className="review-draft-head">
        <button type="button" className="btn btn-small" onClick={onBack}>
          All drafts
        </button>
        <h2>{draft.documentId}</h2>
        <span className="review-meta">
          version {draft.version} · {draft.status === 'LOADED' ? 'loaded' : 'in review'}
          {state.dirty ? ' · unsaved edits' : ''}
        </span>
        <ActionButton name="reviewUndo" args={{}} className="btn btn-small" />
        <button
          type="button"
          className="btn btn-small"
          disabled={review.busy || !state.dirty}
          onClick={() => void review.save()}
        >
          Save
        </button>
        <button
          type="button"
          className="btn btn-small btn-primary"
          disabled={review.busy || draft.status === 'LOADED'}
          onClick={() => void review.acceptAndLoad()}
        >
          Accept and load
        </button>
      </header>
      <ReviewNoticeBox
        notice={review.notice}
        problems={problems.filter(
          (problem) => !namesDocument(problem) && problemEntryKey(extraction, problem) === null,
        )}
        onReload={() => void review.reload()}
      />
      <div className="review-columns">
        <DraftText
          text={draft.text}
          entries={extraction.entries}
          cursor={cursor}
          onChoose={(key) => dispatch({ type: 'cursor', key })}
          commands={{
            moveQuote: cursor
              ? (start, end) =>
                  edit('move quote', (e) => moveQuote(e, cursor, quoteAt(draft.text, start, end)))
              : null,
            addStatement,
            addActor,
          }}
        />
        <section className="review-entries" aria-label="Entries in reading order">
          <p className="panel-note">
            {ordered.length} entries · J/K next and previous · A accept · R reject · E edit · Ctrl+Z
            undo
          </p>
          <DocumentCard
            document={extraction.document}
            problems={problems.filter(namesDocument)}
            actors={actors}
            onSave={(changes) => edit('edit document', (e) => setDocumentFields(e, changes))}
          />
          {ordered.map((entry) => (
            <EntryCard
              key={entry.key}
              entry={entry}
              current={entry.key === cursor}
              editing={state.editing}
              problems={problems.filter(
                (problem) => problemEntryKey(extraction, problem) === entry.key,
              )}
              actors={actors}
              onChoose={() => dispatch({ type: 'cursor', key: entry.key })}
              commands={{
                save: (changes) =>
                  edit('edit', (e) =>
                    Object.entries(changes).reduce(
                      (next, [field, value]) => setField(next, entry.key, field, value),
                      setStatus(e, entry.key, 'accepted'),
                    ),
                  ),
                cancelEdit: () => dispatch({ type: 'editing', editing: false }),
                link: (node) => edit(`link to ${node.id}`, (e) => linkTo(e, entry.key, node)),
                newNode: () => edit('new node', (e) => makeNewNode(e, entry.key, candidateIds)),
              }}
            />
          ))}
        </section>
      </div>
    </div>
  );
}
