/**
 * The errors the API sends to clients, each with `extensions.code`:
 * - BAD_USER_INPUT: an argument (or a variable) is out of range or malformed; `extensions.argumentName`
 *   names the argument, the message names the variable.
 * - OPERATION_LIMIT: the operation is too long, deep, wide or costly (HTTP 400, nothing ran).
 * - INTROSPECTION_DISABLED: the server does not answer `__schema` / `__type` (HTTP 400).
 * - DATABASE_UNAVAILABLE: Neo4j did not answer; retry later (the server recovers by itself).
 * - DATABASE_TIMEOUT: the query ran longer than the configured bound and was stopped.
 * - QUERY_TOO_LARGE: the query needed more memory than Neo4j allows one transaction, and was stopped.
 * - UNAUTHENTICATED, FORBIDDEN, CSRF_REFUSED, NOT_FOUND, CONFLICT, LOAD_REFUSED: editing (./review/errors.ts,
 *   ./plugins/use-write-protection.ts).
 * Anything else is masked as "Unexpected error." (INTERNAL_SERVER_ERROR) and logged with the request id.
 * Yoga's own request errors keep its codes (BAD_REQUEST, REQUEST_ENTITY_TOO_LARGE,
 * GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED).
 */
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'DATABASE_UNAVAILABLE'
  | 'DATABASE_TIMEOUT'
  | 'QUERY_TOO_LARGE'
  | 'OPERATION_LIMIT'
  | 'INTROSPECTION_DISABLED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF_REFUSED'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LOAD_REFUSED';

const EXPECTED = new Set<unknown>([
  'BAD_USER_INPUT',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
  'QUERY_TOO_LARGE',
  'OPERATION_LIMIT',
  'INTROSPECTION_DISABLED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CSRF_REFUSED',
  'NOT_FOUND',
  'CONFLICT',
  'LOAD_REFUSED',
]);

/** An argument the client must change: the message names it, and so does `extensions.argumentName`. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return createGraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/** A variable whose value does not fit its declared type (HTTP 400; nothing ran). */
export function badVariable(message: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

/** An operation beyond one of the limits of ./limits.ts (HTTP 400; nothing ran). */
export function operationLimit(message: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code: 'OPERATION_LIMIT', http: { status: 400 } },
  });
}

/** Introspection asked of a server configured without it (HTTP 400). */
export function introspectionDisabled(field: string): GraphQLError {
  return createGraphQLError(
    `Introspection is disabled on this server (the operation asks for "${field}").`,
    {
      extensions: { code: 'INTROSPECTION_DISABLED', http: { status: 400 } },
    },
  );
}

/** Neo4j is unreachable (stopped, restarting, network cut). */
export function databaseUnavailable(): GraphQLError {
  return createGraphQLError('The graph database is unavailable; try again shortly.', {
    extensions: { code: 'DATABASE_UNAVAILABLE' },
  });
}

/** The query ran longer than the query timeout and was stopped. */
export function databaseTimeout(timeoutMs: number): GraphQLError {
  return createGraphQLError(
    `The query took longer than ${timeoutMs} ms and was stopped; ask for less (smaller depth, limit or first).`,
    {
      extensions: { code: 'DATABASE_TIMEOUT' },
    },
  );
}

/** The query needed more memory than Neo4j allows one transaction. */
export function queryTooLarge(): GraphQLError {
  return createGraphQLError(
    'The query needed more memory than the database allows one query and was stopped; ask for less (smaller depth, limit or first).',
    { extensions: { code: 'QUERY_TOO_LARGE' } },
  );
}

/** True for a GraphQL error the API raised on purpose (it carries one of the codes above). */
export function isExpectedError(error: unknown): boolean {
  return EXPECTED.has((error as { extensions?: { code?: unknown } } | null)?.extensions?.code);
}
