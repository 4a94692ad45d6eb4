/**
 * A page of listings (LISTS relationships) filtered by issuing body, the listed actor's country,
 * kind or id, the measure, the list's name, whether it ended, and the listing date, most recently
 * listed first (undated last), with the total count, in one query.
 */
import neo4j from 'neo4j-driver';
import { nodeMap, relationshipMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';
import { resolvedIdExpr, resolvedIdsExpr } from './resolve-ids.ts';

export interface ListingsArgs {
  issuedBy?: string[] | null;
  country?: string | null;
  kinds?: string[] | null;
  actor?: string | null;
  measure?: string | null;
  listName?: string | null;
  delisted?: boolean | null;
  from?: string | null;
  to?: string | null;
  first: number;
  offset: number;
}

/** Builds the query; one row with `totalCount` and `listings` (`{relationship, measure, actor}` maps). */
export function buildListings(args: ListingsArgs): CypherQuery {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {
    offset: neo4j.int(args.offset),
    first: neo4j.int(args.first),
  };
  const resolved: string[] = [];
  const add = (condition: string, name: string, value: unknown) => {
    conditions.push(condition);
    params[name] = value;
  };
  /** An id filter: the ids as the graph knows them now (resolve-ids.ts). */
  const addId = (condition: string, name: string, value: unknown, expression: string) => {
    add(condition, name, value);
    resolved.push(`${expression} AS ${name}`);
  };
  if (args.issuedBy && args.issuedBy.length > 0)
    addId(
      'EXISTS { (m)-[:ISSUED_BY]->(body:Entity) WHERE body.id IN issuedBy }',
      'issuedBy',
      args.issuedBy,
      resolvedIdsExpr('$issuedBy'),
    );
  if (args.country != null) add('a.country = $country', 'country', args.country);
  if (args.kinds && args.kinds.length > 0) add('a.kind IN $kinds', 'kinds', args.kinds);
  if (args.actor != null) addId('a.id = actor', 'actor', args.actor, resolvedIdExpr('$actor'));
  if (args.measure != null)
    addId('m.id = measure', 'measure', args.measure, resolvedIdExpr('$measure'));
  if (args.listName != null) add('r.listName = $listName', 'listName', args.listName);
  if (args.delisted != null)
    add('(r.delistedOn IS NOT NULL) = $delisted', 'delisted', args.delisted);
  if (args.from != null) add('r.listedOn >= date($from)', 'from', args.from);
  if (args.to != null) add('r.listedOn <= date($to)', 'to', args.to);
  const cypher = lines(
    resolved.length > 0 && `WITH ${resolved.join(', ')}`,
    // `:Entity` on both ends: a measure or actor asked for by id is found through `:Entity(id)`.
    'MATCH (m:Entity:Measure)-[r:LISTS]->(a:Entity:Actor)',
    conditions.length > 0 && `WHERE ${conditions.join('\n  AND ')}`,
    'WITH m, r, a ORDER BY r.listedOn IS NULL, r.listedOn DESC, a.name, r.id',
    'WITH collect({m: m, r: r, a: a}) AS matched',
    'WITH size(matched) AS totalCount, matched[$offset..$offset + $first] AS page',
    'RETURN totalCount, COLLECT {',
    '  UNWIND range(0, size(page) - 1) AS i',
    '  WITH i, page[i].m AS m, page[i].r AS r, page[i].a AS a',
    `  RETURN {relationship: ${relationshipMap('r')}, measure: ${nodeMap('m')}, actor: ${nodeMap('a')}} AS listing ORDER BY i`,
    '} AS listings',
  );
  return { cypher, params };
}
