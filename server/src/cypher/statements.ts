/**
 * A page of statements, filtered by speaker, subject, reporting document and date range, newest
 * first (undated last), with the total count, in one query.
 */
import neo4j from 'neo4j-driver';
import { nodeMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdExpr } from './resolve-ids.ts';

export interface StatementsArgs {
  /** Id of the actor it is SAID_BY. */
  speaker?: string | null;
  /** Id of a node it is ABOUT. */
  about?: string | null;
  /** Id of a document it is REPORTED_IN. */
  reportedIn?: string | null;
  /** Earliest date, `YYYY-MM-DD`, inclusive. */
  from?: string | null;
  /** Latest date, `YYYY-MM-DD`, inclusive. */
  to?: string | null;
  first: number;
  offset: number;
}

/** The id filters, each over a relationship from the statement. */
const ID_FILTERS = [
  ['speaker', 'SAID_BY'],
  ['about', 'ABOUT'],
  ['reportedIn', 'REPORTED_IN'],
] as const;

/**
 * Builds the query; one row with `totalCount` and `nodes` (the page's statement maps). With an id
 * filter, the statements are reached from that node (index seek on `:Entity(id)`, then its
 * relationships) instead of testing every statement; further id filters are checked on each.
 */
export function buildStatements(args: StatementsArgs): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {
    offset: neo4j.int(args.offset),
    first: neo4j.int(args.first),
  };
  let match = 'MATCH (s:Statement)';
  const resolved: string[] = [];
  for (const [argument, type] of ID_FILTERS) {
    const value = args[argument];
    if (value == null) continue;
    params[argument] = value;
    resolved.push(`${resolvedIdExpr(`$${argument}`)} AS ${argument}`);
    if (match === 'MATCH (s:Statement)')
      match = `MATCH (:Entity {id: ${argument}})<-[:${type}]-(s:Statement)`;
    else conditions.push(`EXISTS { (s)-[:${type}]->(:Entity {id: ${argument}}) }`);
  }
  if (args.from != null) {
    conditions.push('s.date >= date($from)');
    params.from = args.from;
  }
  if (args.to != null) {
    conditions.push('s.date <= date($to)');
    params.to = args.to;
  }
  const cypher = lines(
    resolved.length > 0 && `WITH ${resolved.join(', ')}`,
    match,
    conditions.length > 0 && `WHERE ${conditions.join('\n  AND ')}`,
    'WITH s ORDER BY s.date IS NULL, s.date DESC, s.id',
    'WITH collect(s) AS matched',
    `RETURN size(matched) AS totalCount, [s IN matched[$offset..$offset + $first] | ${nodeMap('s')}] AS nodes`,
  );
  return { cypher, params };
}
