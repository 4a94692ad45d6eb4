/**
 * Pure operations on the shown graph (nodes and relationships by id): merge a query's subgraph,
 * hide nodes, collapse a node's leaves. Each returns a new graph and never mutates its input.
 */
import type { GraphNode, GraphRelationship, Subgraph } from '../model/types.ts';

/** The graph the explorer shows. */
export interface ShownGraph {
  nodes: Readonly<Record<string, GraphNode>>;
  relationships: Readonly<Record<string, GraphRelationship>>;
}

export const EMPTY_GRAPH: ShownGraph = { nodes: {}, relationships: {} };

/**
 * `graph` plus the nodes and relationships of `subgraph` (newer data wins for ids already shown).
 * Relationships whose ends are not both in the result are dropped.
 */
export function mergeSubgraph(
  graph: ShownGraph,
  subgraph: Pick<Subgraph, 'nodes' | 'relationships'>,
): ShownGraph {
  const nodes: Record<string, GraphNode> = { ...graph.nodes };
  for (const node of subgraph.nodes) nodes[node.id] = node;
  const relationships: Record<string, GraphRelationship> = { ...graph.relationships };
  for (const rel of subgraph.relationships) {
    if (nodes[rel.source] && nodes[rel.target]) relationships[rel.id] = rel;
  }
  return { nodes, relationships };
}

/** How many nodes and relationships `next` shows that `graph` did not. */
export function countNew(
  graph: ShownGraph,
  next: ShownGraph,
): { nodes: number; relationships: number } {
  return {
    nodes: Object.keys(next.nodes).filter((id) => !graph.nodes[id]).length,
    relationships: Object.keys(next.relationships).filter((id) => !graph.relationships[id]).length,
  };
}

/** `graph` without the nodes `ids` and every relationship that touches them. */
export function hideNodes(graph: ShownGraph, ids: readonly string[]): ShownGraph {
  const hidden = new Set(ids);
  const nodes = Object.fromEntries(Object.entries(graph.nodes).filter(([id]) => !hidden.has(id)));
  const relationships = Object.fromEntries(
    Object.entries(graph.relationships).filter(
      ([, rel]) => !hidden.has(rel.source) && !hidden.has(rel.target),
    ),
  );
  return { nodes, relationships };
}

/**
 * The ids of the nodes that collapsing `id` hides: its neighbours connected to nothing else shown.
 */
export function collapsibleNeighbours(graph: ShownGraph, id: string): string[] {
  const neighbours = new Map<string, Set<string>>();
  const note = (a: string, b: string): void => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const rel of Object.values(graph.relationships)) {
    note(rel.source, rel.target);
    note(rel.target, rel.source);
  }
  return [...(neighbours.get(id) ?? [])]
    .filter(
      (neighbour) =>
        neighbour !== id && [...(neighbours.get(neighbour) ?? [])].every((other) => other === id),
    )
    .sort();
}

/** Node ids shown, sorted (the order the URL keeps them in). */
export function shownNodeIds(graph: ShownGraph): string[] {
  return Object.keys(graph.nodes).sort();
}
