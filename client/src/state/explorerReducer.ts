/**
 * Every change to the explorer's state, as actions on a pure reducer. Meaningful changes (showing
 * or expanding nodes, hiding, collapsing, clearing, opening a document, showing a path) are new
 * steps of the investigation (investigation.ts), which Back/Undo and Forward/Redo walk.
 */
import type { NodeKind, Subgraph } from '../model/types.ts';
import type { LayoutName } from '../graph/layoutNames.ts';
import { nodeElementId, parseElementId } from '../graph/elementIds.ts';
import type { DateRange } from './dateRange.ts';
import {
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
} from './graphOps.ts';
import {
  NO_GROUPS,
  collapseGroup,
  groupExpansion,
  openGroup,
  pruneGroups,
  releaseMembers,
  type GroupFilter,
} from './groups.ts';
import { goToStep, pushStep } from './investigation.ts';
import type { UrlState } from './urlState.ts';
import type { ViewFilter } from './viewFilter.ts';
import { followMergedSelection, groupName, keepSelection } from './keepSelection.ts';

export type ExplorerAction =
  | {
      type: 'graph/merge';
      subgraph: Subgraph;
      label: string;
      select?: string[];
      /** Group the new neighbours of `anchor` of these kinds (state/groups.ts). */
      group?: { anchor: string; kinds: NodeKind[] };
    }
  | { type: 'group/open'; groupId: string; matching: boolean }
  | { type: 'group/collapse'; groupId: string }
  | { type: 'group/filter'; groupId: string; filter: GroupFilter }
  | { type: 'viewFilter/set'; filter: ViewFilter }
  | { type: 'graph/restore'; subgraph: Subgraph }
  | { type: 'graph/hide'; nodeIds: string[] }
  | { type: 'graph/collapse'; nodeId: string }
  | { type: 'history/go'; stepId: number }
  | { type: 'graph/clear' }
  | { type: 'selection/set'; elementIds: string[] }
  | { type: 'layout/set'; layout: LayoutName }
  | { type: 'layout/rerun' }
  | { type: 'expandFilter/set'; filter: ExpandFilter }
  | { type: 'statementFilter/set'; filter: StatementFilter }
  | { type: 'dateRange/set'; range: DateRange }
  | { type: 'panel/set'; panel: SidePanel }
  /** The user chose a side panel's tab: it shows, and the open document closes so it is seen. */
  | { type: 'panel/choose'; panel: SidePanel }
  | { type: 'document/open'; document: OpenDocument }
  | { type: 'document/close' }
  | { type: 'path/show'; path: PathRequest; subgraph: Subgraph | null }
  | { type: 'path/clear' }
  | { type: 'url/apply'; url: UrlState };

/** The state after `action`. Returns `state` itself when nothing changes. */
export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  const next = apply(state, action);
  if (next === state) return state;
  const label = stepLabel(state, next, action);
  return label ? pushStep(state, next, label) : next;
}

/**
 * What the step `action` took is called (`expansion of MOFCOM`), or null when it is no step: it
 * changed the graph, opened a document or showed a path.
 */
function stepLabel(
  state: ExplorerState,
  next: ExplorerState,
  action: ExplorerAction,
): string | null {
  switch (action.type) {
    case 'graph/merge':
      return next.graph !== state.graph ? action.label : null;
    case 'graph/hide':
      return action.nodeIds.length === 1
        ? `hide ${nameOf(state, action.nodeIds[0]!)}`
        : `hide ${action.nodeIds.length} nodes`;
    case 'graph/collapse':
      return `collapse ${nameOf(state, action.nodeId)}`;
    case 'group/open':
      return `open ${groupName(state, action.groupId)}`;
    case 'group/collapse':
      return `collapse ${groupName(next, action.groupId)}`;
    case 'graph/clear':
      return 'clear';
    case 'document/open':
      return 'opening the document';
    case 'path/show':
      return `path ${nameOf(state, action.path.from)} → ${nameOf(state, action.path.to)}`;
    default:
      return null;
  }
}

