import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { DbError } from './errors.ts';
import { findJava } from './java.ts';
import { installNeo4j } from './install.ts';
import { DEFAULT_SETTINGS, jvmArgs, renderNeo4jConf } from './neo4j-conf.ts';
import { localLayout } from './paths.ts';
import { isPortInUse } from './port.ts';

/** What to start: a Neo4j home folder (conf/, data/, logs/) and its Bolt port and memory. */
export interface StartOptions {
  /** Home folder; the store lives in `<home>/data`. Default: `.neo4j` in the project. */
  home?: string;
  /** Bolt port on 127.0.0.1. Default NEO4J_LOCAL_BOLT_PORT or 7687. */
  boltPort?: number;
  heap?: string;
  pageCache?: string;
  /** Keep running after this Node process exits (for `npm run db:start`). Default false. */
  detached?: boolean;
  /** How long to wait for Bolt to answer, in milliseconds. Default 120000. */
  timeoutMs?: number;
  /** JVM options added after the stock ones (jvmArgs), e.g. for a short-lived server. */
  jvmOptions?: string[];
  /** neo4j.conf settings added after the built-in ones (renderNeo4jConf's `extra`), name to value. */
  settings?: Readonly<Record<string, string>>;
  log?: (line: string) => void;
}

/** A started local Neo4j. `stop()` shuts it down cleanly (SIGTERM, then SIGKILL after 30 s). */
export interface LocalNeo4j {
  uri: string;
  boltPort: number;
  pid: number;
  home: string;
  /** Milliseconds from spawning the JVM to Bolt answering a query. */
  startupMs: number;
  stop(): Promise<void>;
}

/**
 * Starts Neo4j Community (resolving its jars on first use) as a child JVM on Java 17 and resolves
 * once Bolt answers a query.
 * @throws DbError PORT_IN_USE, STORE_LOCKED, JAVA_MISSING, START_FAILED (with the log's last lines)
 *   or START_TIMEOUT.
 */
export async function startLocalNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  const log = options.log ?? console.error;
  const layout = localLayout(options.home);
  const boltPort =
    options.boltPort ?? Number(process.env.NEO4J_LOCAL_BOLT_PORT ?? DEFAULT_SETTINGS.boltPort);
  const heap = options.heap ?? DEFAULT_SETTINGS.heap;
  const java = findJava();
  const lib = await installNeo4j(log);

  const running = readPidFile(layout.pidFile);
  if (running && isAlive(running.pid)) {
    throw new DbError(
      'STORE_LOCKED',
      `The store in ${layout.data} is in use by another Neo4j (pid ${running.pid}, Bolt port ${running.boltPort}). ` +
        'Stop it with `npm run db:stop`, or point NEO4J_URI at it.',
    );
  }
  if (await isPortInUse(boltPort)) {
    throw new DbError(
      'PORT_IN_USE',
      `Port ${boltPort} on 127.0.0.1 is already in use. Stop what listens there, or choose another port with ` +
        'NEO4J_LOCAL_BOLT_PORT=7688 (or set NEO4J_URI to use a Neo4j that is already running).',
    );
  }

  for (const dir of [layout.data, layout.logs, layout.conf, path.dirname(layout.pidFile)]) {
    mkdirSync(dir, { recursive: true });
  }
  writeFileSync(
    path.join(layout.conf, 'neo4j.conf'),
    renderNeo4jConf({
      boltPort,
      dataDir: layout.data,
      logsDir: layout.logs,
      heap,
      pageCache: options.pageCache ?? DEFAULT_SETTINGS.pageCache,
      extra: options.settings,
    }),
  );

  const consoleLog = path.join(layout.logs, 'console.log');
  const out = openSync(consoleLog, 'a');
  const userLog = path.join(layout.logs, 'neo4j.log');
  const logOffsets = new Map(
    [consoleLog, userLog].map((file) => [file, existsSync(file) ? statSync(file).size : 0]),
  );
  const started = Date.now();
  const child = spawn(
    java.bin,
    [
      ...jvmArgs(heap),
      ...(options.jvmOptions ?? []),
      '-cp',
      `${lib}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${layout.home}`,
      `--config-dir=${layout.conf}`,
    ],
    { stdio: ['ignore', out, out], detached: options.detached ?? false, cwd: layout.home },
  );
  const pid = child.pid;
  if (pid === undefined) throw new DbError('START_FAILED', `Could not spawn ${java.bin}.`);
  writeFileSync(
    layout.pidFile,
    JSON.stringify({ pid, boltPort, startedAt: new Date().toISOString() }),
  );
  if (options.detached) child.unref();

  const uri = `bolt://127.0.0.1:${boltPort}`;
  try {
    await waitForBolt(uri, child, options.timeoutMs ?? 120_000, () => failureReason(logOffsets));
  } catch (error) {
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    clearPidFile(layout.pidFile, pid);
    throw error;
  }
  const startupMs = Date.now() - started;
  return {
    uri,
    boltPort,
    pid,
    home: layout.home,
    startupMs,
    stop: () => stopProcess(pid, layout.pidFile),
  };
}

