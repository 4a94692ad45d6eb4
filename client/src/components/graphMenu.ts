/**
 * The context menu's entries for a node, a relationship or the background.
 */
import type { ExplorerCommands } from './commands.ts';
import type { ContextMenuItems } from './GraphView.tsx';
import type { ContextMenuTarget } from './ContextMenu.tsx';
import { parseElementId, nodeElementId } from '../graph/elementIds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import { collapsibleNeighbours } from '../state/graphOps.ts';

/** What the background entries do. */
export interface ViewCommands {
  fit: () => void;
  relayout: () => void;
  expandAll: (id: string) => void;
}

/** The menu for `target`. */
export function graphMenu(
  target: ContextMenuTarget,
  state: ExplorerState,
  commands: ExplorerCommands,
  view: ViewCommands,
): ContextMenuItems {
  const parsed = target.elementId ? parseElementId(target.elementId) : null;
  if (parsed?.group === 'node') {
    const node = state.graph.nodes[parsed.id];
    const name = node?.name ?? parsed.id;
    const filtered =
      state.expandFilter.kinds.length + state.expandFilter.relationshipTypes.length > 0;
    const others = state.selection
      .map(parseElementId)
      .filter((item) => item?.group === 'node' && item.id !== parsed.id)
      .map((item) => item!.id);
    const other = others.length === 1 ? state.graph.nodes[others[0]!] : undefined;
    return {
      title: name,
      items: [
        {
          label: filtered ? 'Expand (filtered)' : 'Expand',
          hint: 'double-click',
          run: () => commands.expand(parsed.id),
        },
        ...(filtered ? [{ label: 'Expand all kinds', run: () => view.expandAll(parsed.id) }] : []),
        {
          label: 'Collapse',
          hint: 'hide its leaves',
          disabled: collapsibleNeighbours(state.graph, parsed.id).length === 0,
          run: () => commands.collapse(parsed.id),
        },
        { label: 'Hide', run: () => commands.hide([parsed.id]) },
        null,
        {
          label: other ? `Paths to ${other.name}` : 'Paths to…',
          hint: other ? undefined : 'select one other node first',
          disabled: !other,
          run: () => other && commands.findPaths(other.id, parsed.id),
        },
        { label: 'Details', run: () => commands.select([nodeElementId(parsed.id)]) },
      ],
    };
  }
  if (parsed?.group === 'relationship') {
    const rel = state.graph.relationships[parsed.id];
    return {
      title: rel ? relationshipTypeStyle(rel.type).label : 'Relationship',
      items: [{ label: 'Show evidence', run: () => commands.select([target.elementId!]) }],
    };
  }
  return {
    title: 'Graph',
    items: [
      { label: 'Fit to view', run: view.fit },
      { label: 'Lay out again', run: view.relayout },
      {
        label: 'Clear selection',
        disabled: state.selection.length === 0,
        run: () => commands.select([]),
      },
    ],
  };
}
