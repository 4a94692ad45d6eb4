/**
 * Group nodes: when an expansion brings in many neighbours of one kind, they are drawn as one
 * node ("47 measures, 2020–2026") instead of one node each, as Linkurious and Neo4j Bloom do. The
 * members stay in the shown graph (their data, relationships and evidence are held, so opening,
 * filtering and links need no request); a group only says which of them are drawn as the group
 * rather than on their own. Opening releases members (all, or those its filter matches) to be
 * drawn on their own; collapsing takes them back. Pure: every function returns new values.
 */
import type { GraphNode, NodeKind } from '../model/types.ts';
import { hideNodes, type ShownGraph } from './graphOps.ts';

/** Narrows a group: members whose name holds `text` (any case) and dated within `from`–`to`. */
export interface GroupFilter {
  text: string;
  /** `YYYY-MM-DD`, inclusive; null: open. An undated member matches only an open range. */
  from: string | null;
  to: string | null;
}

export const NO_GROUP_FILTER: GroupFilter = { text: '', from: null, to: null };

/** One group: the neighbours of kind `kind` an expansion of `anchor` brought in. */
export interface NodeGroup {
  /** `<anchor>|<kind>` (groupId). */
  id: string;
  /** Server id of the node expanded. */
  anchor: string;
  kind: NodeKind;
  /** Server ids of the members, sorted. */
  members: string[];
  /** Members drawn on their own (opened), sorted; the others are drawn as the group. */
  released: string[];
  filter: GroupFilter;
}

/** The groups of the view, by id. */
export type Groups = Readonly<Record<string, NodeGroup>>;

export const NO_GROUPS: Groups = {};

/** Neighbours of one kind beyond which an expansion groups them, unless a build says otherwise. */
export const DEFAULT_GROUP_THRESHOLD = 12;

/** The id of the group of `kind` neighbours of `anchor`. */
export function groupId(anchor: string, kind: string): string {
  return `${anchor}|${kind}`;
}

/**
 * The groups an expansion of `anchor` makes: for each of `kinds`, the nodes of that kind that
 * `next` shows joined to `anchor` and `before` did not show (nodes already shown are never taken
 * into a group). Kinds with no such node make no group. An existing group of the same id gains
 * the new members.
 */
export function groupExpansion(
  groups: Groups,
  before: ShownGraph,
  next: ShownGraph,
  anchor: string,
  kinds: readonly NodeKind[],
): Groups {
  if (kinds.length === 0) return groups;
  const wanted = new Set<string>(kinds);
  const fresh = new Map<string, string[]>();
  for (const rel of Object.values(next.relationships)) {
    const other = rel.source === anchor ? rel.target : rel.target === anchor ? rel.source : null;
    if (other === null || other === anchor || before.nodes[other]) continue;
    const node = next.nodes[other];
    if (!node || !wanted.has(node.kind)) continue;
    const list = fresh.get(node.kind) ?? [];
    list.push(other);
    fresh.set(node.kind, list);
  }
  if (fresh.size === 0) return groups;
  const result: Record<string, NodeGroup> = { ...groups };
  for (const [kind, ids] of fresh) {
    const id = groupId(anchor, kind);
    const existing = result[id];
    result[id] = {
      id,
      anchor,
      kind: kind as NodeKind,
      members: unique([...(existing?.members ?? []), ...ids]),
      released: existing?.released ?? [],
      filter: existing?.filter ?? NO_GROUP_FILTER,
    };
  }
  return result;
}

/** Server ids of the members drawn as their group (not released, still in `graph`). */
export function groupedIds(groups: Groups, graph: ShownGraph): Set<string> {
  const ids = new Set<string>();
  for (const group of Object.values(groups))
    for (const id of closedMembers(group, graph)) ids.add(id);
  return ids;
}

/** What is drawn node by node: `graph` without the members drawn as their group. */
export function drawnGraph({ graph, groups }: { graph: ShownGraph; groups: Groups }): ShownGraph {
  const grouped = groupedIds(groups, graph);
  return grouped.size === 0 ? graph : hideNodes(graph, [...grouped]);
}

/** The members of `group` drawn as the group, in `graph`. */
export function closedMembers(group: NodeGroup, graph: ShownGraph): string[] {
  const released = new Set(group.released);
  return group.members.filter((id) => !released.has(id) && graph.nodes[id]);
}

/** True when `node` passes `filter`. */
export function matchesGroupFilter(node: GraphNode, filter: GroupFilter): boolean {
  const text = filter.text.trim().toLowerCase();
  if (text && !`${node.name} ${node.aliases.join(' ')}`.toLowerCase().includes(text)) return false;
  if (filter.from === null && filter.to === null) return true;
  if (!node.date) return false;
  if (filter.from !== null && node.date < filter.from) return false;
  if (filter.to !== null && node.date > filter.to) return false;
  return true;
}

/** True when the filter narrows nothing. */
export function isEmptyGroupFilter(filter: GroupFilter): boolean {
  return filter.text.trim() === '' && filter.from === null && filter.to === null;
}

/** The closed members of `group` its filter matches. */
export function matchingMembers(group: NodeGroup, graph: ShownGraph): string[] {
  return closedMembers(group, graph).filter((id) =>
    matchesGroupFilter(graph.nodes[id]!, group.filter),
  );
}

