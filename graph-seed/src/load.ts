/**
 * Loading validated documents into Neo4j, and the whole seeding (schema, read, load).
 */
import type { Driver } from 'neo4j-driver';
import { applySchema } from './apply-schema.ts';
import { countGraph } from './count-graph.ts';
import { readSeedDocuments } from './read-documents.ts';
import type { LoadSummary } from './summary.ts';
import type { ValidatedDocument } from './types.ts';
import { writeDocument } from './write-document.ts';

/**
 * Writes each document in its own transaction, in order, then counts the graph.
 * @throws SeedWriteError when a document's write fails (that document is rolled back; earlier ones stay).
 */
export async function loadDocuments(
  driver: Driver,
  documents: readonly ValidatedDocument[],
  options: { database?: string } = {},
): Promise<LoadSummary> {
  const started = performance.now();
  const results = [];
  for (const document of documents) results.push(await writeDocument(driver, document, options));
  const counts = await countGraph(driver, options);
  return { documents: results, counts, durationMs: performance.now() - started };
}

/**
 * Validates the seed files (`files`, default all of graph-seed/documents) before anything is written,
 * then creates the schema and loads every document.
 * @throws SeedValidationError (nothing written), SchemaMismatchError, SeedWriteError.
 */
export async function seedDatabase(
  driver: Driver,
  options: { database?: string; files?: string[] } = {},
): Promise<LoadSummary> {
  const documents = await readSeedDocuments(options.files);
  await applySchema(driver, { database: options.database });
  return loadDocuments(driver, documents, { database: options.database });
}
