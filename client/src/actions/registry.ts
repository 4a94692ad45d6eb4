/**
 * The explorer's actions, each defined once (see types.ts): the context menu, the toolbar, the
 * panels and the keyboard shortcuts all run them by name through the ActionManager.
 */
import { nodeElementId, parseElementId, parseGroupElementId } from '../graph/elementIds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import { selectedNodeIds } from '../state/explorerReducer.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import { urlStateOf } from '../state/urlState.ts';
import { viewLinkHash } from '../state/viewLink.ts';
import { collapsibleNeighbours } from '../state/graphOps.ts';
import { REVIEW_ACTIONS } from './reviewActions.ts';
import { drawnGraph } from '../state/groups.ts';
import { GROUP_ACTIONS } from './groupActions.ts';
import type { ActionContext, ActionRegistry } from './types.ts';
import { mergeNodesAction, splitNodeAction } from './resolutionActions.ts';

const nameOf = (state: ExplorerState, id: string): string => state.graph.nodes[id]?.name ?? id;
const filtered = (state: ExplorerState): boolean =>
  state.expandFilter.kinds.length + state.expandFilter.relationshipTypes.length > 0;
const hasNodes = ({ state }: ActionContext): boolean => Object.keys(state.graph.nodes).length > 0;
/** The one other selected node, when exactly one other than `id` is selected. */
const otherSelected = (state: ExplorerState, id: string): string | null => {
  const others = selectedNodeIds(state).filter((other) => other !== id);
  return others.length === 1 && state.graph.nodes[others[0]!] ? others[0]! : null;
};

/**
 * What activating a drawn element (double-click, or Enter on the selected one) does: a group node
 * opens (`openGroup`), a node expands (`expand`); null for anything else.
 */
function activationOf(elementId: string) {
  const groupId = parseGroupElementId(elementId);
  if (groupId !== null) return { action: GROUP_ACTIONS.openGroup, args: { groupId } };
  const parsed = parseElementId(elementId);
  return parsed?.group === 'node' ? { action: ACTIONS.expand, args: { nodeId: parsed.id } } : null;
}

