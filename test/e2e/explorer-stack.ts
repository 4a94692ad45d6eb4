/**
 * The whole stack for the end-to-end tests: the throwaway Neo4j of the global set-up, wiped and
 * seeded with the project's seed graph, and the real server (`createApp` on a free port) serving
 * the built explorer (client/dist, built here when missing) and the GraphQL API.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { createDriver, freePort } from '@policygraph/db';
import { seedDatabase } from '@policygraph/graph-seed';
import { createApp, createLogger } from '@policygraph/server';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built explorer the server serves. */
export const CLIENT_DIST = path.join(root, 'client', 'dist');

export interface ExplorerStack {
  /** `http://127.0.0.1:<port>`, serving the explorer at `/` and the API at `/graphql`. */
  baseUrl: string;
  driver: Driver;
  /** Runs a GraphQL query against the live API (for expected values, never hard-coded). */
  graphql: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  close: () => Promise<void>;
}

/** Builds the client when client/dist has no index.html (`npm run test:e2e` builds it first). */
function ensureClientBuilt(): void {
  if (existsSync(path.join(CLIENT_DIST, 'index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit' });
}

/** Who may edit: editors as `POLICYGRAPH_EDITOR_TOKENS` gives them (none: the API is read-only). */
export interface StackOptions {
  editors?: { name: string; token: string }[];
  /** How long reads are run again after transient errors (AppOptions.retryMs). */
  retryMs?: number;
}

/** Wipes and seeds the test database, and starts the server; `close` stops it and the driver. */
export async function startExplorerStack(options: StackOptions = {}): Promise<ExplorerStack> {
  ensureClientBuilt();
  const driver = testDriver();
  const { database } = testConnection();
  await wipeDatabase(driver);
  await seedDatabase(driver, { database });
  return serve(driver, database, options);
}

/**
 * The server with a driver pointing at a port where no Neo4j listens: every query fails as the
 * database being unavailable, as when Neo4j is down.
 */
export async function startStackWithoutDatabase(): Promise<ExplorerStack> {
  ensureClientBuilt();
  const port = await freePort();
  const driver = createDriver(
    { uri: `bolt://127.0.0.1:${port}`, local: true },
    { maxTransactionRetryTime: 0 },
  );
  return serve(driver, undefined, { retryMs: 0 });
}

async function serve(
  driver: Driver,
  database: string | undefined,
  options: StackOptions = {},
): Promise<ExplorerStack> {
  const { yoga } = createApp({
    driver,
    ...(options.editors ? { editors: options.editors } : {}),
    ...(options.retryMs === undefined ? {} : { retryMs: options.retryMs }),
    connection: { database },
    logger: createLogger('silent'),
    clientDist: CLIENT_DIST,
    graphiql: false,
  });
  const server: Server = createServer((request, response) => void yoga(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    driver,
    graphql: async <T>(query: string, variables: Record<string, unknown> = {}) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data)
        throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await driver.close();
    },
  };
}
