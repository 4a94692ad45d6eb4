/**
 * The relationships between two sets of nodes in ONE query: every relationship, in either
 * direction, with one end among `from` and the other among `to`, and the documents their evidence
 * cites. With `subgraph` for each set it gives the relationships among more nodes than one call
 * takes. Absorbed ids stand for their survivors (resolve-ids.ts). Each node of `from` is found through the unique index on `:Entity(id)` and its
 * relationships are walked once; the other end is tested against `to` as a set.
 */
import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { evidenceDocumentsOf } from './evidence-documents.ts';
import { relationshipMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdsExpr, resolvedIdsOf } from './resolve-ids.ts';

export interface RelationshipsBetweenArgs {
  /** 1..LIMITS.subgraphIds ids each (validated before); duplicates and unknown ids are harmless. */
  from: string[];
  to: string[];
}

/**
 * Builds the query; one row with `relationships` (by id, at most LIMITS.relationshipsPerNode per
 * distinct id of both sets), `truncated` (more exist) and `evidenceDocuments`.
 */
export function buildRelationshipsBetween(args: RelationshipsBetweenArgs): CypherQuery {
  const from = [...new Set(args.from)];
  const to = [...new Set(args.to)];
  const cypher = lines(
    `WITH ${resolvedIdsExpr('$from')} AS from, ${resolvedIdsExpr('$to')} AS to`,
    'MATCH (b:Entity) WHERE b.id IN to',
    'WITH from, collect(b) AS targets',
    'MATCH (a:Entity) WHERE a.id IN from',
    // Node identity, not `b.id IN $to`: with an indexable predicate on `b` the planner seeks both
    // sets and tries every pair (from × to), instead of expanding from `a`.
    'MATCH (a)-[r]-(b:Entity)',
    'WHERE b IN targets',
    'WITH DISTINCT r',
    'ORDER BY r.id',
    'LIMIT $relationshipLimit + 1',
    'WITH collect(r) AS found',
    'WITH found[..$relationshipLimit] AS rels, size(found) > $relationshipLimit AS truncated',
    `RETURN [r IN rels | ${relationshipMap('r')}] AS relationships,`,
    '  truncated,',
    `  ${evidenceDocumentsOf('[]', 'rels')} AS evidenceDocuments,`,
    `  ${resolvedIdsOf('$from', '$to')} AS resolvedIds`,
  );
  return {
    cypher,
    params: {
      from,
      to,
      relationshipLimit: neo4j.int((from.length + to.length) * LIMITS.relationshipsPerNode),
    },
  };
}
