/**
 * One first load of the synthetic graph the way `npm run synthetic` does it, through loadGraph
 * into a fresh home of its own (the built-in server stopped, no store yet), with the code of a
 * checkout (this one, or an earlier one given by `--code DIR`). Reports wall-clock and CPU
 * milliseconds of the whole load (this process and every JVM it starts), the phases loadGraph
 * reports, and the time outside them (for the earlier code, the server's start and stop that
 * found the database empty), then checks the store's counts. Run by offline-compare.ts
 * `--whole`, which prints the last line (JSON).
 *
 *   npx tsx test/bench/load/whole-load-run.ts --nodes 334000 [--code DIR]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type * as Db from '@policygraph/db';
import type * as Synthetic from '@policygraph/synthetic';
import { trackLoad } from '../machine.ts';
import {
  cpuNow,
  cpuSince,
  trackPeakMemory,
  type CpuSplit,
  type PeakMemory,
} from './process-tree.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What one whole load measured; milliseconds. */
export interface WholeLoadRun {
  code: string;
  path: string;
  nodes: number;
  relationships: number;
  totalMs: number;
  totalCpu: CpuSplit;
  /** Phases loadGraph reports (offline path), and the rest of the wall-clock time. */
  phases: {
    csvMs: number;
    importMs: number;
    startMs: number;
    listsMs: number;
    schemaMs: number;
    otherMs: number;
  };
  peakMemoryMb: PeakMemory;
  loadAverage: { min: number; mean: number; max: number };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      code: { type: 'string', default: root },
      nodes: { type: 'string', default: '334000' },
    },
  });
  const code = path.resolve(values.code);
  const at = (file: string) => pathToFileURL(path.join(code, file)).href;
  const synthetic = (await import(at('synthetic/src/index.ts'))) as typeof Synthetic;
  const db = (await import(at('db/src/index.ts'))) as typeof Db;
  const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-whole-load-'));
  rmSync(home, { recursive: true, force: true });
  // loadGraph starts the built-in server on NEO4J_LOCAL_BOLT_PORT; a free one, and no NEO4J_URI.
  process.env.NEO4J_LOCAL_BOLT_PORT = String(await db.freePort());
  delete process.env.NEO4J_URI;
  const graph = synthetic.syntheticGraph({ nodes: Number(values.nodes) });
  const load = trackLoad();
  const memory = trackPeakMemory();
  const cpu = cpuNow();
  const started = performance.now();
  try {
    const result = await synthetic.loadGraph(() => graph.documents(), {
      home,
      log: (line) => {
        if (/^\(\d\/\d\)|IMPORT DONE|Validated|Loading through/.test(line))
          console.error(`  ${line}`);
      },
    });
    const totalMs = Math.round(performance.now() - started);
    const totalCpu = cpuSince(cpu);
    if (result.path !== 'offline') throw new Error(`loadGraph took the ${result.path} path.`);
    const { summary } = result;
    const phases = {
      csvMs: Math.round(summary.csvMs),
      importMs: Math.round(summary.importMs),
      startMs: Math.round(result.startMs),
      listsMs: Math.round(result.listsMs),
      schemaMs: Math.round(result.schemaMs),
      otherMs: 0,
    };
    phases.otherMs =
      totalMs - phases.csvMs - phases.importMs - phases.startMs - phases.listsMs - phases.schemaMs;
    const run: WholeLoadRun = {
      code,
      path: result.path,
      nodes: summary.nodes,
      relationships: summary.relationships,
      totalMs,
      totalCpu,
      phases,
      peakMemoryMb: memory.stop(),
      loadAverage: load.stop(),
    };
    console.log(JSON.stringify(run));
  } finally {
    await db.stopLocalNeo4j(home);
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
