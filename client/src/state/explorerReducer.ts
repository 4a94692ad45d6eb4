/**
 * Every change to the explorer's state, as actions on a pure reducer. Graph changes (merge, hide,
 * collapse, clear) push the previous graph on the undo history.
 */
import type { Subgraph } from '../model/types.ts';
import type { LayoutName } from '../graph/layoutNames.ts';
import { nodeElementId, parseElementId } from '../graph/elementIds.ts';
import type { DateRange } from './dateRange.ts';
import {
  HISTORY_LIMIT,
  type ExpandFilter,
  type ExplorerState,
  type OpenDocument,
  type PathRequest,
  type SidePanel,
  type StatementFilter,
} from './explorerState.ts';
import {
  EMPTY_GRAPH,
  collapsibleNeighbours,
  countNew,
  hideNodes,
  mergeSubgraph,
  type ShownGraph,
} from './graphOps.ts';
import type { UrlState } from './urlState.ts';

export type ExplorerAction =
  | { type: 'graph/merge'; subgraph: Subgraph; label: string; select?: string[] }
  | { type: 'graph/restore'; subgraph: Subgraph }
  | { type: 'graph/hide'; nodeIds: string[] }
  | { type: 'graph/collapse'; nodeId: string }
  | { type: 'graph/undo' }
  | { type: 'graph/clear' }
  | { type: 'selection/set'; elementIds: string[] }
  | { type: 'layout/set'; layout: LayoutName }
  | { type: 'layout/rerun' }
  | { type: 'expandFilter/set'; filter: ExpandFilter }
  | { type: 'statementFilter/set'; filter: StatementFilter }
  | { type: 'dateRange/set'; range: DateRange }
  | { type: 'panel/set'; panel: SidePanel }
  | { type: 'document/open'; document: OpenDocument }
  | { type: 'document/close' }
  | { type: 'path/show'; path: PathRequest; subgraph: Subgraph | null }
  | { type: 'path/clear' }
  | { type: 'url/apply'; url: UrlState };

/** The state after `action`. Returns `state` itself when nothing changes. */
export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'graph/merge': {
      const graph = mergeSubgraph(state.graph, action.subgraph);
      const added = countNew(state.graph, graph);
      const changedGraph = added.nodes + added.relationships > 0;
      const next: ExplorerState = {
        ...state,
        truncated: action.subgraph.truncated,
        selection: action.select ?? state.selection,
      };
      return changedGraph ? withGraph(next, state.graph, graph, action.label) : next;
    }
    case 'graph/restore':
      return {
        ...state,
        graph: mergeSubgraph(EMPTY_GRAPH, action.subgraph),
        truncated: action.subgraph.truncated,
        history: [],
        selection: keepSelection(state.selection, mergeSubgraph(EMPTY_GRAPH, action.subgraph)),
      };
    case 'graph/hide': {
      if (action.nodeIds.length === 0) return state;
      const graph = hideNodes(state.graph, action.nodeIds);
      const label =
        action.nodeIds.length === 1
          ? `hide ${nameOf(state, action.nodeIds[0]!)}`
          : `hide ${action.nodeIds.length} nodes`;
      return withGraph(
        { ...state, selection: keepSelection(state.selection, graph) },
        state.graph,
        graph,
        label,
      );
    }
    case 'graph/collapse': {
      const leaves = collapsibleNeighbours(state.graph, action.nodeId);
      if (leaves.length === 0) return state;
      const graph = hideNodes(state.graph, leaves);
      return withGraph(
        { ...state, selection: keepSelection(state.selection, graph) },
        state.graph,
        graph,
        `collapse ${nameOf(state, action.nodeId)}`,
      );
    }
    case 'graph/undo': {
      const last = state.history[state.history.length - 1];
      if (!last) return state;
      return {
        ...state,
        graph: last.graph,
        history: state.history.slice(0, -1),
        selection: keepSelection(state.selection, last.graph),
        pathIds: state.pathIds.filter((id) => last.graph.nodes[id] || last.graph.relationships[id]),
      };
    }
    case 'graph/clear':
      if (Object.keys(state.graph.nodes).length === 0) return state;
      return {
        ...withGraph(state, state.graph, EMPTY_GRAPH, 'clear'),
        selection: [],
        path: null,
        pathIds: [],
      };
    case 'selection/set':
      return sameList(state.selection, action.elementIds)
        ? state
        : { ...state, selection: action.elementIds };
    case 'layout/set':
      return state.layout === action.layout ? state : { ...state, layout: action.layout };
    case 'layout/rerun':
      return { ...state, layoutRevision: state.layoutRevision + 1 };
    case 'expandFilter/set':
      return { ...state, expandFilter: action.filter };
    case 'statementFilter/set':
      return { ...state, statementFilter: action.filter };
    case 'dateRange/set':
      return { ...state, dateRange: action.range };
    case 'panel/set':
      return state.panel === action.panel ? state : { ...state, panel: action.panel };
    case 'document/open':
      return { ...state, document: action.document };
    case 'document/close':
      return state.document ? { ...state, document: null } : state;
    case 'path/show': {
      if (!action.subgraph) return { ...state, path: action.path, pathIds: [], panel: 'paths' };
      const pathIds = [
        ...action.subgraph.nodes.map((node) => node.id),
        ...action.subgraph.relationships.map((rel) => rel.id),
      ];
      const graph = mergeSubgraph(state.graph, action.subgraph);
      const added = countNew(state.graph, graph);
      // The selection's neighbour highlighting would dim the path; the path is the focus now.
      const next = { ...state, path: action.path, pathIds, panel: 'paths' as const, selection: [] };
      return added.nodes + added.relationships > 0
        ? withGraph(
            next,
            state.graph,
            graph,
            `path ${nameOf(state, action.path.from)} → ${nameOf(state, action.path.to)}`,
          )
        : next;
    }
    case 'path/clear':
      return { ...state, path: null, pathIds: [] };
    case 'url/apply':
      return {
        ...state,
        selection: action.url.selection,
        layout: action.url.layout,
        expandFilter: action.url.expandFilter,
        statementFilter: action.url.statementFilter,
        dateRange: action.url.dateRange,
        panel: action.url.panel,
        document: action.url.document,
        path: action.url.path,
      };
  }
}

function withGraph(
  state: ExplorerState,
  previous: ShownGraph,
  graph: ShownGraph,
  label: string,
): ExplorerState {
  const history = [...state.history, { label, graph: previous }].slice(-HISTORY_LIMIT);
  return { ...state, graph, history };
}

/** The selection without the elements `graph` no longer shows. */
function keepSelection(selection: string[], graph: ShownGraph): string[] {
  return selection.filter((elementId) => {
    const parsed = parseElementId(elementId);
    if (!parsed) return false;
    return parsed.group === 'node'
      ? Boolean(graph.nodes[parsed.id])
      : Boolean(graph.relationships[parsed.id]);
  });
}

function nameOf(state: ExplorerState, id: string): string {
  return state.graph.nodes[id]?.name ?? id;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

/** Server ids of the selected nodes, in selection order. */
export function selectedNodeIds(state: ExplorerState): string[] {
  return state.selection.flatMap((elementId) => {
    const parsed = parseElementId(elementId);
    return parsed?.group === 'node' ? [parsed.id] : [];
  });
}

/** Selection that points at node `id`. */
export function selectNode(id: string): string[] {
  return [nodeElementId(id)];
}
