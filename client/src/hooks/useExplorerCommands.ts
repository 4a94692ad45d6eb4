/**
 * The explorer's commands (components/commands.ts) bound to its state and graph requests.
 */
import { useMemo, useRef, type Dispatch } from 'react';
import type { ExplorerCommands } from '../components/commands.ts';
import { nodeElementId } from '../graph/elementIds.ts';
import type { ExplorerAction } from '../state/explorerReducer.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import type { GraphActions } from './useGraphActions.ts';

/** See the module comment. The commands object is stable; it reads the latest state from a ref. */
export function useExplorerCommands(
  state: ExplorerState,
  dispatch: Dispatch<ExplorerAction>,
  actions: GraphActions,
): ExplorerCommands {
  const latest = useRef({ state, actions });
  latest.current = { state, actions };
  return useMemo<ExplorerCommands>(
    () => ({
      focusNode: (id, name) => {
        if (latest.current.state.graph.nodes[id]) {
          dispatch({ type: 'selection/set', elementIds: [nodeElementId(id)] });
          dispatch({ type: 'panel/set', panel: 'details' });
        } else {
          latest.current.actions.showNode(id, name);
        }
      },
      expand: (id) => {
        const { state: current } = latest.current;
        latest.current.actions.expand(
          id,
          current.graph.nodes[id]?.name ?? id,
          current.expandFilter,
        );
      },
      collapse: (id) => dispatch({ type: 'graph/collapse', nodeId: id }),
      hide: (ids) => dispatch({ type: 'graph/hide', nodeIds: ids }),
      findPaths: (from, to) => {
        const nodes = latest.current.state.graph.nodes;
        latest.current.actions.findPaths(from, to, [
          nodes[from]?.name ?? from,
          nodes[to]?.name ?? to,
        ]);
      },
      openEvidence: (evidence) =>
        dispatch({
          type: 'document/open',
          document: { id: evidence.documentId, start: evidence.start, end: evidence.end },
        }),
      select: (elementIds) => dispatch({ type: 'selection/set', elementIds }),
    }),
    [dispatch],
  );
}
