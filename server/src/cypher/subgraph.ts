/**
 * The induced subgraph of given nodes in ONE query: exactly the nodes whose ids are given (found
 * through the unique index on `:Entity(id)`), every relationship whose two ends are both among
 * them, and the documents their evidence cites. Each node's outgoing relationships are walked once;
 * an end is tested against the ids as a set, so the work grows with the nodes' degrees, not with
 * the number of pairs.
 */
import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { relationshipsAmongLines, subgraphReturnLines } from './relationships-among.ts';
import type { SubgraphProjection } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdsExpr, resolvedIdsOf } from './resolve-ids.ts';

export interface SubgraphArgs {
  /** 1..LIMITS.subgraphIds ids (validated before); duplicates and unknown ids are harmless. */
  ids: string[];
  /** What the answer carries. @default FULL_PROJECTION */
  projection?: SubgraphProjection;
}

/**
 * Builds the query; one row with `nodes` (by id), `relationships` (by id, at most
 * LIMITS.relationshipsPerNode per distinct id asked for), `truncated` (more relationships exist)
 * and `evidenceDocuments`.
 */
export function buildSubgraph(args: SubgraphArgs): CypherQuery {
  const ids = [...new Set(args.ids)];
  const cypher = lines(
    `WITH ${resolvedIdsExpr('$ids')} AS ids`,
    'MATCH (n:Entity) WHERE n.id IN ids',
    'WITH n ORDER BY n.id',
    'WITH collect(n) AS nodes',
    'WITH nodes, COLLECT {',
    ...relationshipsAmongLines('nodes'),
    'WITH nodes, rels[..$relationshipLimit] AS rels, size(rels) > $relationshipLimit AS truncated',
    ...subgraphReturnLines(args.projection, resolvedIdsOf('$ids')),
  );
  return {
    cypher,
    params: { ids, relationshipLimit: neo4j.int(ids.length * LIMITS.relationshipsPerNode) },
  };
}
