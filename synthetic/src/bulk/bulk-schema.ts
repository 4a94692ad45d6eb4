/**
 * The schema around a bulk load. Before it, only what the writes need: the uniqueness constraint
 * on `:Entity(id)` (MERGE of nodes) and the `<type>_id_unique` constraints on every relationship
 * type's `id` (MERGE of relationships finds an existing one through their range indexes).
 * After it, everything else of docs/data-model.md (the full-text and date indexes, `entity_kind`,
 * `merge_record_absorbed` and `merge_record_survivor`: a bulk load writes no merge records), populated in one pass over the
 * stored graph rather than updated on every commit, then checked against docs/data-model.md
 * (checkSchema).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import {
  checkSchema,
  createStatement,
  EXPECTED_INDEXES,
  LEGACY_INDEX_NAMES,
} from '@policygraph/model';

/** Indexes the bulk writes look things up with: every uniqueness constraint (nodes and relationships). */
export const WRITE_PATH_INDEXES = EXPECTED_INDEXES.filter((index) => index.unique === true);

/** Creates the write-path indexes (IF NOT EXISTS) and waits until they are online. */
export async function prepareBulkSchema(
  driver: Driver,
  options: { database?: string } = {},
): Promise<void> {
  const config = { database: options.database, routing: neo4j.routing.WRITE };
  for (const index of WRITE_PATH_INDEXES)
    await driver.executeQuery(createStatement(index), {}, config);
  await driver.executeQuery('CALL db.awaitIndexes(300)', {}, config);
}

/**
 * Creates the remaining indexes and waits up to `timeoutSeconds` for their population, then checks
 * every index against docs/data-model.md. The indexes that are not constraints (full-text, range)
 * are created first, in one transaction with the drops of LEGACY_INDEX_NAMES: Neo4j populates the
 * indexes of one transaction in one background job (one scan of the nodes), while the uniqueness
 * constraints, whose creation returns only once their own index is populated, are created one by
 * one meanwhile. One wait then covers all of them.
 * @throws SchemaMismatchError when one is missing or defined differently; Neo4j's error when one
 *   cannot be created.
 */
export async function finishBulkSchema(
  driver: Driver,
  options: { database?: string; timeoutSeconds?: number } = {},
): Promise<void> {
  const config = { database: options.database, routing: neo4j.routing.WRITE };
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    await session.executeWrite(async (tx) => {
      for (const name of LEGACY_INDEX_NAMES) await tx.run(`DROP INDEX ${name} IF EXISTS`);
      for (const index of EXPECTED_INDEXES.filter((index) => index.unique !== true))
        await tx.run(createStatement(index));
    });
  } finally {
    await session.close();
  }
  for (const index of WRITE_PATH_INDEXES)
    await driver.executeQuery(createStatement(index), {}, config);
  const timeoutSeconds = options.timeoutSeconds ?? 3_600;
  // The wait is one transaction: it needs a timeout of its own past the server's default (60 s).
  await driver.executeQuery(
    'CALL db.awaitIndexes($timeout)',
    { timeout: neo4j.int(timeoutSeconds) },
    { ...config, transactionConfig: { timeout: (timeoutSeconds + 60) * 1000 } },
  );
  await checkSchema(driver, { database: options.database });
}
