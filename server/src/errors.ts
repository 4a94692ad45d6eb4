/**
 * The errors the API sends to clients, each with `extensions.code`:
 * - BAD_USER_INPUT: an argument is out of range or malformed; `extensions.argumentName` names it.
 * - DATABASE_UNAVAILABLE: Neo4j did not answer; retry later (the server recovers by itself).
 * - DATABASE_TIMEOUT: the query ran longer than the configured bound and was stopped.
 * Anything else is masked as "Unexpected error." (INTERNAL_SERVER_ERROR) and logged with the request id.
 */
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'DATABASE_UNAVAILABLE' | 'DATABASE_TIMEOUT' | 'OPERATION_LIMIT';

/** An argument the client must change: the message names it, and so does `extensions.argumentName`. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/** Neo4j is unreachable (stopped, restarting, network cut). */
export function databaseUnavailable(): GraphQLError {
  return createGraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
}

/** The query ran longer than the transaction timeout and Neo4j stopped it. */
export function databaseTimeout(timeoutMs: number): GraphQLError {
  return createGraphQLError(`The query took longer than ${timeoutMs} ms and was stopped.`, {
    extensions: { code: 'DATABASE_TIMEOUT' },
  });
}

/** True for a GraphQL error the API raised on purpose (it carries one of the codes above). */
export function isExpectedError(error: unknown): boolean {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return (
    code === 'BAD_USER_INPUT' ||
    code === 'DATABASE_UNAVAILABLE' ||
    code === 'DATABASE_TIMEOUT' ||
    code === 'OPERATION_LIMIT'
  );
}
