/**
 * Helpers of the reducer (explorerReducer.ts) about what stays drawn: the selection kept after the
 * graph or its groups change, and a group's name for step labels. Pure.
 */
import { nodeElementId, parseElementId, parseGroupElementId } from '../graph/elementIds.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import type { ExplorerState } from './explorerState.ts';
import type { ResolvedId } from '../model/types.ts';
import type { ShownGraph } from './graphOps.ts';
import { groupCaption, groupedIds, type Groups } from './groups.ts';

/**
 * The selection with each node an id of `resolved` names (merged into another node since the
 * selection was made, as a shared link's) replaced by the node it was merged into, without repeats.
 */
export function followMergedSelection(
  selection: string[],
  resolved: readonly ResolvedId[],
): string[] {
  if (resolved.length === 0) return selection;
  const into = new Map(resolved.map((pair) => [nodeElementId(pair.asked), nodeElementId(pair.id)]));
  return [...new Set(selection.map((elementId) => into.get(elementId) ?? elementId))];
}

/** The selection without the elements no longer drawn (grouped members, groups all opened). */
export function keepSelection(
  selection: string[],
  { graph, groups }: { graph: ShownGraph; groups: Groups },
): string[] {
  const grouped = groupedIds(groups, graph);
  return selection.filter((elementId) => {
    const groupId = parseGroupElementId(elementId);
    if (groupId !== null) {
      const group = groups[groupId];
      return Boolean(group && group.members.some((id) => grouped.has(id)));
    }
    const parsed = parseElementId(elementId);
    if (!parsed) return false;
    return parsed.group === 'node'
      ? Boolean(graph.nodes[parsed.id]) && !grouped.has(parsed.id)
      : Boolean(graph.relationships[parsed.id]);
  });
}

/** A group's caption for step labels (`47 measures`). */
export function groupName(state: ExplorerState, id: string): string {
  const group = state.groups[id];
  if (!group) return 'group';
  return groupCaption(group.members.length, nodeKindStyle(group.kind).label, null, null);
}
