/**
 * At start, makes sure the database has the schema of docs/data-model.md and the seed graph: the
 * schema is applied (idempotent) and the seed documents are loaded when any of them is missing.
 * Uses @policygraph/model (the schema) and @policygraph/graph-seed (the loader); a graph that
 * already holds the seed is left untouched.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import { applySchema } from '@policygraph/model';
import { loadDocuments, readSeedDocuments } from '@policygraph/graph-seed';

/**
 * Applies the schema and loads the seed when its documents are not all in the graph.
 * @returns 'loaded' or 'present'.
 * @throws what applySchema and the loader throw (SchemaMismatchError, SeedValidationError,
 *   SeedWriteError) and
 *   driver errors when Neo4j cannot be reached.
 */
export async function seedIfMissing(
  driver: Driver,
  database: string | undefined,
  logger: Logger,
): Promise<'loaded' | 'present'> {
  const documents = await readSeedDocuments();
  const ids = documents.map((document) => document.documentId);
  await applySchema(driver, { database });
  const { records } = await driver.executeQuery(
    'MATCH (d:Entity:Document) WHERE d.id IN $ids RETURN count(DISTINCT d.id) AS present',
    { ids },
    { routing: neo4j.routing.READ, database },
  );
  const present = neo4j.integer.toNumber(records[0]?.get('present') ?? 0);
  if (present === ids.length) {
    logger.info({ documents: ids.length }, 'seed graph present');
    return 'present';
  }
  const summary = await loadDocuments(driver, documents, { database });
  logger.info(
    {
      documents: ids.length,
      nodes: summary.counts.nodes,
      relationships: summary.counts.relationships,
      ms: Math.round(summary.durationMs),
    },
    'seed graph loaded',
  );
  return 'loaded';
}
