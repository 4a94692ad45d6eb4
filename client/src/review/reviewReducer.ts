/**
 * The state of one draft under review: the draft as read (its version is what saving sends), the
 * extraction being edited, the entry under the cursor, whether its editor is open, and the earlier
 * extractions for undo. Pure: the requests live in useDraftReview.ts.
 */
import { inReadingOrder, type Extraction } from './extraction.ts';

/** The draft as the server gave it (review/reviewApi.ts), minus what the extraction holds. */
export interface OpenDraft {
  id: string;
  documentId: string;
  status: 'IN_REVIEW' | 'LOADED';
  version: number;
  text: string;
}

/** One step back: the extraction and cursor before an edit, and what the edit was. */
interface Step {
  extraction: Extraction;
  cursor: string | null;
  label: string;
}

export interface ReviewState {
  draft: OpenDraft;
  extraction: Extraction;
  cursor: string | null;
  editing: boolean;
  past: Step[];
  /** Edited since the last save. */
  dirty: boolean;
}

export type ReviewAction =
  | { type: 'move'; delta: 1 | -1 }
  | { type: 'cursor'; key: string }
  | { type: 'editing'; editing: boolean }
  | {
      type: 'edit';
      label: string;
      change: (extraction: Extraction) => Extraction;
      /** Where the cursor goes after (default: stays). */
      cursor?: string;
    }
  | { type: 'undo' }
  | { type: 'saved'; draft: OpenDraft; extraction?: Extraction };

/** The first state of a draft just read. */
export function openReview(draft: OpenDraft, extraction: Extraction): ReviewState {
  const first = inReadingOrder(draft.text, extraction.entries)[0];
  return { draft, extraction, cursor: first?.key ?? null, editing: false, past: [], dirty: false };
}

/** The entries' keys in reading order. */
export function orderOf(state: ReviewState): string[] {
  return inReadingOrder(state.draft.text, state.extraction.entries).map((entry) => entry.key);
}

/** See the module comment. */
export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'move': {
      const order = orderOf(state);
      if (order.length === 0) return state;
      const at = state.cursor ? order.indexOf(state.cursor) : -1;
      const next = Math.min(order.length - 1, Math.max(0, at + action.delta));
      return { ...state, cursor: order[next] ?? null, editing: false };
    }
    case 'cursor':
      return { ...state, cursor: action.key, editing: false };
    case 'editing':
      return { ...state, editing: action.editing && state.cursor !== null };
    case 'edit': {
      const extraction = action.change(state.extraction);
      if (extraction === state.extraction) return { ...state, editing: false };
      return {
        ...state,
        extraction,
        cursor: action.cursor ?? state.cursor,
        editing: false,
        past: [
          ...state.past,
          { extraction: state.extraction, cursor: state.cursor, label: action.label },
        ],
        dirty: true,
      };
    }
    case 'undo': {
      const last = state.past.at(-1);
      if (!last) return state;
      return {
        ...state,
        extraction: last.extraction,
        cursor: last.cursor,
        editing: false,
        past: state.past.slice(0, -1),
        dirty: true,
      };
    }
    case 'saved':
      return {
        ...state,
        draft: action.draft,
        extraction: action.extraction ?? state.extraction,
        dirty: false,
      };
  }
}
