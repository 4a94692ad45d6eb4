/**
 * The neighbourhood of one or more start nodes in ONE query: a breadth-first expansion, level by
 * level up to `depth` relationships away (each level expands only the new frontier), then every
 * relationship among the nodes kept, then the documents their evidence cites.
 *
 * The work is bounded by `limit`, not by the size of the graph: each level keeps at most `limit` + 1
 * nodes (the first by id, which are all a caller can see) and no level is walked once more than
 * `limit` nodes are found. The nodes returned are the same as without these bounds.
 */
import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { isRelationshipType, type NodeKindValue } from '../model.ts';
import { relationshipsAmongLines, subgraphReturnLines } from './relationships-among.ts';
import type { SubgraphProjection } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdsExpr, resolvedIdsOf } from './resolve-ids.ts';

export interface NeighborhoodArgs {
  ids: string[];
  /** 1..LIMITS.neighborhoodDepth (validated before; spliced as a literal level count). */
  depth: number;
  /** Only nodes of these kinds are kept and walked through (start nodes are always kept). */
  kinds?: NodeKindValue[] | null;
  /** Only relationships of these types are followed and returned (checked against the allow-list). */
  relationshipTypes?: string[] | null;
  /** Most nodes returned; relationships are capped at LIMITS.relationshipsPerNode × limit. */
  limit: number;
  /** What the answer carries. @default FULL_PROJECTION */
  projection?: SubgraphProjection;
}

/** `:A|B` for an allow-listed set of types, '' for all. @throws Error for a type outside the model. */
export function relationshipTypePattern(types?: string[] | null): string {
  if (!types || types.length === 0) return '';
  for (const type of types)
    if (!isRelationshipType(type)) throw new Error(`Unknown relationship type "${type}".`);
  return `:${[...new Set(types)].join('|')}`;
}

/**
 * Builds the query; one row with `nodes` (start nodes first, then by distance, then id),
 * `relationships` (by id), `truncated` and `evidenceDocuments`.
 */
export function buildNeighborhood(args: NeighborhoodArgs): CypherQuery {
  const { depth } = args;
  if (!Number.isInteger(depth) || depth < 1 || depth > LIMITS.neighborhoodDepth) {
    throw new Error(`depth must be an integer from 1 to ${LIMITS.neighborhoodDepth}.`);
  }
  const types = relationshipTypePattern(args.relationshipTypes);
  const filterKinds = !!args.kinds && args.kinds.length > 0;
  const levels: string[] = [];
  for (let level = 1; level <= depth; level += 1) {
    const frontier = level === 1 ? 'starts' : `level${level - 1}`;
    const seen = ['starts', ...Array.from({ length: level - 1 }, (_, i) => `level${i + 1}`)];
    const carried = seen.join(', ');
    levels.push(
      `WITH ${carried}, COLLECT {\n` +
        `  UNWIND CASE WHEN size(${seen.join(' + ')}) > $limit THEN [] ELSE ${frontier} END AS near\n` +
        `  MATCH (near)-[${types}]-(far:Entity)\n` +
        `  WHERE ${seen.map((list) => `NOT far IN ${list}`).join(' AND ')}${filterKinds ? ' AND far.kind IN $kinds' : ''}\n` +
        '  WITH DISTINCT far\n' +
        '  RETURN far ORDER BY far.id LIMIT $limit + 1\n' +
        `} AS level${level}`,
    );
  }
  const all = ['starts', ...Array.from({ length: depth }, (_, i) => `level${i + 1}`)].join(' + ');
  const cypher = lines(
    `WITH ${resolvedIdsExpr('$ids')} AS ids`,
    'MATCH (start:Entity) WHERE start.id IN ids',
    'WITH start ORDER BY start.id',
    'WITH collect(start) AS starts',
    ...levels,
    `WITH ${all} AS found`,
    'WITH found[..$limit] AS nodes, size(found) > $limit AS truncatedNodes',
    'WITH nodes, truncatedNodes, COLLECT {',
    ...relationshipsAmongLines('nodes', types),
    'WITH nodes, rels[..$relationshipLimit] AS rels, truncatedNodes OR size(rels) > $relationshipLimit AS truncated',
    ...subgraphReturnLines(args.projection, resolvedIdsOf('$ids')),
  );
  return {
    cypher,
    params: {
      ids: args.ids,
      limit: neo4j.int(args.limit),
      relationshipLimit: neo4j.int(args.limit * LIMITS.relationshipsPerNode),
      ...(filterKinds ? { kinds: args.kinds } : {}),
    },
  };
}
