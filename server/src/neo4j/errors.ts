/**
 * Maps neo4j-driver errors to the API's GraphQL errors.
 */
import type { GraphQLError } from 'graphql';
import { databaseTimeout, databaseUnavailable, queryTooLarge } from '../errors.ts';

const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
]);

/**
 * The GraphQL error for a driver error: DATABASE_UNAVAILABLE when Neo4j cannot be reached
 * (including a connection-acquisition timeout), DATABASE_TIMEOUT when the transaction timed out,
 * QUERY_TOO_LARGE when it ran out of the memory Neo4j allows a transaction; null for anything else (a bug, to be masked and logged).
 */
export function mapNeo4jError(error: unknown, timeoutMs: number): GraphQLError | null {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return databaseUnavailable();
  if (typeof code === 'string' && TIMEOUT_CODES.has(code)) return databaseTimeout(timeoutMs);
  if (typeof code === 'string' && MEMORY_CODES.has(code)) return queryTooLarge();
  if (
    /Connection acquisition timed out|Failed to connect to server|ECONNREFUSED|ECONNRESET/i.test(
      message,
    )
  ) {
    return databaseUnavailable();
  }
  return null;
}
