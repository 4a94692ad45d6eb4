/**
 * Keeps the URL and the explorer's state in step: on load, applies the URL's view (filters,
 * layout, selection, panel, document) and asks for its nodes; afterwards, mirrors every change into
 * the URL with history.replaceState, so copying the address bar shares the view.
 */
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { ExplorerAction } from '../state/explorerReducer.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import { shownNodeIds } from '../state/graphOps.ts';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/urlState.ts';
import type { PathRequest } from '../state/explorerState.ts';

/** The URL state of `state`. */
export function urlStateOf(state: ExplorerState): UrlState {
  return {
    nodes: shownNodeIds(state.graph),
    selection: state.selection,
    layout: state.layout,
    expandFilter: state.expandFilter,
    statementFilter: state.statementFilter,
    dateRange: state.dateRange,
    panel: state.panel,
    document: state.document,
    path: state.path,
  };
}

/**
 * Applies the URL once on mount (calling `restore` with its node ids and path when it has nodes),
 * then writes `state` to the URL. Writing waits until the restored graph has arrived (or the
 * restore returned nothing: `restoreFinished`), so a reload during loading, or after a failed
 * restore, does not lose the view.
 */
export function useUrlSync(
  state: ExplorerState,
  dispatch: Dispatch<ExplorerAction>,
  restore: (ids: string[], path: PathRequest | null) => void,
  restoreFinished: boolean,
): void {
  const [pending, setPending] = useState<boolean>(
    () => parseUrlState(window.location.search).nodes.length > 0,
  );
  const applied = useRef(false);

  useEffect(() => {
    if (applied.current) return;
    applied.current = true;
    const url = parseUrlState(window.location.search);
    dispatch({ type: 'url/apply', url });
    if (url.nodes.length > 0) restore(url.nodes, url.path);
  }, [dispatch, restore]);

  useEffect(() => {
    if (pending && (restoreFinished || Object.keys(state.graph.nodes).length > 0))
      setPending(false);
  }, [pending, restoreFinished, state.graph]);

  useEffect(() => {
    if (pending) return;
    const timer = window.setTimeout(() => {
      const query = serializeUrlState(urlStateOf(state));
      const current = window.location.search.replace(/^\?/, '');
      if (query !== current) {
        const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
        window.history.replaceState(null, '', url);
      }
    }, 120);
    return () => window.clearTimeout(timer);
  }, [pending, state]);
}
