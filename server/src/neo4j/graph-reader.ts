/**
 * Runs the queries built by ../cypher against Neo4j: always `executeQuery` with `routing: READ`,
 * the connection's database and a transaction timeout, bounded in time; converts every
 * record at the one boundary (`toPlain` of @policygraph/model) and maps driver errors (./errors.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/query.ts';
import { toPlain } from '@policygraph/model';
import { databaseTimeout } from '../errors.ts';
import { mapNeo4jError } from './errors.ts';

/** Reads from the graph. One call is one Cypher round trip. */
export interface GraphReader {
  /**
   * Runs a read query and returns its records as plain objects (column name → value).
   * @throws GraphQLError DATABASE_UNAVAILABLE / DATABASE_TIMEOUT, or the driver's error for anything else.
   */
  read(query: CypherQuery, signal?: AbortSignal): Promise<Record<string, unknown>[]>;
}

export interface GraphReaderOptions {
  driver: Driver;
  /** Database name; undefined for the server's default. */
  database?: string;
  /** Transaction timeout in milliseconds. */
  queryTimeoutMs: number;
}

/**
 * A GraphReader over one driver. Keeps no state besides the driver's connection pool.
 *
 * Each read is bounded by `queryTimeoutMs` twice over: Neo4j stops the transaction at that timeout,
 * and the reader itself gives up at the same time (the driver's retries of transient errors
 * included), answering DATABASE_TIMEOUT and aborting the driver's session so that Neo4j releases the
 * transaction. A request the client abandons aborts its reads the same way.
 */
export function createGraphReader({
  driver,
  database,
  queryTimeoutMs,
}: GraphReaderOptions): GraphReader {
  return {
    async read(query, signal) {
      const abort = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      let stopWaiting: (() => void) | undefined;
      // Rejects at the deadline or when the request is abandoned, whatever the driver does meanwhile.
      const bound = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          reject(databaseTimeout(queryTimeoutMs));
          abort.abort();
        }, queryTimeoutMs);
        stopWaiting = () => {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- forwards the caller's abort reason unchanged
          reject(signal?.reason ?? new Error('The request was abandoned.'));
          abort.abort();
        };
        if (signal?.aborted) stopWaiting();
        else signal?.addEventListener('abort', stopWaiting, { once: true });
      });
      try {
        const result = await Promise.race([
          driver.executeQuery(query.cypher, query.params, {
            routing: neo4j.routing.READ,
            database,
            transactionConfig: { timeout: queryTimeoutMs },
            signal: abort.signal,
          }),
          bound,
        ]);
        return result.records.map(
          (record) => toPlain(record.toObject()) as Record<string, unknown>,
        );
      } catch (error) {
        throw mapNeo4jError(error, queryTimeoutMs) ?? error;
      } finally {
        clearTimeout(timer);
        if (stopWaiting) signal?.removeEventListener('abort', stopWaiting);
      }
    },
  };
}
