/**
 * The end of an offline load, on the server running on the imported store: the empty lists the
 * importer cannot store are set (`aliases`, the evidence lists of nodes without evidence, then
 * other empty list properties by id), each count checked against what was written, and every
 * constraint and index of the data model is created and populated (finishBulkSchema).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { finishBulkSchema } from '../bulk-schema.ts';
import type { OfflineLoadSummary } from './offline-load.ts';

/** Rows per inner transaction of the empty-list updates. */
const LIST_BATCH = 50_000;

/**
 * Transaction timeout of each empty-list update, in milliseconds: its outer transaction lasts as
 * long as all its batches, longer than the server's default (60 s) on a large graph.
 */
const LIST_TIMEOUT_MS = 3_600_000;

/**
 * Completes an offline load on the running server (see the file's description).
 * @returns milliseconds spent on the empty lists and on the schema.
 * @throws Error when a count differs (the import did not store what was written); the schema's errors.
 */
export async function finishOfflineLoad(
  driver: Driver,
  pending: OfflineLoadSummary['pending'],
  options: { database?: string } = {},
): Promise<{ listsMs: number; schemaMs: number }> {
  const started = performance.now();
  await setMissingLists(driver, options.database, {
    missing: 'aliases',
    set: ['aliases'],
    expected: pending.nodesWithoutAliases,
    what: 'without aliases',
  });
  await setMissingLists(driver, options.database, {
    missing: 'evidenceDocumentIds',
    set: ['evidenceDocumentIds', 'evidenceQuotes', 'evidenceStarts', 'evidenceEnds'],
    expected: pending.nodesWithoutEvidence,
    what: 'without evidence',
  });
  const listsMs = performance.now() - started;
  const schemaStarted = performance.now();
  await finishBulkSchema(driver, { database: options.database });
  const schemaMs = performance.now() - schemaStarted;
  if (pending.emptyNodeLists.size > 0) {
    const rows = [...pending.emptyNodeLists].map(([id, names]) => ({
      id,
      lists: Object.fromEntries(names.map((name) => [name, []])),
    }));
    const { records } = await driver.executeQuery(
      'UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.lists RETURN count(n) AS updated',
      { rows },
      { database: options.database, routing: neo4j.routing.WRITE },
    );
    if (Number(records[0]?.get('updated')) !== rows.length)
      throw new Error(`The offline import lost nodes with empty list properties.`);
  }
  return { listsMs, schemaMs };
}

/**
 * Sets the properties `set` to [] on every node lacking `missing`, in batches, and checks that
 * `expected` nodes were updated. The property names are ours (constants), never input.
 */
async function setMissingLists(
  driver: Driver,
  database: string | undefined,
  step: { missing: string; set: string[]; expected: number; what: string },
): Promise<void> {
  if (step.expected === 0) return;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    // CALL … IN TRANSACTIONS runs in an auto-commit transaction only.
    const result = await session.run(
      [
        `MATCH (n:Entity) WHERE n.${step.missing} IS NULL`,
        `CALL (n) { SET ${step.set.map((name) => `n.${name} = []`).join(', ')} }`,
        `IN TRANSACTIONS OF ${LIST_BATCH} ROWS`,
        'RETURN count(n) AS updated',
      ].join('\n'),
      {},
      { timeout: LIST_TIMEOUT_MS },
    );
    const updated = Number(result.records[0]?.get('updated') ?? 0);
    if (updated !== step.expected)
      throw new Error(
        `The offline import stored ${updated} nodes ${step.what}; ${step.expected} were written.`,
      );
  } finally {
    await session.close();
  }
}
