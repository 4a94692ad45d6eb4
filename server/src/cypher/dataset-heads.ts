/**
 * The beginning of imported files (`:Document` with `documentType: DATASET`), where their header
 * row is: what names the columns of the rows quoted as evidence (../list-row.ts).
 */
import neo4j from 'neo4j-driver';
import { lines, type CypherQuery } from './query.ts';

/** Characters read from the start of a file: more than any header row of the formats imported. */
export const DATASET_HEAD_CHARACTERS = 16_384;

/** Heads of imported files by document id; one row per such document found, columns `id`, `head`. */
export function buildDatasetHeads(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      'UNWIND $ids AS id',
      "MATCH (d:Entity:Document {id: id}) WHERE d.documentType = 'DATASET' AND d.text IS NOT NULL",
      'RETURN d.id AS id, left(d.text, $characters) AS head',
    ),
    params: { ids: [...ids], characters: neo4j.int(DATASET_HEAD_CHARACTERS) },
  };
}
