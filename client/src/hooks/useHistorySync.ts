/**
 * Keeps the browser's address and history in step with the investigation (state/investigation.ts):
 * - on load, reads the link (state/viewLink.ts: the compressed fragment, or an old query string),
 *   applies its view, asks for its nodes, and keeps what it dropped, and the ids of the nodes the
 *   database no longer has or that were merged into others, for a notice;
 * - each new step pushes a history entry (so Back and Forward walk the investigation); other
 *   changes replace the current entry's address, so the address bar always holds the view;
 * - Back and Forward (the browser's, or Undo and Redo) go to the step of the entry, restored from
 *   memory when it is held there, else opened from the entry's link like a shared one.
 * Writing waits until a link's graph has arrived (or its restore returned: `restoreFinished`), so
 * a reload while loading, or after a failed restore, does not lose the view.
 */
import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react';
import type { ExplorerAction } from '../state/explorerReducer.ts';
import type { ExplorerState, PathRequest } from '../state/explorerState.ts';
import { hasStep } from '../state/investigation.ts';
import { NO_LINK_NODES, type LinkNodes } from '../state/missingNodes.ts';
import { urlStateOf } from '../state/urlState.ts';
import { readViewLink, viewLinkHash } from '../state/viewLink.ts';

/** What a history entry of this page holds (`history.state`). */
interface EntryState {
  policygraph: string;
  step: number;
}

/** Tells this page load's entries from others'. */
const SESSION = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** What the hook gives back. */
export interface HistorySync {
  /** One step back (Undo): the browser's Back when its entries match the steps. */
  back: () => void;
  /** One step forward (Redo). */
  forward: () => void;
  /** Values the opened link held that were dropped (described), for a notice. */
  dropped: string[];
  /** The opened link's nodes that the database no longer has, or that were merged into others, for a notice. */
  linkNodes: LinkNodes;
  /** Clears both notices. */
  dismissDropped: () => void;
}

/** See the module comment. */
export function useHistorySync(
  state: ExplorerState,
  dispatch: Dispatch<ExplorerAction>,
  restore: (
    ids: string[],
    path: PathRequest | null,
    onLinkNodes?: (nodes: LinkNodes) => void,
  ) => void,
  restoreFinished: boolean,
): HistorySync {
  const [pending, setPending] = useState<boolean>(
    () => readViewLink(window.location).url.nodes.length > 0,
  );
  const [dropped, setDropped] = useState<string[]>([]);
  const [linkNodes, setLinkNodes] = useState<LinkNodes>(NO_LINK_NODES);
  const latest = useRef(state);
  // eslint-disable-next-line react-hooks/refs -- latest-value ref: callbacks created once read the current render's values
  latest.current = state;
  /** The step the browser's current entry stands for. */
  const entryStep = useRef(state.step.id);
  const applied = useRef(false);

  /** Opens the view of the current address (on load, or an entry whose step is not in memory). */
  const openLink = useCallback(() => {
    const link = readViewLink(window.location);
    setDropped(link.dropped);
    setLinkNodes(NO_LINK_NODES);
    dispatch({ type: 'url/apply', url: link.url });
    if (link.url.nodes.length > 0) restore(link.url.nodes, link.url.path, setLinkNodes);
    else
      dispatch({
        type: 'graph/restore',
        subgraph: { nodes: [], relationships: [], truncated: false },
      });
  }, [dispatch, restore]);

  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const link = readViewLink(window.location);
    setDropped(link.dropped);
    setLinkNodes(NO_LINK_NODES);
    dispatch({ type: 'url/apply', url: link.url });
    if (link.url.nodes.length > 0) restore(link.url.nodes, link.url.path, setLinkNodes);
    tag(entryStep.current, null);
  }, [dispatch, restore]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      const entry = event.state as Partial<EntryState> | null;
      const current = latest.current;
      if (
        entry?.policygraph === SESSION &&
        typeof entry.step === 'number' &&
        hasStep(current, entry.step)
      ) {
        entryStep.current = entry.step;
        dispatch({ type: 'history/go', stepId: entry.step });
        return;
      }
      // An entry of an earlier page load, or a step no longer in memory: open it as a link.
      entryStep.current = current.step.id;
      tag(current.step.id, null);
      openLink();
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch, openLink]);

  useEffect(() => {
    if (pending && (restoreFinished || Object.keys(state.graph.nodes).length > 0))
      // eslint-disable-next-line react-hooks/set-state-in-effect -- pending ends once the restored graph has committed; an effect is where that is observed
      setPending(false);
  }, [pending, restoreFinished, state.graph]);

  useEffect(() => {
    if (pending) return;
    const address = `${window.location.pathname}${viewLinkHash(urlStateOf(state))}`;
    if (state.step.id !== entryStep.current) {
      entryStep.current = state.step.id;
      window.history.pushState({ policygraph: SESSION, step: state.step.id }, '', address);
      return;
    }
    const timer = window.setTimeout(() => {
      const now = `${window.location.pathname}${window.location.search}${window.location.hash}`;
      if (now !== address) tag(state.step.id, address);
    }, 120);
    return () => window.clearTimeout(timer);
  }, [pending, state]);

  const back = useCallback(() => {
    const current = latest.current;
    const target = current.past[current.past.length - 1];
    if (!target) return;
    if (inStep(current.step.id)) window.history.back();
    else {
      entryStep.current = target.id;
      dispatch({ type: 'history/go', stepId: target.id });
    }
  }, [dispatch]);

  const forward = useCallback(() => {
    const current = latest.current;
    const target = current.future[0];
    if (!target) return;
    if (inStep(current.step.id)) window.history.forward();
    else {
      entryStep.current = target.id;
      dispatch({ type: 'history/go', stepId: target.id });
    }
  }, [dispatch]);

  const dismissDropped = useCallback(() => {
    setDropped([]);
    setLinkNodes(NO_LINK_NODES);
  }, []);
  return { back, forward, dropped, linkNodes, dismissDropped };
}

/** Marks the current entry as step `step` of this page, at `address` (null: the address stays). */
function tag(step: number, address: string | null): void {
  window.history.replaceState({ policygraph: SESSION, step }, '', address ?? window.location.href);
}

/** True when the browser's current entry is step `step` of this page. */
function inStep(step: number): boolean {
  const entry = window.history.state as Partial<EntryState> | null;
  return entry?.policygraph === SESSION && entry.step === step;
}
