/**
 * The neighbours of one node counted by kind and relationship type, with each kind's date span,
 * in one aggregate read (Query.neighborhoodSummary): what the explorer previews before an
 * expansion. Bounded: at most LIMITS.summaryRelationships relationships of the node are read.
 */
import neo4j from 'neo4j-driver';
import { NODE_DATE_PROPERTIES } from '@policygraph/model';
import { LIMITS } from '../limits.ts';
import type { NodeKindValue } from '../model.ts';
import { relationshipTypePattern } from './neighborhood.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdExpr } from './resolve-ids.ts';

export interface NeighborhoodSummaryArgs {
  id: string;
  /** Only neighbours of these kinds (passed as a parameter). */
  kinds?: NodeKindValue[] | null;
  /** Only these relationship types (checked against the allow-list, spliced). */
  relationshipTypes?: string[] | null;
}

/** The date properties of any kind, in the order the explorer's timeline reads them. */
const DATE_PROPERTIES = [...new Set(Object.values(NODE_DATE_PROPERTIES).flat())];

/**
 * Builds the query: one row with `rows` (`{kind, type, count}`), `kinds` (`{kind, count,
 * firstDate, lastDate}`), `total` and `truncated`; no row when the id is unknown.
 */
export function buildNeighborhoodSummary(args: NeighborhoodSummaryArgs): CypherQuery {
  const types = relationshipTypePattern(args.relationshipTypes);
  const filterKinds = !!args.kinds && args.kinds.length > 0;
  const date = `coalesce(${DATE_PROPERTIES.map((name) => `far.${name}`).join(', ')})`;
  const cypher = lines(
    `WITH ${resolvedIdExpr('$id')} AS id`,
    'MATCH (start:Entity {id: id})',
    'CALL (start) {',
    `  MATCH (start)-[r${types}]-(far:Entity)`,
    `  WHERE far <> start${filterKinds ? ' AND far.kind IN $kinds' : ''}`,
    '  WITH r, far LIMIT $scan + 1',
    `  RETURN collect({kind: far.kind, type: type(r), id: far.id, date: ${date}}) AS found`,
    '}',
    'WITH found[..$scan] AS found, size(found) > $scan AS truncated',
    'CALL (found) {',
    '  UNWIND found AS row',
    '  WITH row.kind AS kind, row.type AS type, count(DISTINCT row.id) AS count',
    '  ORDER BY count DESC, kind, type',
    '  RETURN collect({kind: kind, type: type, count: count}) AS rows',
    '}',
    'CALL (found) {',
    '  UNWIND found AS row',
    '  WITH DISTINCT row.kind AS kind, row.id AS id, row.date AS date',
    '  WITH kind, count(id) AS count, min(date) AS firstDate, max(date) AS lastDate',
    '  ORDER BY count DESC, kind',
    '  RETURN collect({kind: kind, count: count, firstDate: firstDate, lastDate: lastDate}) AS kinds',
    '}',
    'RETURN rows, kinds, COUNT { UNWIND found AS row WITH DISTINCT row.id AS id RETURN id } AS total, truncated',
  );
  return {
    cypher,
    params: {
      id: args.id,
      scan: neo4j.int(LIMITS.summaryRelationships),
      ...(filterKinds ? { kinds: args.kinds } : {}),
    },
  };
}
