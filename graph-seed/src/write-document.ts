/**
 * Writes one validated document in one write transaction: a kind-conflict check, then the steps
 * of buildDocumentWrites. Any failure rolls the whole transaction back.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { buildDocumentWrites, buildKindConflictQuery } from './build-writes.ts';
import { toNumber } from './neo4j-values.ts';
import { SeedWriteError } from './problems.ts';
import type { ValidatedDocument } from './types.ts';

/** What writing one document did: nodes and relationships created (0 when it was loaded before). */
export interface DocumentWriteResult {
  documentId: string;
  file: string;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

async function runSteps(
  tx: ManagedTransaction,
  document: ValidatedDocument,
): Promise<DocumentWriteResult> {
  const result: DocumentWriteResult = {
    documentId: document.documentId,
    file: document.file,
    nodes: document.nodes.length,
    relationships: document.relationships.length,
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
  };
  const conflictQuery = buildKindConflictQuery(document);
  const conflicts = await tx.run(conflictQuery.cypher, conflictQuery.params);
  if (conflicts.records.length > 0) {
    const list = conflicts.records
      .map(
        (record) =>
          `"${String(record.get('id'))}" is stored as ${String(record.get('existing'))}, here ${String(record.get('wanted'))}`,
      )
      .join('; ');
    throw new SeedWriteError(
      'KIND_CONFLICT',
      document.documentId,
      document.file,
      `The database already holds other kinds under these ids: ${list}.`,
    );
  }
  for (const step of buildDocumentWrites(document)) {
    let written: number;
    try {
      const response = await tx.run(step.cypher, step.params);
      written = response.records.reduce((sum, record) => sum + toNumber(record.get('written')), 0);
      const updates = response.summary.counters.updates();
      result.nodesCreated += updates.nodesCreated;
      result.relationshipsCreated += updates.relationshipsCreated;
      result.propertiesSet += updates.propertiesSet;
    } catch (error) {
      if (isRetryableError(error)) throw error; // executeWrite retries the whole transaction
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new SeedWriteError(
        'WRITE_FAILED',
        document.documentId,
        document.file,
        `Writing ${step.description} failed: ${reason}.`,
        error,
      );
    }
    if (written !== step.expected) {
      throw new SeedWriteError(
        'WRITE_FAILED',
        document.documentId,
        document.file,
        `Writing ${step.description} wrote ${written} of ${step.expected} (an end node is missing).`,
      );
    }
  }
  return result;
}

/**
 * Writes `document` in one transaction on `database` (default: the server's default database).
 * @throws SeedWriteError KIND_CONFLICT or WRITE_FAILED; the transaction is then rolled back.
 */
export async function writeDocument(
  driver: Driver,
  document: ValidatedDocument,
  options: { database?: string } = {},
): Promise<DocumentWriteResult> {
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    return await session.executeWrite((tx) => runSteps(tx, document));
  } finally {
    await session.close();
  }
}
