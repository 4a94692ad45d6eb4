/**
 * The review view's actions (review/), part of the one registry (registry.ts): open and close the
 * view, and, on the draft under review, next and previous entry (j, k), accept (a), reject (r),
 * edit (e) and undo (Ctrl+Z). They run only while the view is open with a draft.
 */
import type { ActionContext, ActionDefinition } from './types.ts';

type ReviewActionName =
  | 'openReview'
  | 'closeReview'
  | 'reviewNext'
  | 'reviewPrevious'
  | 'reviewAccept'
  | 'reviewReject'
  | 'reviewEdit'
  | 'reviewUndo';

const onEntry = ({ review }: ActionContext): boolean =>
  review.open && Boolean(review.current?.hasEntry);

/** See the module comment. */
export const REVIEW_ACTIONS: { [N in ReviewActionName]: ActionDefinition<N> } = {
  openReview: {
    name: 'openReview',
    label: () => 'Review drafts',
    enabled: ({ review }) => !review.open,
    perform: ({ review }) => review.setOpen(true),
  },
  closeReview: {
    name: 'closeReview',
    label: () => 'Back to the graph',
    enabled: ({ review }) => review.open,
    perform: ({ review }) => review.setOpen(false),
  },
  reviewNext: {
    name: 'reviewNext',
    label: () => 'Next entry',
    shortcut: { key: 'j', label: 'J' },
    enabled: onEntry,
    perform: ({ review }) => review.current?.next(),
  },
  reviewPrevious: {
    name: 'reviewPrevious',
    label: () => 'Previous entry',
    shortcut: { key: 'k', label: 'K' },
    enabled: onEntry,
    perform: ({ review }) => review.current?.previous(),
  },
  reviewAccept: {
    name: 'reviewAccept',
    label: () => 'Accept',
    shortcut: { key: 'a', label: 'A' },
    enabled: onEntry,
    perform: ({ review }) => review.current?.accept(),
  },
  reviewReject: {
    name: 'reviewReject',
    label: () => 'Reject',
    shortcut: { key: 'r', label: 'R' },
    enabled: (context) => onEntry(context) && Boolean(context.review.current?.canReject),
    perform: ({ review }) => review.current?.reject(),
  },
  reviewEdit: {
    name: 'reviewEdit',
    label: () => 'Edit',
    shortcut: { key: 'e', label: 'E' },
    enabled: onEntry,
    perform: ({ review }) => review.current?.edit(),
  },
  reviewUndo: {
    name: 'reviewUndo',
    label: ({ review }) =>
      review.current?.undoLabel ? `Undo ${review.current.undoLabel}` : 'Undo',
    shortcut: { key: 'z', mod: true, label: 'Ctrl+Z' },
    enabled: ({ review }) => review.open && Boolean(review.current?.undoLabel),
    perform: ({ review }) => review.current?.undo(),
  },
};
