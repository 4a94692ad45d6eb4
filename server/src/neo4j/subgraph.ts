/**
 * Reads the one row of a neighbourhood or paths query into SubgraphRows, and primes the request's
 * node loader with every node and evidence document it carried, so nested fields cost no further
 * round trip.
 */
import { toNodeRow, toRelationshipRow } from './convert.ts';
import type { Loaders } from './loaders.ts';
import type { SubgraphRow } from './rows.ts';

type Map_ = Record<string, unknown>;

/** One subgraph from lists of node maps and relationship maps. */
export function toSubgraphRow(
  nodes: Map_[],
  relationships: Map_[],
  truncated: boolean,
): SubgraphRow {
  return {
    nodes: nodes.map(toNodeRow),
    relationships: relationships.map(toRelationshipRow),
    truncated,
  };
}

/** Primes the node loader with the subgraphs' nodes and the evidence documents fetched with them. */
export function primeLoaders(
  loaders: Loaders,
  subgraphs: SubgraphRow[],
  evidenceDocuments: Map_[],
): void {
  for (const document of evidenceDocuments) {
    const row = toNodeRow(document);
    loaders.node.prime(row.id, row);
  }
  for (const subgraph of subgraphs)
    for (const node of subgraph.nodes) loaders.node.prime(node.id, node);
}