/** `groups` with group `id` opened: every closed member released, or (`matching`) those its filter matches. */
export function openGroup(
  groups: Groups,
  id: string,
  graph: ShownGraph,
  matching: boolean,
): Groups {
  const group = groups[id];
  if (!group) return groups;
  const opened = matching ? matchingMembers(group, graph) : closedMembers(group, graph);
  if (opened.length === 0) return groups;
  return { ...groups, [id]: { ...group, released: unique([...group.released, ...opened]) } };
}

/** `groups` with every member of group `id` drawn as the group again. */
export function collapseGroup(groups: Groups, id: string): Groups {
  const group = groups[id];
  if (!group || group.released.length === 0) return groups;
  return { ...groups, [id]: { ...group, released: [] } };
}

/** `groups` with `ids` released from whichever group holds them (a search pick, a path). */
export function releaseMembers(groups: Groups, ids: readonly string[]): Groups {
  const wanted = new Set(ids);
  let changed = false;
  const result: Record<string, NodeGroup> = {};
  for (const group of Object.values(groups)) {
    const add = group.members.filter((id) => wanted.has(id) && !group.released.includes(id));
    if (add.length > 0) changed = true;
    result[group.id] =
      add.length > 0 ? { ...group, released: unique([...group.released, ...add]) } : group;
  }
  return changed ? result : groups;
}

/** `groups` without members `graph` no longer holds; a group left with no member goes. */
export function pruneGroups(groups: Groups, graph: ShownGraph): Groups {
  let changed = false;
  const result: Record<string, NodeGroup> = {};
  for (const group of Object.values(groups)) {
    const members = group.members.filter((id) => graph.nodes[id]);
    if (members.length === group.members.length) {
      result[group.id] = group;
      continue;
    }
    changed = true;
    if (members.length === 0) continue;
    const kept = new Set(members);
    result[group.id] = { ...group, members, released: group.released.filter((id) => kept.has(id)) };
  }
  return changed ? result : groups;
}

/** The group holding `nodeId` as a member, or whose anchor it is and that has members open. */
export function collapsibleGroupOf(groups: Groups, nodeId: string): NodeGroup | null {
  for (const group of Object.values(groups)) {
    if (group.released.length === 0) continue;
    if (group.anchor === nodeId || group.released.includes(nodeId)) return group;
  }
  return null;
}

/** What a drawn group shows: its closed members, their count and the span of their dates. */
export interface GroupSummary {
  group: NodeGroup;
  members: string[];
  /** Earliest and latest date among the closed members (`YYYY-MM-DD`), null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
  /** Types of the relationships joining the anchor and the closed members, sorted. */
  relationshipTypes: string[];
}

/** The groups to draw (those with at least one closed member), by id. */
export function summarizeGroups(groups: Groups, graph: ShownGraph): GroupSummary[] {
  const summaries: GroupSummary[] = [];
  const byMember = new Map<string, GroupSummary>();
  for (const group of Object.values(groups).sort((a, b) => compare(a.id, b.id))) {
    const members = closedMembers(group, graph);
    if (members.length === 0) continue;
    let firstDate: string | null = null;
    let lastDate: string | null = null;
    for (const id of members) {
      const date = graph.nodes[id]!.date;
      if (!date) continue;
      if (firstDate === null || date < firstDate) firstDate = date;
      if (lastDate === null || date > lastDate) lastDate = date;
    }
    const summary = { group, members, firstDate, lastDate, relationshipTypes: [] as string[] };
    for (const id of members) byMember.set(`${group.anchor}\u0000${id}`, summary);
    summaries.push(summary);
  }
  const types = new Map<GroupSummary, Set<string>>();
  for (const rel of Object.values(graph.relationships)) {
    const summary =
      byMember.get(`${rel.source}\u0000${rel.target}`) ??
      byMember.get(`${rel.target}\u0000${rel.source}`);
    if (!summary) continue;
    const set = types.get(summary) ?? new Set<string>();
    set.add(rel.type);
    types.set(summary, set);
  }
  for (const summary of summaries)
    summary.relationshipTypes = [...(types.get(summary) ?? [])].sort();
  return summaries;
}

/** Plural of a kind's label, in lower case (`Company` → `companies`, `Person` → `people`). */
export function pluralKind(label: string): string {
  const lower = label.toLowerCase();
  const special: Record<string, string> = {
    person: 'people',
    'country or bloc': 'countries or blocs',
  };
  if (special[lower]) return special[lower];
  return /[^aeiou]y$/.test(lower) ? `${lower.slice(0, -1)}ies` : `${lower}s`;
}

/** A group's caption: `47 measures, 2020–2026` (the years of its date span, when it has one). */
export function groupCaption(
  count: number,
  kindLabel: string,
  firstDate: string | null,
  lastDate: string | null,
): string {
  const noun = count === 1 ? kindLabel.toLowerCase() : pluralKind(kindLabel);
  const from = firstDate?.slice(0, 4);
  const to = lastDate?.slice(0, 4);
  const span = from && to ? (from === to ? from : `${from}–${to}`) : null;
  return span ? `${count} ${noun}, ${span}` : `${count} ${noun}`;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compare);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
