/**
 * The HTTP servers of the API benchmark, each in a process of its own: our API (started as the
 * checkout's `npm start` would, `api-entry.ts`, without seeding and with request logging off) and the
 * peer (peer/peer-server.ts), both on free ports over the benchmark's Neo4j.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '@policygraph/db';
import { apiCommand, type ApiCommand } from './api-entry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TSX = path.join(root, 'node_modules', '.bin', 'tsx');

/** A running server: its GraphQL URL and how to stop it. */
export interface RunningServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

async function waitForGraphql(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs = 120_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`No answer from ${url} within ${timeoutMs / 1000} s:\n${output()}`);
}

function spawnOptions(env: Record<string, string>, port: number, cwd = root) {
  return {
    cwd,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'] as ('ignore' | 'pipe')[],
  };
}

async function start(
  command: ApiCommand,
  env: Record<string, string>,
  cwd = root,
): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(command.command, command.args, spawnOptions(env, port, cwd));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitForGraphql(url, child, () => output);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
  };
}

/**
 * Our API over `neo4jUri`: no seeding, no GraphiQL, warnings only in its log. The load generator
 * stands for many clients from one address, so the per-client fairness limits (2 requests at once,
 * 32 connections by default) are raised out of its way. `nodeArgs` go to Node (e.g. `--cpu-prof`;
 * with any, the server runs in the process whose id is `pid`); `cwd` runs another checkout's server.
 */
export function startApi(
  neo4jUri: string,
  env: Record<string, string> = {},
  nodeArgs: string[] = [],
  cwd = root,
): Promise<RunningServer> {
  return start(
    apiCommand(cwd, nodeArgs),
    {
      ...env,
      NEO4J_URI: neo4jUri,
      SEED_ON_START: 'false',
      GRAPHIQL: 'false',
      LOG_LEVEL: 'warn',
      LOG_FORMAT: 'json',
      CLIENT_MAX_IN_FLIGHT: '1000',
      CLIENT_MAX_QUEUED: '100000',
      CLIENT_MAX_CONNECTIONS: '1000',
    },
    cwd,
  );
}

/** The peer over `neo4jUri`. */
export function startPeer(neo4jUri: string, nodeArgs: string[] = []): Promise<RunningServer> {
  const script = 'test/bench/peer/peer-server.ts';
  // With Node flags, Node runs the script itself (tsx as its loader), so the flags reach the
  // server's own process rather than tsx's launcher.
  const command =
    nodeArgs.length > 0
      ? { command: process.execPath, args: ['--import', 'tsx', ...nodeArgs, script] }
      : { command: TSX, args: [script] };
  return start(command, { NEO4J_URI: neo4jUri });
}