/** Stops the Neo4j recorded in the home's pid file, if any. Returns false when none was running. */
export async function stopLocalNeo4j(home?: string): Promise<boolean> {
  const layout = localLayout(home);
  const running = readPidFile(layout.pidFile);
  if (!running || !isAlive(running.pid)) {
    clearPidFile(layout.pidFile);
    return false;
  }
  await stopProcess(running.pid, layout.pidFile);
  return true;
}

/** The running local Neo4j of a home folder (pid and port), or null. */
export function localNeo4jStatus(
  home?: string,
): { pid: number; boltPort: number; startedAt: string } | null {
  const running = readPidFile(localLayout(home).pidFile);
  return running && isAlive(running.pid) ? running : null;
}

async function stopProcess(pid: number, pidFile: string): Promise<void> {
  if (isAlive(pid)) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 30_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    while (isAlive(pid)) await sleep(50);
  }
  clearPidFile(pidFile, pid);
}

async function waitForBolt(
  uri: string,
  child: ChildProcess,
  timeoutMs: number,
  reason: () => string,
): Promise<void> {
  let exited: number | null = null;
  child.once('exit', (code) => {
    exited = code ?? -1;
  });
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, undefined, {
    connectionTimeout: 2000,
    maxConnectionPoolSize: 1,
  });
  try {
    while (Date.now() < deadline) {
      if (exited !== null) {
        const why = reason();
        const locked = STORE_LOCK_PATTERN.test(why);
        throw new DbError(
          locked ? 'STORE_LOCKED' : 'START_FAILED',
          locked
            ? `The Neo4j store is locked by another process. Stop the other Neo4j using it (npm run db:stop).\n${why}`
            : `Neo4j exited with code ${String(exited)} before Bolt answered.\n${why}`,
        );
      }
      try {
        await driver.executeQuery('RETURN 1');
        return;
      } catch {
        const why = reason();
        if (STORE_LOCK_PATTERN.test(why)) {
          throw new DbError(
            'STORE_LOCKED',
            `The Neo4j store is locked by another process. Stop the other Neo4j using it (npm run db:stop).\n${why}`,
          );
        }
        await sleep(500);
      }
    }
    throw new DbError(
      'START_TIMEOUT',
      `Neo4j did not answer on ${uri} within ${timeoutMs / 1000} s.\n${reason()}`,
    );
  } finally {
    await driver.close();
  }
}

/** The lines this start wrote to Neo4j's console and user logs (from the given offsets) that explain a failure. */
function failureReason(logOffsets: Map<string, number>): string {
  const lines: string[] = [];
  for (const [file, from] of logOffsets) {
    if (!existsSync(file)) continue;
    const text = readFileSync(file).subarray(from).toString('utf8').split('\n');
    lines.push(
      ...text
        .filter((line) => /ERROR|Exception/.test(line) || STORE_LOCK_PATTERN.test(line))
        .slice(-6),
    );
  }
  return lines.length > 0
    ? lines.join('\n')
    : `See ${[...logOffsets.keys()].join(' and ')} for details.`;
}

function readPidFile(file: string): { pid: number; boltPort: number; startedAt: string } | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as {
      pid: number;
      boltPort: number;
      startedAt: string;
    };
  } catch {
    return null;
  }
}

function clearPidFile(file: string, pid?: number): void {
  const running = readPidFile(file);
  if (running && (pid === undefined || running.pid === pid)) writeFileSync(file, '');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** How Neo4j reports a store that another process holds open. */
const STORE_LOCK_PATTERN =
  /StoreLockException|FileLockException|already locked|Unable to obtain lock/i;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
