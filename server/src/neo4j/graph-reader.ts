/**
 * Runs the queries built by ../cypher against Neo4j: each one an auto-commit read (`session.run` in
 * a READ session: one message and one round trip, where a managed transaction sends BEGIN, RUN and
 * COMMIT as three), on the connection's database with a transaction timeout, bounded in time and
 * retried on transient errors; converts every record at the one boundary (./convert.ts) and maps
 * driver errors (./errors.ts).
 */
import neo4j, { type Driver, type QueryResult } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/query.ts';
import { toPlain } from './convert.ts';
import { databaseTimeout } from '../errors.ts';
import { mapNeo4jError } from './errors.ts';

/** Reads from the graph. One call is one Cypher round trip (more only when retried). */
export interface GraphReader {
  /**
   * Runs a read query and returns its records as plain objects (column name → value).
   * @throws GraphQLError DATABASE_UNAVAILABLE / DATABASE_TIMEOUT / QUERY_TOO_LARGE, or the driver's
   *   error for anything else.
   */
  read(query: CypherQuery, signal?: AbortSignal): Promise<Record<string, unknown>[]>;
}

export interface GraphReaderOptions {
  driver: Driver;
  /** Database name; undefined for the server's default. */
  database?: string;
  /** Transaction timeout in milliseconds. */
  queryTimeoutMs: number;
  /**
   * How long a read keeps being retried after transient errors (a cluster member going away, a
   * deadlock), in milliseconds; never past `queryTimeoutMs`. @default 2000
   */
  retryMs?: number;
}

/** First wait before retrying a transient error, doubled each time, in milliseconds. */
const FIRST_RETRY_DELAY_MS = 50;

/** True for an error worth running the query again for (not a memory limit: it would fail again). */
function retryable(error: unknown, timeoutMs: number): boolean {
  if (!neo4j.isRetryableError(error as Error)) return false;
  return mapNeo4jError(error, timeoutMs)?.extensions.code !== 'QUERY_TOO_LARGE';
}

/**
 * A GraphReader over one driver. Keeps no state besides the driver's connection pool.
 *
 * Each read is bounded by `queryTimeoutMs` twice over: Neo4j stops the transaction at that timeout,
 * and the reader itself gives up at the same time (retries included), answering DATABASE_TIMEOUT
 * and closing the driver's session so that Neo4j releases the transaction. A request the client
 * abandons ends its reads the same way.
 */
export function createGraphReader({
  driver,
  database,
  queryTimeoutMs,
  retryMs = 2_000,
}: GraphReaderOptions): GraphReader {
  const once = (
    query: CypherQuery,
    stopped: Promise<never>,
    onStop: (close: () => void) => void,
  ) => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    onStop(() => void session.close());
    const run = Promise.resolve(
      session.run(query.cypher, query.params, {
        timeout: queryTimeoutMs,
      }) as unknown as Promise<QueryResult>,
    );
    // Once answered, the connection goes back to the pool before the caller goes on; once stopped,
    // the session is closed without waiting (a paused or unreachable Neo4j may never confirm it).
    return Promise.race([run, stopped]).then(
      async (result) => {
        await session.close();
        return result;
      },
      (error: unknown) => {
        void session.close();
        throw error;
      },
    );
  };
  return {
    async read(query, signal) {
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      let stopWaiting: (() => void) | undefined;
      let closeSession: (() => void) | undefined;
      // Rejects at the deadline or when the request is abandoned, whatever the driver does meanwhile.
      const stopped = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          reject(databaseTimeout(queryTimeoutMs));
          closeSession?.();
        }, queryTimeoutMs);
        stopWaiting = () => {
          reject(signal?.reason ?? new Error('The request was abandoned.'));
          closeSession?.();
        };
        if (signal?.aborted) stopWaiting();
        else signal?.addEventListener('abort', stopWaiting, { once: true });
      });
      stopped.catch(() => {}); // observed by the race below; never unhandled
      try {
        for (let attempt = 0; ; attempt += 1) {
          try {
            const result = await once(query, stopped, (close) => (closeSession = close));
            return result.records.map(
              (record) => toPlain(record.toObject()) as Record<string, unknown>,
            );
          } catch (error) {
            const delay = FIRST_RETRY_DELAY_MS * 2 ** attempt;
            const elapsed = Date.now() - started;
            if (
              !retryable(error, queryTimeoutMs) ||
              elapsed + delay > Math.min(retryMs, queryTimeoutMs)
            )
              throw error;
            await Promise.race([new Promise((resolve) => setTimeout(resolve, delay)), stopped]);
          }
        }
      } catch (error) {
        throw mapNeo4jError(error, queryTimeoutMs) ?? error;
      } finally {
        clearTimeout(timer);
        if (stopWaiting) signal?.removeEventListener('abort', stopWaiting);
      }
    },
  };
}
