/**
 * Loading validated documents into Neo4j, and the whole seeding (schema, read, load).
 */
import type { Driver } from 'neo4j-driver';
import { applySchema, type ValidatedDocument } from '@policygraph/model';
import { checkAgainstDatabase } from './check-database.ts';
import { countGraph } from './count-graph.ts';
import { readSeedDocuments } from './read-documents.ts';
import type { LoadSummary } from './summary.ts';
import { SeedWriteError } from './problems.ts';
import { writeDocument, type DocumentWriteResult } from './write-document.ts';

/**
 * Checks every document against the database (checkAgainstDatabase: kinds, and properties owned by
 * another document) before writing any, then writes each in its own transaction, in order (a
 * document loaded before is replaced: see buildDocumentWrites), then counts the graph.
 * @throws SeedValidationError (KIND_CONFLICT, PROPERTY_CONFLICT) when a check fails: nothing is
 *   written. SeedWriteError when a write fails anyway: that document is rolled back, those before it
 *   stay written, those after it are not tried; its `progress` (and message) lists both.
 */
export async function loadDocuments(
  driver: Driver,
  documents: readonly ValidatedDocument[],
  options: { database?: string } = {},
): Promise<LoadSummary> {
  const started = performance.now();
  await checkAgainstDatabase(driver, documents, options);
  const results: DocumentWriteResult[] = [];
  for (const [index, document] of documents.entries()) {
    try {
      results.push(await writeDocument(driver, document, options));
    } catch (error) {
      if (!(error instanceof SeedWriteError)) throw error;
      const name = ({ documentId, file }: ValidatedDocument) => ({ documentId, file });
      throw error.withProgress({
        loaded: documents.slice(0, index).map(name),
        notLoaded: documents.slice(index).map(name),
      });
    }
  }
  const counts = await countGraph(driver, options);
  return { documents: results, counts, durationMs: performance.now() - started };
}

/**
 * Validates the seed files (`files`, default all of graph-seed/documents) before anything is written,
 * then creates the schema and loads every document.
 * @throws SeedValidationError (nothing written: invalid files, or conflicts with the database),
 *   SchemaMismatchError, SeedWriteError (with the documents loaded and not loaded).
 */
export async function seedDatabase(
  driver: Driver,
  options: { database?: string; files?: string[] } = {},
): Promise<LoadSummary> {
  const documents = await readSeedDocuments(options.files);
  await applySchema(driver, { database: options.database });
  return loadDocuments(driver, documents, { database: options.database });
}
