/**
 * Runs the queries built by ../cypher against Neo4j: each one an auto-commit read transaction
 * (`session.run` in a READ session, on the connection's database, with a transaction timeout),
 * bounded in time and run again after a transient error; converts every record at the one boundary
 * (`toPlain` of @policygraph/model) and maps driver errors (./errors.ts).
 *
 * Why auto-commit rather than the driver's managed transactions (`executeQuery`,
 * `session.executeRead`): a managed transaction sends BEGIN on its own, then RUN and PULL, then
 * COMMIT — three socket writes, three answers and two driver results for one query. An auto-commit
 * transaction sends RUN and PULL together: one write, one result. Every query here is a single
 * read, so the explicit transaction buys nothing; BENCHMARKS.md ("reads as auto-commit
 * transactions, before and after") measures the difference. What `executeQuery` adds besides —
 * running the query again after a transient error for a bounded time — is done here
 * (`runAgainFor`).
 */
import neo4j, { type Driver, type Record as Neo4jRecord } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/query.ts';
import { toPlain } from '@policygraph/model';
import { databaseTimeout } from '../errors.ts';
import { mapNeo4jError } from './errors.ts';

/** Reads from the graph. One call is one Cypher round trip (more only after a transient error). */
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
   * How long a query is run again after transient errors (Neo4j unreachable, a connection lost, a
   * database still starting), in milliseconds, counted from the first failure; 0 runs it once.
   * The same setting as the driver's `maxTransactionRetryTime` (NEO4J_RETRY_MS).
   */
  runAgainFor: number;
}

/** First pause before a query is run again, in milliseconds; each later pause doubles, ±20 %. */
const FIRST_PAUSE_MS = 100;
const LONGEST_PAUSE_MS = 1_000;

/**
 * True for an error after which the same read may succeed: what the driver itself would retry
 * (transient errors, a lost connection or session), but not a transaction's memory limit, which
 * would be hit again.
 */
function transient(error: unknown, timeoutMs: number): boolean {
  if (mapNeo4jError(error, timeoutMs)?.extensions.code === 'QUERY_TOO_LARGE') return false;
  return neo4j.isRetryableError(error);
}

const pause = (ms: number, stop: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    stop.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      stop.removeEventListener('abort', done);
      resolve();
    }
  });

/**
 * A GraphReader over one driver. Keeps no state besides the driver's connection pool.
 *
 * Each read is bounded by `queryTimeoutMs` twice over: Neo4j stops the transaction at that timeout,
 * and the reader itself gives up at the same time (runs after a transient error included),
 * answering DATABASE_TIMEOUT and closing the driver's session so that Neo4j releases the
 * transaction. A request the client abandons ends its reads the same way.
 */
export function createGraphReader({
  driver,
  database,
  queryTimeoutMs,
  runAgainFor,
}: GraphReaderOptions): GraphReader {
  /** One auto-commit read; its session is closed at once when `stop` aborts. */
  const runOnce = async (query: CypherQuery, stop: AbortSignal): Promise<Neo4jRecord[]> => {
    const session = driver.session({
      database,
      defaultAccessMode: neo4j.session.READ,
      // The bookmarks `executeQuery` writes leave, so a read follows the writes before it in a cluster.
      bookmarkManager: driver.executeQueryBookmarkManager,
    });
    const close = () => void session.close().catch(() => {});
    stop.addEventListener('abort', close, { once: true });
    try {
      const result = await session.run(query.cypher, query.params, { timeout: queryTimeoutMs });
      return result.records;
    } finally {
      stop.removeEventListener('abort', close);
      // A consumed result: closing only hands the connection back to the pool (no round trip).
      // A paused or unreachable Neo4j may never confirm the close of a failed one: not awaited.
      close();
    }
  };

  /** `runOnce`, run again after transient errors until `runAgainFor` has passed since the first. */
  const runWithRetries = async (query: CypherQuery, stop: AbortSignal) => {
    let firstFailure: number | undefined;
    let nextPause = FIRST_PAUSE_MS;
    for (;;) {
      try {
        return await runOnce(query, stop);
      } catch (error) {
        if (stop.aborted || !transient(error, queryTimeoutMs)) throw error;
        const now = performance.now();
        firstFailure ??= now;
        const wait = nextPause * (0.8 + Math.random() * 0.4);
        if (now + wait - firstFailure > runAgainFor) throw error;
        await pause(wait, stop);
        if (stop.aborted) throw error;
        nextPause = Math.min(nextPause * 2, LONGEST_PAUSE_MS);
      }
    }
  };

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
        const records = await Promise.race([runWithRetries(query, abort.signal), bound]);
        return records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
      } catch (error) {
        throw mapNeo4jError(error, queryTimeoutMs) ?? error;
      } finally {
        clearTimeout(timer);
        if (stopWaiting) signal?.removeEventListener('abort', stopWaiting);
      }
    },
  };
}
