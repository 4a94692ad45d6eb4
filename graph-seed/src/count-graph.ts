/**
 * Counts of the stored graph by label and by relationship type (the loader's summary).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { type CypherQuery, toNumber } from '@policygraph/model';

/** Node counts by label and relationship counts by type, keys sorted; totals of each. */
export interface GraphCounts {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  relationshipTypes: Record<string, number>;
}

/** Nodes by label: rows `{ key: label, count }`, one per label (a node counts once per label). */
export const COUNT_LABELS_QUERY: CypherQuery = {
  cypher: 'MATCH (n) UNWIND labels(n) AS label RETURN label AS key, count(*) AS count ORDER BY key',
  params: {},
};
/** Relationships by type: rows `{ key: type, count }`. */
export const COUNT_TYPES_QUERY: CypherQuery = {
  cypher: 'MATCH ()-[r]->() RETURN type(r) AS key, count(*) AS count ORDER BY key',
  params: {},
};
/** One row `{ nodes, relationships }`: the totals of the graph. */
export const COUNT_TOTALS_QUERY: CypherQuery = {
  cypher:
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
  params: {},
};

/** Counts every node by label and every relationship by type, reading from `database`. */
export async function countGraph(
  driver: Driver,
  options: { database?: string } = {},
): Promise<GraphCounts> {
  const read = (query: CypherQuery) =>
    driver.executeQuery(query.cypher, query.params, {
      database: options.database,
      routing: neo4j.routing.READ,
    });
  const [labels, types, totals] = await Promise.all([
    read(COUNT_LABELS_QUERY),
    read(COUNT_TYPES_QUERY),
    read(COUNT_TOTALS_QUERY),
  ]);
  const tally = (records: typeof labels.records) =>
    Object.fromEntries(
      records.map((record) => [record.get('key') as string, toNumber(record.get('count'))]),
    );
  const total = totals.records[0];
  return {
    nodes: total ? toNumber(total.get('nodes')) : 0,
    relationships: total ? toNumber(total.get('relationships')) : 0,
    labels: tally(labels.records),
    relationshipTypes: tally(types.records),
  };
}
