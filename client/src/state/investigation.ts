/**
 * The investigation as a history of steps, like a browser's: each meaningful change (showing a
 * node, an expansion, a collapse, hiding, clearing, opening a document, showing a path) is a new
 * step; Back/Undo and Forward/Redo move between steps, each restoring the whole view as it was
 * when left. Other changes (selection, filters, panel, dates) change the current step in place.
 * Pure; the reducer (explorerReducer.ts) calls it and hooks/useHistorySync.ts mirrors the steps
 * into the browser's history.
 */
import {
  HISTORY_LIMIT,
  type ExplorerState,
  type InvestigationView,
  type Step,
} from './explorerState.ts';

/** The view of `state`, without its history. */
export function viewOf(state: ExplorerState): InvestigationView {
  const { past: _past, future: _future, step: _step, layoutRevision: _revision, ...view } = state;
  return view;
}

/** `next` as a new step labelled `label` after `previous` (whose view goes into the past). */
export function pushStep(
  previous: ExplorerState,
  next: ExplorerState,
  label: string,
): ExplorerState {
  const past = [
    ...previous.past,
    { id: previous.step.id, label: previous.step.label, view: viewOf(previous) },
  ].slice(-HISTORY_LIMIT);
  const id = Math.max(previous.step.id, ...previous.future.map((step) => step.id)) + 1;
  return { ...next, past, future: [], step: { id, label } };
}

/**
 * The state at step `id` (in the past or the future), the current view kept as a step to come
 * back to; `state` itself when `id` is the current step or unknown.
 */
export function goToStep(state: ExplorerState, id: number): ExplorerState {
  const current: Step = { id: state.step.id, label: state.step.label, view: viewOf(state) };
  const back = state.past.findIndex((step) => step.id === id);
  if (back >= 0) {
    const target = state.past[back]!;
    return {
      ...state,
      ...target.view,
      past: state.past.slice(0, back),
      future: [...state.past.slice(back + 1), current, ...state.future],
      step: { id: target.id, label: target.label },
    };
  }
  const ahead = state.future.findIndex((step) => step.id === id);
  if (ahead >= 0) {
    const target = state.future[ahead]!;
    return {
      ...state,
      ...target.view,
      past: [...state.past, current, ...state.future.slice(0, ahead)].slice(-HISTORY_LIMIT),
      future: state.future.slice(ahead + 1),
      step: { id: target.id, label: target.label },
    };
  }
  return state;
}

/** True when step `id` is held in memory (so going there needs no request). */
export function hasStep(state: ExplorerState, id: number): boolean {
  return (
    state.step.id === id ||
    state.past.some((step) => step.id === id) ||
    state.future.some((step) => step.id === id)
  );
}
