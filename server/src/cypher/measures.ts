/**
 * A page of measures, filtered by issuing authority, covered item and the actor it applies to,
 * most recently announced first (unannounced last), with the total count, in one query.
 */
import neo4j from 'neo4j-driver';
import { nodeMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdExpr } from './resolve-ids.ts';

export interface MeasuresArgs {
  /** Id of the actor it is ISSUED_BY. */
  issuedBy?: string | null;
  /** Id of an item it COVERS. */
  covers?: string | null;
  /** Id of an actor it APPLIES_TO. */
  appliesTo?: string | null;
  first: number;
  offset: number;
}

/**
 * Builds the query; one row with `totalCount` and `nodes` (the page's measure maps). With a filter,
 * the measures are reached from that node rather than by testing every measure.
 */
export function buildMeasures(args: MeasuresArgs): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {
    offset: neo4j.int(args.offset),
    first: neo4j.int(args.first),
  };
  const filters = [
    ['issuedBy', 'ISSUED_BY'],
    ['covers', 'COVERS'],
    ['appliesTo', 'APPLIES_TO'],
  ] as const;
  let match = 'MATCH (m:Measure)';
  const resolved: string[] = [];
  for (const [argument, type] of filters) {
    const value = args[argument];
    if (value == null) continue;
    params[argument] = value;
    resolved.push(`${resolvedIdExpr(`$${argument}`)} AS ${argument}`);
    if (match === 'MATCH (m:Measure)')
      match = `MATCH (:Entity {id: ${argument}})<-[:${type}]-(m:Measure)`;
    else conditions.push(`EXISTS { (m)-[:${type}]->(:Entity {id: ${argument}}) }`);
  }
  const cypher = lines(
    resolved.length > 0 && `WITH ${resolved.join(', ')}`,
    match,
    conditions.length > 0 && `WHERE ${conditions.join('\n  AND ')}`,
    'WITH m ORDER BY m.announcedOn IS NULL, m.announcedOn DESC, m.name, m.id',
    'WITH collect(m) AS matched',
    `RETURN size(matched) AS totalCount, [m IN matched[$offset..$offset + $first] | ${nodeMap('m')}] AS nodes`,
  );
  return { cypher, params };
}
