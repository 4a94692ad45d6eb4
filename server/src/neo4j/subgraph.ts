/**
 * Reads the one row of a neighbourhood or paths query into SubgraphRows, and primes the request's
 * node loader with every node and evidence document it carried, so nested fields cost no further
 * round trip.
 */
import { FULL_PROJECTION, type SubgraphProjection } from '../cypher/projection.ts';
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

/**
 * Primes the node loader with the subgraphs' nodes and the evidence documents fetched with them,
 * when fetched in full (`projection`); summaries of documents go to `loaders.summaries`, and
 * summaries of nodes nowhere (they answer the subgraph's own fields only).
 */
export function primeLoaders(
  loaders: Loaders,
  subgraphs: SubgraphRow[],
  evidenceDocuments: Map_[],
  projection: SubgraphProjection = FULL_PROJECTION,
): void {
  for (const document of evidenceDocuments) {
    const row = toNodeRow(document);
    if (projection.documents === 'full') loaders.node.prime(row.id, row);
    else loaders.summaries.set(row.id, row);
  }
  if (projection.nodes !== 'full') return;
  for (const subgraph of subgraphs)
    for (const node of subgraph.nodes) loaders.node.prime(node.id, node);
}
