/**
 * The server's part of a first load, phase by phase, on copies of one imported store: start,
 * constraints and indexes, stop, each in wall-clock and CPU seconds (the server's JVM, from /proc).
 * `--prepare` validates the synthetic graph and imports it once (offlineLoad) into DIR; each later
 * run copies DIR's store into a fresh home, starts the server (with `--jvm` options added), builds
 * the schema (`--schema finish`: finishBulkSchema as a first load does it; `--schema each`: every
 * statement in EXPECTED_INDEXES order, then applySchema, as the code before it did), stops the
 * server and prints one JSON line.
 *
 *   npx tsx --max-semi-space-size=64 test/bench/load/server-phases.ts --prepare [--dir DIR] [--nodes 334000]
 *   npx tsx test/bench/load/server-phases.ts [--dir DIR] [--schema finish|each] [--jvm=-XX:TieredStopAtLevel=1]
 *     [--conf name=value …] [--heap 1g] [--page-cache 2g]
 *
 * `--conf` adds a neo4j.conf setting (repeatable); `--heap` and `--page-cache` size the server.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { freePort, startLocalNeo4j } from '@policygraph/db';
import { applySchema, createStatement, EXPECTED_INDEXES } from '@policygraph/model';
import { finishBulkSchema, offlineLoad, syntheticGraph } from '@policygraph/synthetic';
import { cpuNow, cpuSince } from './process-tree.ts';

const { values } = parseArgs({
  options: {
    prepare: { type: 'boolean', default: false },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'policygraph-server-phases') },
    nodes: { type: 'string', default: '334000' },
    schema: { type: 'string', default: 'finish' },
    jvm: { type: 'string', default: '' },
    conf: { type: 'string', multiple: true, default: [] },
    heap: { type: 'string' },
    'page-cache': { type: 'string' },
  },
});
const seconds = (ms: number) => Math.round(ms) / 1000;

async function prepare(): Promise<void> {
  rmSync(values.dir, { recursive: true, force: true });
  const graph = syntheticGraph({ nodes: Number(values.nodes) });
  const cpu = cpuNow();
  const summary = await offlineLoad(() => graph.documents(), { home: values.dir });
  const used = cpuSince(cpu);
  console.log(
    JSON.stringify({
      relationships: summary.relationships,
      csvS: seconds(summary.csvMs),
      importS: seconds(summary.importMs),
      cpuS: { node: seconds(used.node), importer: seconds(used.children) },
    }),
  );
}

async function run(): Promise<void> {
  if (!['finish', 'each'].includes(values.schema)) throw new Error('--schema finish|each');
  const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-server-phases-'));
  try {
    cpSync(path.join(values.dir, 'data'), path.join(home, 'data'), { recursive: true });
    const jvmOptions = values.jvm.split(' ').filter((word) => word !== '');
    const settings = Object.fromEntries(
      values.conf.map((entry) => {
        const at = entry.indexOf('=');
        if (at < 1) throw new Error(`--conf ${entry}: expected name=value`);
        return [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
    const cpu = cpuNow();
    const started = performance.now();
    const server = await startLocalNeo4j({
      home,
      boltPort: await freePort(),
      jvmOptions,
      settings,
      heap: values.heap,
      pageCache: values['page-cache'],
      log: () => {},
    });
    const startCpu = cpuSince(cpu).children;
    const schemaStarted = performance.now();
    const driver = neo4j.driver(server.uri);
    try {
      if (values.schema === 'finish') await finishBulkSchema(driver);
      else {
        for (const index of EXPECTED_INDEXES)
          await driver.executeQuery(createStatement(index), {}, { routing: neo4j.routing.WRITE });
        await driver.executeQuery(
          'CALL db.awaitIndexes(3600)',
          {},
          {
            transactionConfig: { timeout: 3_700_000 },
          },
        );
        await applySchema(driver);
      }
    } finally {
      await driver.close();
    }
    const schemaCpu = cpuSince(cpu).children;
    const stopStarted = performance.now();
    await server.stop();
    const stopped = performance.now();
    const allCpu = cpuSince(cpu).children;
    console.log(
      JSON.stringify({
        schema: values.schema,
        jvm: jvmOptions,
        settings,
        heap: values.heap,
        pageCache: values['page-cache'],
        wallS: {
          start: seconds(schemaStarted - started),
          schema: seconds(stopStarted - schemaStarted),
          stop: seconds(stopped - stopStarted),
        },
        cpuS: {
          start: seconds(startCpu),
          schema: seconds(schemaCpu - startCpu),
          stop: seconds(allCpu - schemaCpu),
        },
        loadAverage: os.loadavg()[0],
      }),
    );
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

(values.prepare ? prepare() : run()).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
