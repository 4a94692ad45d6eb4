/**
 * Loading a stream of documents into the Neo4j the project uses, by the fastest path that keeps
 * the loader's guarantees: into an empty built-in server, through Neo4j's offline importer
 * (stopping the server for the import, then starting it as it was; a stopped home without a
 * store is empty without starting the server to ask); otherwise (NEO4J_URI names a
 * server of its own, the database holds data, or the documents state an entry twice) through
 * transactions (bulkLoad). Either way every document is validated before anything is written and
 * the schema is complete afterwards.
 */
import type { Driver } from 'neo4j-driver';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  connectionFromEnv,
  createDriver,
  ensureNeo4j,
  localLayout,
  localNeo4jStatus,
  SHORT_LIVED_JVM_OPTIONS,
  startLocalNeo4j,
  stopLocalNeo4j,
  type EnsuredNeo4j,
} from '@policygraph/db';
import type { ValidatedDocument } from '@policygraph/model';
import { bulkLoad, DEFAULT_CHUNK_NODES, type BulkLoadSummary } from './bulk-load.ts';
import { finishBulkSchema, prepareBulkSchema } from './bulk-schema.ts';
import { finishOfflineLoad } from './offline/finish-load.ts';
import { offlineLoad, type OfflineLoadSummary } from './offline/offline-load.ts';
import { RepeatedEntryError } from './offline/write-graph-csv.ts';

export interface LoadGraphOptions {
  /** `auto`: the offline importer when it applies; `never`: transactions always. @default 'auto' */
  offline?: 'auto' | 'never';
  /** Home of the built-in server. @default `.neo4j` (or NEO4J_LOCAL_HOME) */
  home?: string;
  chunkNodes?: number;
  log?: (line: string) => void;
}

/** Which path a load took, why, and its figures (milliseconds). */
export type LoadGraphResult =
  | {
      path: 'offline';
      summary: OfflineLoadSummary;
      listsMs: number;
      schemaMs: number;
      startMs: number;
    }
  | { path: 'transactions'; reason: string; summary: BulkLoadSummary; schemaMs: number };

/**
 * Loads `source()` (called up to three times; it must give the same documents each time) into
 * Neo4j: NEO4J_URI when set, else the built-in server (started if need be, and left running only
 * if it was running before).
 * @throws SeedValidationError (nothing written), SeedWriteError, DbError (IMPORT_FAILED leaves the
 *   store as it was).
 */
export async function loadGraph(
  source: () => Iterable<ValidatedDocument>,
  options: LoadGraphOptions = {},
): Promise<LoadGraphResult> {
  const log = options.log ?? (() => {});
  const wasRunning = localNeo4jStatus(options.home) !== null;
  let server: EnsuredNeo4j | null = null;
  let driver: Driver | null = null;
  try {
    let reason: string;
    if (options.offline !== 'never' && isUnusedHome(options.home)) {
      // No store yet, so nothing to find out by starting the server first.
      const offline = await loadOffline(source, options, { boltPort: undefined, wasRunning });
      ({ server, driver } = offline);
      if (offline.result) return offline.result;
      reason = offline.fallback;
    } else {
      server = await ensureNeo4j({ home: options.home, detached: false, log });
      driver = createDriver(server.connection);
      const database = server.connection.database;
      if (options.offline === 'never') reason = 'transactions were asked for';
      else if (!server.connection.local)
        reason =
          'NEO4J_URI names a server of its own; the offline importer needs the store on this machine with the server stopped';
      else if (await holdsData(driver, database))
        reason = 'the database already holds data (an incremental load)';
      else {
        const boltPort = localNeo4jStatus(options.home)?.boltPort;
        await driver.close();
        driver = null;
        await server.release();
        server = null;
        await stopLocalNeo4j(options.home);
        const offline = await loadOffline(source, options, { boltPort, wasRunning });
        ({ server, driver } = offline);
        if (offline.result) return offline.result;
        reason = offline.fallback;
      }
    }
    const database = server.connection.database;
    log(`Loading through transactions: ${reason}.`);
    await prepareBulkSchema(driver, { database });
    const summary = await bulkLoad(driver, source, {
      database,
      chunkNodes: options.chunkNodes ?? DEFAULT_CHUNK_NODES,
    });
    const schemaStarted = performance.now();
    await finishBulkSchema(driver, { database });
    return { path: 'transactions', reason, summary, schemaMs: performance.now() - schemaStarted };
  } finally {
    await driver?.close();
    await server?.release();
  }
}

/**
 * True when the built-in server of `home` is the one to load into (no NEO4J_URI), is stopped, and
 * has no store of its default database yet (a home never started, or never loaded): its database
 * is empty without asking a running server.
 */
function isUnusedHome(home: string | undefined): boolean {
  if (connectionFromEnv() !== null || localNeo4jStatus(home) !== null) return false;
  const data = localLayout(home).data;
  return !['databases', 'transactions'].some((dir) => existsSync(path.join(data, dir, 'neo4j')));
}

/**
 * The offline path on the stopped built-in server: offlineLoad, then the server started on the
 * store (left running, detached, only if it ran before), then finishOfflineLoad. When the
 * documents state an entry twice, nothing is imported and `fallback` says why (the caller loads
 * through transactions on the server returned).
 */
async function loadOffline(
  source: () => Iterable<ValidatedDocument>,
  options: LoadGraphOptions,
  found: { boltPort: number | undefined; wasRunning: boolean },
): Promise<{
  server: EnsuredNeo4j;
  driver: Driver;
  result: LoadGraphResult | null;
  fallback: string;
}> {
  const log = options.log ?? (() => {});
  let summary: OfflineLoadSummary | null = null;
  let fallback = '';
  let failure: Error | null = null;
  try {
    summary = await offlineLoad(source, {
      home: options.home,
      chunkNodes: options.chunkNodes,
      log,
    });
  } catch (error) {
    if (error instanceof RepeatedEntryError) fallback = error.message;
    else failure = error instanceof Error ? error : new Error(String(error));
  }
  // Started again as it was found (left running, detached, only if it ran before), also after a
  // failed import, which leaves the store as it was. A server that only populates the indexes and
  // stops gets the JVM flags of a short-lived one.
  const started = await startLocalNeo4j({
    home: options.home,
    boltPort: found.boltPort,
    detached: found.wasRunning,
    jvmOptions: !found.wasRunning && summary !== null ? [...SHORT_LIVED_JVM_OPTIONS] : [],
    log,
  });
  const server: EnsuredNeo4j = {
    connection: { uri: started.uri, local: true },
    startedHere: !found.wasRunning,
    release: found.wasRunning ? async () => {} : () => started.stop(),
  };
  const driver = createDriver(server.connection);
  try {
    if (failure !== null) throw failure;
    if (!summary) return { server, driver, result: null, fallback };
    const { listsMs, schemaMs } = await finishOfflineLoad(driver, summary.pending, {
      database: server.connection.database,
    });
    return {
      server,
      driver,
      result: { path: 'offline', summary, listsMs, schemaMs, startMs: started.startupMs },
      fallback,
    };
  } catch (error) {
    await driver.close();
    await server.release();
    throw error;
  }
}

/** True when the database holds at least one node. */
async function holdsData(driver: Driver, database: string | undefined): Promise<boolean> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN n LIMIT 1', {}, { database });
  return records.length > 0;
}
