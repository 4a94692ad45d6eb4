/**
 * Writes one validated document in one write transaction: a kind-conflict check, then the steps
 * of buildDocumentWrites (withdraw what an earlier load stated and this one does not, then nodes,
 * relationships and statuses). Any failure rolls the whole transaction back.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { buildDocumentWrites } from './build-document-writes.ts';
import {
  buildKindConflictQuery,
  type WriteStep,
  toNumber,
  type ValidatedDocument,
} from '@policygraph/model';
import type { RetractStep } from './build-retract.ts';
import { SeedWriteError } from './problems.ts';

/**
 * What writing one document did: its nodes and relationships, and the counts Neo4j reports for the
 * transaction (created 0 and deleted 0 when it was loaded before as it is now).
 */
export interface DocumentWriteResult {
  documentId: string;
  file: string;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Nodes and relationships an earlier load of the document stated and this one does not. */
  nodesDeleted: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** KIND_CONFLICT naming each entry: an id stored as another kind after loadDocuments checked it. */
async function checkKinds(tx: ManagedTransaction, document: ValidatedDocument): Promise<void> {
  const query = buildKindConflictQuery(document.nodes);
  const conflicts = await tx.run(query.cypher, query.params);
  if (conflicts.records.length === 0) return;
  const entries = new Map(document.nodes.map((node) => [node.id, node.entry]));
  const list = conflicts.records
    .map((record) => {
      const id = String(record.get('id'));
      return `${entries.get(id) ?? id}: kind: "${id}" is stored as ${String(record.get('existing'))}, here ${String(record.get('wanted'))}`;
    })
    .join('; ');
  throw new SeedWriteError(
    'KIND_CONFLICT',
    document.documentId,
    document.file,
    `The database holds other kinds under these ids: ${list}.`,
  );
}

function isCounted(step: WriteStep | RetractStep): step is WriteStep {
  return 'expected' in step;
}

/**
 * Writes `document` inside the caller's transaction `tx` (so that a caller can write more in the
 * same transaction, e.g. marking a reviewed draft loaded).
 * @throws SeedWriteError KIND_CONFLICT or WRITE_FAILED; the caller's transaction must then roll back.
 */
export async function runSteps(
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
    nodesDeleted: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
  };
  await checkKinds(tx, document);
  for (const step of buildDocumentWrites(document)) {
    let written = 0;
    try {
      const response = await tx.run(step.cypher, step.params);
      if (isCounted(step))
        written = response.records.reduce(
          (sum, record) => sum + toNumber(record.get('written')),
          0,
        );
      const updates = response.summary.counters.updates();
      result.nodesCreated += updates.nodesCreated;
      result.relationshipsCreated += updates.relationshipsCreated;
      result.nodesDeleted += updates.nodesDeleted;
      result.relationshipsDeleted += updates.relationshipsDeleted;
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
    if (isCounted(step) && written !== step.expected) {
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