function apply(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'graph/merge': {
      const graph = mergeSubgraph(state.graph, action.subgraph);
      const added = countNew(state.graph, graph);
      const changedGraph = added.nodes + added.relationships > 0;
      const selected = (action.select ?? []).flatMap((id) => {
        const parsed = parseElementId(id);
        return parsed?.group === 'node' ? [parsed.id] : [];
      });
      const next: ExplorerState = {
        ...state,
        truncated: action.subgraph.truncated,
        selection: action.select ?? state.selection,
        // A node picked (a search hit) is drawn on its own even when a group held it.
        groups: releaseMembers(state.groups, selected),
      };
      if (!changedGraph) return next;
      const groups = action.group
        ? groupExpansion(next.groups, state.graph, graph, action.group.anchor, action.group.kinds)
        : next.groups;
      return { ...next, graph, groups };
    }
    case 'group/open': {
      const groups = openGroup(state.groups, action.groupId, state.graph, action.matching);
      if (groups === state.groups) return state;
      const next = { ...state, groups };
      return { ...next, selection: keepSelection(state.selection, next) };
    }
    case 'group/collapse': {
      const groups = collapseGroup(state.groups, action.groupId);
      if (groups === state.groups) return state;
      const next = { ...state, groups };
      return { ...next, selection: keepSelection(state.selection, next) };
    }
    case 'group/filter': {
      const group = state.groups[action.groupId];
      if (!group) return state;
      return {
        ...state,
        groups: { ...state.groups, [group.id]: { ...group, filter: action.filter } },
      };
    }
    case 'viewFilter/set':
      return { ...state, viewFilter: action.filter };
    case 'graph/restore': {
      const graph = mergeSubgraph(EMPTY_GRAPH, action.subgraph);
      const next = { ...state, graph, groups: pruneGroups(state.groups, graph) };
      return {
        ...next,
        truncated: action.subgraph.truncated,
        selection: keepSelection(
          followMergedSelection(state.selection, action.subgraph.resolvedIds ?? []),
          next,
        ),
      };
    }
    case 'graph/hide': {
      if (action.nodeIds.length === 0) return state;
      const graph = hideNodes(state.graph, action.nodeIds);
      const next = { ...state, graph, groups: pruneGroups(state.groups, graph) };
      return { ...next, selection: keepSelection(state.selection, next) };
    }
    case 'graph/collapse': {
      const leaves = collapsibleNeighbours(state.graph, action.nodeId);
      if (leaves.length === 0) return state;
      const graph = hideNodes(state.graph, leaves);
      const next = { ...state, graph, groups: pruneGroups(state.groups, graph) };
      return { ...next, selection: keepSelection(state.selection, next) };
    }
    case 'history/go':
      return goToStep(state, action.stepId);
    case 'graph/clear':
      if (Object.keys(state.graph.nodes).length === 0) return state;
      // Clear leaves nothing behind: no selection, path, open document or pinned topic.
      return {
        ...state,
        graph: EMPTY_GRAPH,
        groups: NO_GROUPS,
        selection: [],
        path: null,
        pathIds: [],
        document: null,
        statementFilter: { ...state.statementFilter, about: null },
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
    case 'panel/choose':
      return state.panel === action.panel && !state.document
        ? state
        : { ...state, panel: action.panel, document: null };
    case 'document/open':
      return sameDocument(state.document, action.document)
        ? state
        : { ...state, document: action.document };
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
      // Its nodes are drawn on their own even when a group held them.
      const next = {
        ...state,
        path: action.path,
        pathIds,
        panel: 'paths' as const,
        selection: [],
        groups: releaseMembers(
          state.groups,
          action.subgraph.nodes.map((node) => node.id),
        ),
      };
      return added.nodes + added.relationships > 0 ? { ...next, graph } : next;
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
        groups: action.url.groups,
        viewFilter: action.url.viewFilter,
      };
  }
}

function sameDocument(a: OpenDocument | null, b: OpenDocument): boolean {
  return a !== null && a.id === b.id && a.start === b.start && a.end === b.end;
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

/** Kinds the who-said-what list does not follow when selected: statements are not about them. */
const NOT_TOPICS = new Set(['STATEMENT', 'DOCUMENT']);

/**
 * The node the who-said-what list is about: the pinned one (`statementFilter.about`), else the one
 * selected node when it can be a topic, else null (any).
 */
export function statementAbout(state: ExplorerState): string | null {
  if (state.statementFilter.about) return state.statementFilter.about;
  const nodes = selectedNodeIds(state);
  if (nodes.length !== 1) return null;
  const node = state.graph.nodes[nodes[0]!];
  return node && !NOT_TOPICS.has(node.kind) ? node.id : null;
}
