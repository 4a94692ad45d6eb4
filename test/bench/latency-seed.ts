/**
 * Latency of the main root fields on the seed graph: p50 and p95 of search, neighborhood (depth 1
 * and 2) and paths, each run sequentially through the app (`yoga.fetch`, so HTTP parsing is
 * included but no network), after a warm-up.
 *
 *   npx tsx test/bench/latency-seed.ts [--runs 200] [--warmup 20]
 *
 * Neo4j: NEO4J_URI when set (the seed is loaded only if missing; nothing is deleted), else a
 * throwaway built-in Neo4j on a free port, wiped and seeded, stopped at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import {
  connectionFromEnv,
  createDriver,
  freePort,
  startLocalNeo4j,
  type Neo4jConnection,
} from '@policygraph/db';
import { seedDatabase } from '@policygraph/graph-seed';
import { createApp, seedIfMissing } from '@policygraph/server';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '200' }, warmup: { type: 'string', default: '20' } },
});
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);

const CASES: { name: string; query: string }[] = [
  {
    name: 'search "Commerce"',
    query: '{ search(text: "Commerce") { score matchedName node { id kind name } } }',
  },
  {
    name: 'search "商务部"',
    query: '{ search(text: "商务部") { score matchedName node { id kind name } } }',
  },
  {
    name: 'neighborhood depth 1',
    query:
      '{ neighborhood(ids: ["mofcom"], depth: 1) { truncated nodes { id kind name } relationships { id type source target evidence { quote start end document { id title } } } } }',
  },
  {
    name: 'neighborhood depth 2',
    query:
      '{ neighborhood(ids: ["mofcom"], depth: 2) { truncated nodes { id kind name } relationships { id type source target evidence { quote start end document { id title } } } } }',
  },
  {
    name: 'paths wsj→amazon (maxHops 4, first 3)',
    query:
      '{ paths(from: "wsj", to: "amazon", maxHops: 4, first: 3) { nodes { id kind name } relationships { id type source target evidence { quote start end document { id title } } } } }',
  },
];

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function main(): Promise<void> {
  const external = connectionFromEnv();
  let connection: Neo4jConnection;
  let stop = async () => {};
  if (external) {
    connection = external;
  } else {
    const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-bench-neo4j-'));
    const server = await startLocalNeo4j({
      home,
      boltPort: await freePort(),
      heap: '768m',
      pageCache: '256m',
      log: () => {},
    });
    connection = { uri: server.uri, local: true };
    stop = async () => {
      await server.stop();
      rmSync(home, { recursive: true, force: true });
    };
  }
  const driver = createDriver(connection);
  try {
    if (external) await seedIfMissing(driver, connection.database, pino({ level: 'silent' }));
    else await seedDatabase(driver, { database: connection.database });
    const { yoga } = createApp({ driver, connection, logger: pino({ level: 'silent' }) });
    console.log(
      `Neo4j ${connection.uri}; ${RUNS} runs per query after ${WARMUP} warm-up runs; Node ${process.version}, ${os.cpus().length} CPUs`,
    );
    console.log(
      'query'.padEnd(40),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'mean ms'.padStart(8),
    );
    for (const { name, query } of CASES) {
      const times: number[] = [];
      for (let i = 0; i < WARMUP + RUNS; i += 1) {
        const started = performance.now();
        const response = await yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        });
        const body = (await response.json()) as { errors?: unknown };
        if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
        if (i >= WARMUP) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const mean = times.reduce((sum, t) => sum + t, 0) / times.length;
      console.log(
        name.padEnd(40),
        percentile(times, 50).toFixed(1).padStart(8),
        percentile(times, 95).toFixed(1).padStart(8),
        mean.toFixed(1).padStart(8),
      );
    }
  } finally {
    await driver.close();
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
