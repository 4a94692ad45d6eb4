/**
 * Cypher of what the seed loader stores on a document node it loaded (graph-seed's
 * review-provenance.ts): the extraction as loaded (`extractionYaml`) and its review (`review`,
 * JSON), read for export and for provenance. Pure builders; ../review/export.ts and
 * ../neo4j/loaders.ts run them in read transactions.
 */
import type { CypherQuery } from './query.ts';

/**
 * The documents loaded from seed files (of `documentIds`, or all when null), by id: rows
 * `{ id, extractionYaml, text }`. A document without `extractionYaml` (an imported list file, or
 * loaded before the loader kept it) has no row.
 */
export function buildExtractions(documentIds: readonly string[] | null): CypherQuery {
  // Named documents through the unique index on `:Entity(id)`; all of them by their label.
  const match = documentIds
    ? ['UNWIND $ids AS wanted', 'MATCH (d:Entity:Document {id: wanted})']
    : ['MATCH (d:Document)'];
  return {
    cypher: [
      ...match,
      'WITH DISTINCT d',
      'WHERE d.extractionYaml IS NOT NULL',
      'RETURN d.id AS id, d.extractionYaml AS extractionYaml, d.text AS text',
      'ORDER BY id',
    ].join('\n'),
    params: documentIds ? { ids: [...documentIds] } : {},
  };
}

/**
 * The provenance of each of `documentIds`: rows `{ id, review, seeded }`, `review` the stored JSON
 * (null for a document written by hand), `seeded` true when the seed loader loaded the document from
 * its own file (its facts are then HAND unless the review says otherwise). Ids of no document have
 * no row.
 */
export function buildDocumentReviews(documentIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (d:Entity:Document {id: id})',
      'RETURN id, d.review AS review, d.declaredIn = d.id AS seeded',
    ].join('\n'),
    params: { ids: [...documentIds] },
  };
}

/** Every loaded document's review (JSON), by document id: rows `{ id, review }`. */
export function buildAllReviews(): CypherQuery {
  return {
    cypher: [
      'MATCH (d:Document)',
      'WHERE d.review IS NOT NULL',
      'RETURN d.id AS id, d.review AS review',
      'ORDER BY id',
    ].join('\n'),
    params: {},
  };
}
