/**
 * The view filter: which of the shown nodes and relationships are hidden in place (kept in the
 * graph with their positions, drawn again when shown), by node kind, relationship type, list, and
 * date range, or everything but reviewed facts. Unlike the expand filter (explorerState.ts), which says what an expansion brings in,
 * it applies to what is already shown. Pure.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';
import { isOutsideRange, type DateRange } from './dateRange.ts';
import { isReviewed } from '../model/provenance.ts';

/** What is hidden; empty lists and `false` hide nothing. */
export interface ViewFilter {
  /** Node kinds hidden (with their relationships). */
  kinds: string[];
  /** Relationship types hidden. */
  relationshipTypes: string[];
  /** Lists hidden: their measures (`listName`) and listings (LISTS with that `listName`). */
  lists: string[];
  /** Dated nodes outside the timeline's range are hidden instead of faded. */
  outsideDates: boolean;
  /**
   * Only reviewed facts are shown: nodes and relationships with evidence from a reviewed document's
   * entry (model/provenance.ts), and the ends of those relationships.
   */
  reviewedOnly: boolean;
}

export const NO_VIEW_FILTER: ViewFilter = {
  kinds: [],
  relationshipTypes: [],
  lists: [],
  outsideDates: false,
  reviewedOnly: false,
};

/** How many shown elements each choice of the filter concerns, most first. */
export interface ViewFilterCounts {
  kinds: [string, number][];
  relationshipTypes: [string, number][];
  /** Shown measures and listings of each list. */
  lists: [string, number][];
  /** Dated nodes outside the date range. */
  outsideDates: number;
  /** Shown reviewed facts: statements and relationships (isReviewedFact). */
  reviewed: number;
}

/**
 * A reviewed fact: a statement or relationship with evidence from a reviewed document. Other nodes
 * (actors, measures, items, documents) are not facts here: the graph's data carries no evidence
 * for them (their mentions are read in their details), and they show with the facts they join.
 */
export function isReviewedFact(element: GraphNode | GraphRelationship): boolean {
  if ('kind' in element && element.kind !== 'STATEMENT') return false;
  return isReviewed(element.evidence);
}

/** The list a node or relationship belongs to, when it is a list measure or a listing. */
function listOf(element: GraphNode | GraphRelationship): string | null {
  const name = element.properties.listName;
  return typeof name === 'string' && name !== '' ? name : null;
}

function countBy<T>(items: readonly T[], key: (item: T) => string | null): [string, number][] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const value = key(item);
    if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The counts shown beside each choice. */
export function viewFilterCounts(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  dateRange: DateRange,
): ViewFilterCounts {
  return {
    kinds: countBy(nodes, (node) => node.kind),
    relationshipTypes: countBy(relationships, (rel) => rel.type),
    lists: countBy([...nodes, ...relationships], listOf),
    outsideDates: nodes.filter((node) => isOutsideRange(node.date, dateRange)).length,
    reviewed: [...nodes, ...relationships].filter(isReviewedFact).length,
  };
}

/** True when the filter hides nothing. */
export function isEmptyViewFilter(filter: ViewFilter): boolean {
  return (
    filter.kinds.length === 0 &&
    filter.relationshipTypes.length === 0 &&
    filter.lists.length === 0 &&
    !filter.outsideDates &&
    !filter.reviewedOnly
  );
}

/**
 * Server ids of the nodes and relationships `filter` hides: nodes of a hidden kind or list, or
 * dated outside the range when `outsideDates`; relationships of a hidden type or list, or with a
 * hidden end. With `reviewedOnly`, also every relationship that is not a reviewed fact and every
 * node that is neither a reviewed fact (a reviewed statement) nor an end of a reviewed relationship.
 */
export function hiddenIds(
  filter: ViewFilter,
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  dateRange: DateRange,
): Set<string> {
  const hidden = new Set<string>();
  if (isEmptyViewFilter(filter)) return hidden;
  const kinds = new Set(filter.kinds);
  const types = new Set(filter.relationshipTypes);
  const lists = new Set(filter.lists);
  const reviewedEnds = new Set<string>();
  if (filter.reviewedOnly)
    for (const rel of relationships)
      if (isReviewedFact(rel)) reviewedEnds.add(rel.source).add(rel.target);
  for (const node of nodes) {
    const list = listOf(node);
    if (
      kinds.has(node.kind) ||
      (list !== null && lists.has(list)) ||
      (filter.outsideDates && isOutsideRange(node.date, dateRange)) ||
      (filter.reviewedOnly && !reviewedEnds.has(node.id) && !isReviewedFact(node))
    )
      hidden.add(node.id);
  }
  for (const rel of relationships) {
    const list = listOf(rel);
    if (
      types.has(rel.type) ||
      (list !== null && lists.has(list)) ||
      hidden.has(rel.source) ||
      hidden.has(rel.target) ||
      (filter.reviewedOnly && !isReviewedFact(rel))
    )
      hidden.add(rel.id);
  }
  return hidden;
}
