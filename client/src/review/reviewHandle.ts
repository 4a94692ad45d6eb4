/**
 * What the explorer's action registry (actions/registry.ts) sees of the review view: whether it is
 * open, how to open or close it, and the open draft's review commands. The review view keeps
 * `current` up to date; it is null while no draft is open.
 */

/** The commands of the draft under review, as of its latest render. */
export interface ReviewHandle {
  /** An entry is under the cursor. */
  hasEntry: boolean;
  /** The entry under the cursor can be rejected (it is not rejected already). */
  canReject: boolean;
  /** What undo would take back, or null when there is nothing to undo. */
  undoLabel: string | null;
  next: () => void;
  previous: () => void;
  accept: () => void;
  reject: () => void;
  edit: () => void;
  undo: () => void;
}

/** The review view as the action registry sees it. */
export interface ReviewBridge {
  open: boolean;
  setOpen: (open: boolean) => void;
  current: ReviewHandle | null;
}