/** See the module comment. */
export const ACTIONS: ActionRegistry = {
  showNode: {
    name: 'showNode',
    label: (_, { name }) => `Show ${name}`,
    perform: ({ state, dispatch, requests }, { id, name }) => {
      if (state.graph.nodes[id]) {
        dispatch({ type: 'selection/set', elementIds: [nodeElementId(id)] });
        dispatch({ type: 'panel/set', panel: 'details' });
      } else requests.showNode(id, name);
    },
  },
  expand: {
    name: 'expand',
    label: ({ state }) => (filtered(state) ? 'Expand (filtered)' : 'Expand'),
    hint: () => 'double-click',
    perform: ({ state, requests }, { nodeId }) =>
      requests.expand(nodeId, nameOf(state, nodeId), state.expandFilter),
  },
  expandAll: {
    name: 'expandAll',
    label: () => 'Expand all kinds',
    appliesTo: ({ state }) => filtered(state),
    perform: ({ state, requests }, { nodeId }) =>
      requests.expand(nodeId, nameOf(state, nodeId), { kinds: [], relationshipTypes: [] }),
  },
  collapse: {
    name: 'collapse',
    label: () => 'Collapse',
    hint: () => 'hide its leaves',
    enabled: ({ state }, { nodeId }) => collapsibleNeighbours(state.graph, nodeId).length > 0,
    perform: ({ dispatch }, { nodeId }) => dispatch({ type: 'graph/collapse', nodeId }),
  },
  hide: {
    name: 'hide',
    label: (_, { nodeIds }) => (nodeIds.length > 1 ? 'Hide selected' : 'Hide'),
    enabled: (_, { nodeIds }) => nodeIds.length > 0,
    perform: ({ dispatch }, { nodeIds }) => dispatch({ type: 'graph/hide', nodeIds }),
  },
  pathsTo: {
    name: 'pathsTo',
    label: ({ state }, { nodeId }) => {
      const other = otherSelected(state, nodeId);
      return other ? `Paths to ${nameOf(state, other)}` : 'Paths to…';
    },
    hint: ({ state }, { nodeId }) =>
      otherSelected(state, nodeId) ? undefined : 'select one other node first',
    enabled: ({ state }, { nodeId }) => otherSelected(state, nodeId) !== null,
    perform: (context, { nodeId }) => {
      const other = otherSelected(context.state, nodeId);
      if (other) ACTIONS.findPaths.perform(context, { from: other, to: nodeId });
    },
  },
  findPaths: {
    name: 'findPaths',
    label: () => 'Show paths between them',
    enabled: (_, { from, to }) => Boolean(from && to) && from !== to,
    perform: ({ state, requests }, { from, to }) =>
      requests.findPaths(from, to, [nameOf(state, from), nameOf(state, to)]),
  },
  details: {
    name: 'details',
    label: () => 'Details',
    perform: ({ dispatch }, { nodeId }) =>
      dispatch({ type: 'selection/set', elementIds: [nodeElementId(nodeId)] }),
  },
  showEvidence: {
    name: 'showEvidence',
    label: () => 'Show evidence',
    perform: ({ dispatch }, { elementId }) =>
      dispatch({ type: 'selection/set', elementIds: [elementId] }),
  },
  select: {
    name: 'select',
    label: () => 'Select',
    perform: ({ dispatch }, { elementIds }) => dispatch({ type: 'selection/set', elementIds }),
  },
  clearSelection: {
    name: 'clearSelection',
    label: () => 'Clear selection',
    shortcut: { key: 'Escape', label: 'Esc' },
    enabled: ({ state }) => state.selection.length > 0,
    perform: ({ dispatch }) => dispatch({ type: 'selection/set', elementIds: [] }),
  },
  moveSelection: {
    name: 'moveSelection',
    label: (_, { direction }) => `Select the next node ${direction}`,
    enabled: ({ graph }) => graph !== null,
    perform: ({ graph, dispatch }, { direction }) => {
      const next = graph?.nodeInDirection(direction);
      if (!next) return;
      dispatch({ type: 'selection/set', elementIds: [next] });
      graph?.reveal(next);
    },
  },
  activate: {
    name: 'activate',
    label: (context, { elementId }) => {
      const activation = activationOf(elementId);
      return activation ? activation.action.label(context, activation.args as never) : 'Open';
    },
    enabled: (context, { elementId }) => {
      const activation = activationOf(elementId);
      if (!activation) return false;
      return activation.action.enabled?.(context, activation.args as never) ?? true;
    },
    perform: (context, { elementId }) => {
      const activation = activationOf(elementId);
      activation?.action.perform(context, activation.args as never);
    },
  },
  openEvidence: {
    name: 'openEvidence',
    label: () => 'Open the evidence',
    perform: ({ dispatch }, { documentId, start, end }) =>
      dispatch({ type: 'document/open', document: { id: documentId, start, end } }),
  },
  fit: {
    name: 'fit',
    label: () => 'Fit the graph to the view',
    enabled: hasNodes,
    perform: ({ graph }) => graph?.fit(),
  },
  centre: {
    name: 'centre',
    label: () => 'Centre on the selection',
    enabled: hasNodes,
    perform: ({ graph }) => graph?.centre(),
  },
  relayout: {
    name: 'relayout',
    label: () => 'Lay out again',
    enabled: hasNodes,
    perform: ({ dispatch }) => dispatch({ type: 'layout/rerun' }),
  },
  setLayout: {
    name: 'setLayout',
    label: () => 'Layout',
    perform: ({ dispatch }, { layout }) => dispatch({ type: 'layout/set', layout }),
  },
  undo: {
    name: 'undo',
    label: ({ state }) => (state.past.length > 0 ? `Undo ${state.step.label}` : 'Undo'),
    shortcut: { key: 'z', mod: true, label: 'Ctrl+Z' },
    enabled: ({ state, review }) => !review.open && state.past.length > 0,
    perform: ({ history }) => history.back(),
  },
  redo: {
    name: 'redo',
    label: ({ state }) => (state.future[0] ? `Redo ${state.future[0].label}` : 'Redo'),
    shortcut: { key: 'z', mod: true, shift: true, label: 'Ctrl+Shift+Z' },
    enabled: ({ state, review }) => !review.open && state.future.length > 0,
    perform: ({ history }) => history.forward(),
  },
  ...REVIEW_ACTIONS,
  ...GROUP_ACTIONS,
  copyLink: {
    name: 'copyLink',
    label: () => 'Copy link to this view',
    perform: ({ state }, { onCopied }) => {
      const link = `${window.location.origin}${window.location.pathname}${viewLinkHash(urlStateOf(state))}`;
      // The clipboard API exists only on secure origins (https, localhost).
      if (!navigator.clipboard) {
        onCopied?.(false);
        return;
      }
      navigator.clipboard.writeText(link).then(
        () => onCopied?.(true),
        () => onCopied?.(false),
      );
    },
  },
  clear: {
    name: 'clear',
    label: () => 'Clear',
    enabled: hasNodes,
    perform: ({ dispatch }) => dispatch({ type: 'graph/clear' }),
  },
  export: {
    name: 'export',
    label: (_, { format }) => EXPORT_LABELS[format],
    hint: ({ state }, { format }) =>
      format === 'csv' ? `${statementCount(state)} shown, with evidence` : EXPORT_HINTS[format],
    enabled: (context, { format }) =>
      format === 'csv' ? statementCount(context.state) > 0 : hasNodes(context),
    perform: ({ state, graph }, { format }) => {
      if (!graph) return;
      // Exports load on first use: the first view does not need them.
      const shown = drawnGraph(state);
      void import('../export/exportView.ts').then(({ exportView }) =>
        exportView(format, {
          nodes: Object.values(shown.nodes),
          relationships: Object.values(shown.relationships),
          png: () => graph.png(),
          positions: () => graph.positions(),
        }),
      );
    },
  },
  mergeNodes: mergeNodesAction,
  splitNode: splitNodeAction,
};

const EXPORT_LABELS = {
  png: 'PNG image',
  json: 'JSON',
  graphml: 'GraphML',
  csv: 'CSV of statements',
} as const;
const EXPORT_HINTS = {
  png: 'the whole graph',
  json: 'shown subgraph with evidence',
  graphml: 'Gephi, yEd',
  csv: undefined,
} as const;

function statementCount(state: ExplorerState): number {
  return Object.values(state.graph.nodes).filter((node) => node.statement).length;
}

/** The relationship's type as a menu title. */
export function relationshipTitle(state: ExplorerState, elementId: string): string {
  const parsed = parseElementId(elementId);
  const rel = parsed?.group === 'relationship' ? state.graph.relationships[parsed.id] : undefined;
  return rel ? relationshipTypeStyle(rel.type).label : 'Relationship';
}
