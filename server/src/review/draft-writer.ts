/**
 * Runs the Cypher of drafts (../cypher/drafts.ts): writes in one write transaction each (a caller
 * may add more work to that transaction), reads in read transactions; records converted to plain
 * objects at this boundary. Driver errors are mapped as for reads (DATABASE_UNAVAILABLE, ...).
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/query.ts';
import { buildCreateDraft } from '../cypher/drafts.ts';
import { toPlain } from '@policygraph/model';
import { mapNeo4jError } from '../neo4j/errors.ts';

/** Where drafts are written: the process's driver and the connection's database. */
export interface DraftWriter {
  driver: Driver;
  database?: string;
  /** Transaction timeout, in milliseconds. */
  timeoutMs: number;
}

/** A draft as stored (`Draft` of the schema, `review` as JSON). */
export interface DraftRow {
  id: string;
  documentId: string;
  status: 'IN_REVIEW' | 'LOADED';
  version: number;
  text: string;
  draftedYaml: string;
  sidecar: string | null;
  reviewedYaml: string;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  review: string | null;
  /** Existing nodes the reviewers linked actors to, as last saved. */
  linkedIds: string[];
  /** Drafted entries the reviewers accepted, each `section:id`, as last saved. */
  acceptedKeys: string[];
}

function mapped(error: unknown, timeoutMs: number): unknown {
  return mapNeo4jError(error, timeoutMs) ?? error;
}

/** The rows of `query` run in `tx`, as plain objects. */
export async function runIn(
  tx: ManagedTransaction,
  query: CypherQuery,
): Promise<Record<string, unknown>[]> {
  const result = await tx.run(query.cypher, query.params);
  return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
}

/** Runs `work` in one write transaction (retried by the driver on transient errors); all or nothing. */
export async function inWriteTransaction<T>(
  writer: DraftWriter,
  work: (tx: ManagedTransaction) => Promise<T>,
  timeoutMs = writer.timeoutMs,
): Promise<T> {
  const session = writer.driver.session({
    database: writer.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    return await session.executeWrite(work, { timeout: timeoutMs });
  } catch (error) {
    throw mapped(error, timeoutMs);
  } finally {
    await session.close();
  }
}

/** The rows of a read query, in a read transaction. */
export async function readRows(
  writer: DraftWriter,
  query: CypherQuery,
): Promise<Record<string, unknown>[]> {
  try {
    const result = await writer.driver.executeQuery(query.cypher, query.params, {
      database: writer.database,
      routing: neo4j.routing.READ,
      transactionConfig: { timeout: writer.timeoutMs },
    });
    return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
  } catch (error) {
    throw mapped(error, writer.timeoutMs);
  }
}

/** The `draft` column of rows, as DraftRows. */
export function draftsOf(rows: readonly Record<string, unknown>[]): DraftRow[] {
  return rows.map((row) => row.draft as DraftRow);
}

/** Now, as an ISO 8601 UTC timestamp: when a draft was written. */
export const now = (): string => new Date().toISOString();

/** Stores a new draft in one write transaction; the stored row. */
export async function storeDraft(
  writer: DraftWriter,
  draft: Parameters<typeof buildCreateDraft>[0],
): Promise<DraftRow> {
  const rows = await inWriteTransaction(writer, (tx) => runIn(tx, buildCreateDraft(draft)));
  return draftsOf(rows)[0]!;
}
