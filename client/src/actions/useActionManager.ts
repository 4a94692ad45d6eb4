/**
 * The explorer's ActionManager bound to its state, graph requests and graph controller, and its
 * keyboard shortcuts listened to on the window.
 */
import { useEffect, useMemo, useRef, type Dispatch, type RefObject } from 'react';
import type { GraphController } from '../graph/GraphController.ts';
import type { GraphActions } from '../hooks/useGraphActions.ts';
import type { ExplorerAction } from '../state/explorerReducer.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import { ActionManager } from './ActionManager.ts';
import type { ActionContext } from './types.ts';

/** See the module comment. The manager is stable; it reads the latest state at each call. */
export function useActionManager(
  state: ExplorerState,
  dispatch: Dispatch<ExplorerAction>,
  requests: GraphActions,
  graph: RefObject<GraphController | null>,
  history: ActionContext['history'],
  review: ActionContext['review'],
): ActionManager {
  const latest = useRef({ state, requests, history, review });
  // eslint-disable-next-line react-hooks/refs -- latest-value ref: callbacks created once read the current render's values
  latest.current = { state, requests, history, review };
  const manager = useMemo(
    () =>
      // eslint-disable-next-line react-hooks/refs -- the context getter runs at action time, not during render
      new ActionManager(() => ({
        state: latest.current.state,
        requests: latest.current.requests,
        dispatch,
        graph: graph.current,
        history: latest.current.history,
        review: latest.current.review,
      })),
    [dispatch, graph],
  );
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.defaultPrevented) manager.handleKey(event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [manager]);
  return manager;
}
