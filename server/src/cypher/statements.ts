/**
 * A page of statements, filtered by speaker, subject, reporting document and date range, newest
 * first (undated last), with the total count, in one query.
 */
import neo4j from 'neo4j-driver';
import { nodeMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';

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

/** Builds the query; one row with `totalCount` and `nodes` (the page's statement maps). */
export function buildStatements(args: StatementsArgs): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = { offset: neo4j.int(args.offset), first: neo4j.int(args.first) };
  if (args.speaker != null) {
    conditions.push('EXISTS { (s)-[:SAID_BY]->(:Entity {id: $speaker}) }');
    params.speaker = args.speaker;
  }
  if (args.about != null) {
    conditions.push('EXISTS { (s)-[:ABOUT]->(:Entity {id: $about}) }');
    params.about = args.about;
  }
  if (args.reportedIn != null) {
    conditions.push('EXISTS { (s)-[:REPORTED_IN]->(:Entity {id: $reportedIn}) }');
    params.reportedIn = args.reportedIn;
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
    'MATCH (s:Statement)',
    conditions.length > 0 && `WHERE ${conditions.join('\n  AND ')}`,
    'WITH s ORDER BY s.date IS NULL, s.date DESC, s.id',
    'WITH collect(s) AS matched',
    `RETURN size(matched) AS totalCount, [s IN matched[$offset..$offset + $first] | ${nodeMap('s')}] AS nodes`,
  );
  return { cypher, params };
}
