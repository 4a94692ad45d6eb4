/**
 * The review of drafts in the explorer (docs/client.md, "Reviewing drafts"): the view, what the
 * action registry sees of it, and the editor's token of this tab.
 */
export { ReviewView } from './ReviewView.tsx';
export type { ReviewBridge, ReviewHandle } from './reviewHandle.ts';
export { editorToken, reviewRequested } from '../api/editorToken.ts';
