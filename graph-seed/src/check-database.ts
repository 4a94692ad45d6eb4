/**
 * The checks of documents against the database that run before any of them is written: an id
 * stored as another kind (KIND_CONFLICT), and a declaration that gives a node other properties than
 * the document owning them (PROPERTY_CONFLICT). Either all documents pass and are written, or none.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { findDeclarationConflicts, type StoredNode } from './declaration-conflicts.ts';
import { toPlain, type CypherQuery, type ValidatedDocument } from '@policygraph/model';
import { comparedValues, OWNED_DATE_KEYS, OWNED_PROPERTY_KEYS } from './owned-properties.ts';

/** Owned properties never compared and possibly long, left out of the read. */
const LARGE_KEYS: readonly string[] = ['text', 'extractionYaml', 'review'];
import { SeedValidationError } from './problems.ts';

/**
 * Reads the nodes stored under `ids`: rows `{ id, kind, declaredIn, properties }`, `properties`
 * holding the owned properties but `text`, `extractionYaml` and `review` (dates as `YYYY-MM-DD` strings).
 */
export function buildStoredNodesQuery(ids: readonly string[]): CypherQuery {
  const fields = [
    ...OWNED_PROPERTY_KEYS.filter((key) => !LARGE_KEYS.includes(key)).map((key) => `.${key}`),
    ...OWNED_DATE_KEYS.map((key) => `${key}: toString(n.${key})`),
  ];
  return {
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (n:Entity {id: id})',
      `RETURN n.id AS id, n.kind AS kind, n.declaredIn AS declaredIn, n {${fields.join(', ')}} AS properties`,
    ].join('\n'),
    params: { ids: [...ids] },
  };
}

/** The stored nodes of every id the documents declare, read in one read transaction. */
export async function readStoredNodes(
  driver: Driver,
  documents: readonly ValidatedDocument[],
  options: { database?: string } = {},
): Promise<Map<string, StoredNode>> {
  const ids = [...new Set(documents.flatMap((document) => document.nodes.map((node) => node.id)))];
  const query = buildStoredNodesQuery(ids);
  const { records } = await driver.executeQuery(query.cypher, query.params, {
    database: options.database,
    routing: neo4j.routing.READ,
  });
  return new Map(
    records.map((record) => {
      const kind = String(record.get('kind'));
      const properties = toPlain(record.get('properties')) as Record<string, unknown>;
      const declaredIn = record.get('declaredIn') as string | null;
      const id = String(record.get('id'));
      return [id, { id, kind, declaredIn, values: comparedValues(kind, properties) }];
    }),
  );
}

/**
 * Checks `documents` (in load order) against the database.
 * @throws SeedValidationError with every KIND_CONFLICT and PROPERTY_CONFLICT, each naming the file,
 *   entry and field; nothing has been written.
 */
export async function checkAgainstDatabase(
  driver: Driver,
  documents: readonly ValidatedDocument[],
  options: { database?: string } = {},
): Promise<void> {
  const stored = await readStoredNodes(driver, documents, options);
  const problems = findDeclarationConflicts(documents, stored);
  if (problems.length > 0) throw new SeedValidationError(problems);
}
