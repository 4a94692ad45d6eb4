/**
 * Reads the one row of a neighbourhood or paths query into SubgraphRows, and primes the request's
 * node loader with every node and evidence document it carried, so nested fields cost no further
 * round trip.
 */
import { FULL_PROJECTION, type SubgraphProjection } from '../cypher/projection.ts';
import { toNodeRow, toRelationshipRow } from './row-maps.ts';
import type { Loaders } from './loaders.ts';
import type { ResolvedIdRow, SubgraphRow } from './rows.ts';

type Map_ = Record<string, unknown>;

/** The `resolvedIds` column of a query (`{asked, id}` maps, cypher/resolve-ids.ts); [] when absent. */
export function toResolvedIds(column: unknown): ResolvedIdRow[] {
  if (!Array.isArray(column)) return [];
  return (column as Map_[]).map((pair) => ({ asked: String(pair.asked), id: String(pair.id) }));
}

/**
 * One subgraph from lists of node maps and relationship maps, and the query's `resolvedIds`
 * column (absent: none).
 */
export function toSubgraphRow(
  nodes: Map_[],
  relationships: Map_[],
  truncated: boolean,
  resolvedIds?: unknown,
): SubgraphRow {
  return {
    nodes: nodes.map(toNodeRow),
    relationships: relationships.map(toRelationshipRow),
    truncated,
    resolvedIds: toResolvedIds(resolvedIds),
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
