/**
 * Cypher the drafting reads the graph with, built here and run by read-graph.ts. The gazetteer
 * needs every name before mentions are found (a name the text spells in lower case or in Chinese
 * is found only by it), so it reads a light projection of the graph's nodes: id, kind, name,
 * aliases, country and item type, nothing else. Quotes, the one costly part (every statement of
 * every document), are read only for the documents being drafted, found by id through the
 * `entity_id_unique` constraint's index.
 */

/** A Cypher statement and its parameters. */
export interface DraftQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * The names of the graph's actors, measures, items and documents: one row per node with columns
 * `id`, `kind`, `name`, `aliases` (list, possibly empty), `country` and `itemType` (null when unset).
 */
export function buildKnownNames(): DraftQuery {
  return {
    cypher: [
      'MATCH (n:Entity) WHERE n:Actor OR n:Measure OR n:Document OR n:Item',
      'RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases,',
      '       n.country AS country, n.itemType AS itemType',
    ].join('\n'),
    params: {},
  };
}

/**
 * The quotes of the statements the graph reports in each of the documents `ids` (ids the graph
 * does not hold give no row): columns `id` and `quotes` (list of strings).
 */
export function buildDocumentQuotes(ids: string[]): DraftQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (d:Entity {id: id}) WHERE d:Document',
      'OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(d)',
      'RETURN d.id AS id, collect(s.quote) AS quotes',
    ].join('\n'),
    params: { ids: [...new Set(ids)] },
  };
}
