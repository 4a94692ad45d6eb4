/**
 * Runs the queries built by ../cypher against Neo4j: always `executeQuery` with `routing: READ`,
 * the connection's database, a transaction timeout and the request's abort signal; converts every
 * record at the one boundary (./convert.ts) and maps driver errors (./errors.ts).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CypherQuery } from '../cypher/query.ts';
import { toPlain } from './convert.ts';
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

/** A GraphReader over one driver. Keeps no state besides the driver's connection pool. */
export function createGraphReader({ driver, database, queryTimeoutMs }: GraphReaderOptions): GraphReader {
  return {
    async read(query, signal) {
      try {
        const result = await driver.executeQuery(query.cypher, query.params, {
          routing: neo4j.routing.READ,
          database,
          transactionConfig: { timeout: queryTimeoutMs },
          ...(signal ? { signal } : {}),
        });
        return result.records.map((record) => toPlain(record.toObject()) as Record<string, unknown>);
      } catch (error) {
        throw mapNeo4jError(error, queryTimeoutMs) ?? error;
      }
    },
  };
}
