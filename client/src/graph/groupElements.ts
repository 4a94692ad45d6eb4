/**
 * The Cytoscape elements of the drawn groups (state/groups.ts): one plain node per group, its
 * caption the count, kind and date span, and one line to the node it was expanded from. A plain
 * node, not a compound one: the members are not given to Cytoscape at all while grouped, which is
 * what keeps a view of hubs small (docs/client.md, "Groups"). Pure.
 */
import type { GraphElement } from './elements.ts';
import { groupEdgeElementId, groupElementId, nodeElementId } from './elementIds.ts';
import { nodeKindStyle } from './nodeKinds.ts';
import { relationshipTypeStyle } from './relationshipTypes.ts';
import { groupCaption, type GroupSummary } from '../state/groups.ts';

/** What decides how groups are drawn. */
export interface GroupElementsInput {
  groups: readonly GroupSummary[];
  /** Server ids of the nodes drawn on their own (a group's line goes to its anchor only when drawn). */
  drawn: ReadonlySet<string>;
  /** Node kinds the view filter hides (a group of such a kind is hidden too). */
  hiddenKinds: ReadonlySet<string>;
}

/** Group nodes first, then their lines, each sorted by id. */
export function groupElements(input: GroupElementsInput): GraphElement[] {
  const nodes: GraphElement[] = [];
  const edges: GraphElement[] = [];
  for (const summary of input.groups) {
    const { group } = summary;
    const id = groupElementId(group.id);
    const hidden = input.hiddenKinds.has(group.kind);
    const caption = groupCaption(
      summary.members.length,
      nodeKindStyle(group.kind).label,
      summary.firstDate,
      summary.lastDate,
    );
    nodes.push({
      group: 'nodes',
      data: {
        id,
        label: caption,
        kind: group.kind,
        count: summary.members.length,
        // Size grows with the logarithm of the count, so a group of 500 does not cover the graph.
        size: Math.round(34 + 10 * Math.log10(summary.members.length)),
      },
      classes: hidden ? 'filtered group' : 'group',
    });
    if (!input.drawn.has(group.anchor)) continue;
    const type = summary.relationshipTypes[0] ?? '';
    edges.push({
      group: 'edges',
      data: {
        id: groupEdgeElementId(group.id),
        source: nodeElementId(group.anchor),
        target: id,
        type,
        label: summary.relationshipTypes
          .map((value) => relationshipTypeStyle(value).label)
          .join(', '),
      },
      classes: hidden ? 'filtered group-edge' : 'group-edge',
    });
  }
  return [...nodes, ...edges];
}
