/**
 * The stack a benchmark measures, on loopback only: Neo4j (NEO4J_URI when set, else a throwaway
 * built-in one on a free port, deleted afterwards), the seed graph, and the API server in its own
 * process (on 127.0.0.1 and a free port), started as `npm start` runs it in production (`stack/api-entry.ts`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import {
  connectionFromEnv,
  createDriver,
  freePort,
  projectRoot,
  startLocalNeo4j,
  type Neo4jConnection,
} from '@policygraph/db';
import { seedDatabase } from '@policygraph/graph-seed';
import { seedIfMissing } from '@policygraph/server';
import { apiCommand } from './stack/api-entry.ts';

export interface BenchStack {
  /** Base URL of the server, e.g. http://127.0.0.1:43121 */
  url: string;
  /** Process id of the server (for its resident memory). */
  serverPid: number;
  /** Where Neo4j is, e.g. bolt://127.0.0.1:40123 (a throwaway one) or NEO4J_URI. */
  neo4jUri: string;
  /** Stops the server, then the throwaway Neo4j. */
  stop(): Promise<void>;
}

/** Resident memory of a process in MiB (Linux /proc). */
export function residentMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function waitForReady(
  url: string,
  server: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the server exited with code ${server.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server was not ready after ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts Neo4j (or uses NEO4J_URI), loads the seed graph, and starts the server.
 * @param env extra environment for the server (e.g. NEO4J_QUERY_TIMEOUT_MS)
 */
export async function startBenchStack(env: Record<string, string> = {}): Promise<BenchStack> {
  const external = connectionFromEnv();
  let connection: Neo4jConnection;
  let stopNeo4j = async () => {};
  if (external) {
    connection = external;
  } else {
    const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-neo4j-'));
    const neo4j = await startLocalNeo4j({
      home,
      boltPort: await freePort(),
      heap: '768m',
      pageCache: '256m',
      log: () => {},
    });
    connection = { uri: neo4j.uri, local: true };
    stopNeo4j = async () => {
      await neo4j.stop();
      rmSync(home, { recursive: true, force: true });
    };
  }
  const driver = createDriver(connection);
  try {
    if (external) await seedIfMissing(driver, connection.database, pino({ level: 'silent' }));
    else await seedDatabase(driver, { database: connection.database });
  } finally {
    await driver.close();
  }

  const port = await freePort();
  const serverEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NEO4J_URI: connection.uri,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    SEED_ON_START: 'false',
    CLIENT_DIST: path.join(os.tmpdir(), 'policygraph-bench-no-explorer'),
    ...env,
  };
  delete serverEnv.INIT_CWD;
  if (!external)
    for (const name of ['NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE']) delete serverEnv[name];
  const api = apiCommand(projectRoot);
  const server = spawn(api.command, api.args, {
    cwd: projectRoot,
    env: serverEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + String(chunk)).slice(-20_000);
  };
  server.stdout.on('data', keep);
  server.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (server.exitCode === null) server.kill('SIGKILL');
    }
    await stopNeo4j();
  };
  try {
    await waitForReady(url, server, () => output, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, serverPid: server.pid!, neo4jUri: connection.uri, stop };
}
