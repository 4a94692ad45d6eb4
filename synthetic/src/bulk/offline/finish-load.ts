/**
 * The end of an offline load, on the server running on the imported store: the counts of nodes
 * and relationships are checked against what was written, every constraint and index of the data
 * model is created and populated (finishBulkSchema), and the empty list properties other than
 * `aliases` and the evidence lists are set by id.
 *
 * The importer stores no empty list (an empty field stores no property). An absent `aliases` and
 * absent evidence lists mean empty lists in the data model (docs/data-model.md): every read and
 * write coalesces them, so they are left absent here instead of set on hundreds of thousands of
 * nodes after the start. Other list properties are returned as they are stored (a node's
 * `properties`), so their empty values are set.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { finishBulkSchema } from '../bulk-schema.ts';
import type { OfflineLoadSummary } from './offline-load.ts';

/**
 * Completes an offline load on the running server (see the file's description).
 * @returns milliseconds spent on the checks and empty lists (`listsMs`) and on the schema.
 * @throws Error when a count differs (the import did not store what was written); the schema's errors.
 */
export async function finishOfflineLoad(
  driver: Driver,
  pending: OfflineLoadSummary['pending'],
  options: { database?: string } = {},
): Promise<{ listsMs: number; schemaMs: number }> {
  const config = { database: options.database, routing: neo4j.routing.WRITE };
  const started = performance.now();
  // Both counts come from Neo4j's count store: no scan.
  const { records: counted } = await driver.executeQuery(
    'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    {},
    { ...config, routing: neo4j.routing.READ },
  );
  const nodes = Number(counted[0]?.get('nodes'));
  const relationships = Number(counted[0]?.get('relationships'));
  if (nodes !== pending.nodes || relationships !== pending.relationships)
    throw new Error(
      `The offline import stored ${nodes} nodes and ${relationships} relationships; ${pending.nodes} and ${pending.relationships} were written.`,
    );
  let listsMs = performance.now() - started;
  const schemaStarted = performance.now();
  await finishBulkSchema(driver, { database: options.database });
  const schemaMs = performance.now() - schemaStarted;
  if (pending.emptyNodeLists.size > 0) {
    const listsStarted = performance.now();
    const rows = [...pending.emptyNodeLists].map(([id, names]) => ({
      id,
      lists: Object.fromEntries(names.map((name) => [name, []])),
    }));
    const { records } = await driver.executeQuery(
      'UNWIND $rows AS row MATCH (n:Entity {id: row.id}) SET n += row.lists RETURN count(n) AS updated',
      { rows },
      config,
    );
    if (Number(records[0]?.get('updated')) !== rows.length)
      throw new Error(`The offline import lost nodes with empty list properties.`);
    listsMs += performance.now() - listsStarted;
  }
  return { listsMs, schemaMs };
}
