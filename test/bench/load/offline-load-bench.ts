/**
 * The offline half of the bulk-load benchmark: the synthetic graph loaded into a fresh store
 * through Neo4j's offline importer (offlineLoad: validation and CSV in one pass, then
 * `neo4j-admin database import full`), the server started on it, and finishOfflineLoad (the empty
 * lists the importer skips, then every constraint and index). Each step is timed; the store is
 * the one the API benchmark then reads.
 */
import { rmSync } from 'node:fs';
import { stopLocalNeo4j } from '@policygraph/db';
import {
  finishOfflineLoad,
  offlineLoad,
  type SizeName,
  type SyntheticGraph,
} from '@policygraph/synthetic';
import { trackLoad } from '../machine.ts';
import { openStore, storeCounts, storeHome, type BenchStore } from '../stack/bench-store.ts';

/** Milliseconds of each step of an offline load, and its throughput over the whole. */
export interface OfflineBenchResult {
  nodes: number;
  relationships: number;
  /** Generating, validating and writing the CSV files (one pass). */
  csvMs: number;
  /** Validation alone, within csvMs. */
  validateMs: number;
  importMs: number;
  /** Starting Neo4j on the imported store until Bolt answers. */
  startMs: number;
  /** Setting the empty lists the importer skips. */
  listsMs: number;
  /** Creating and populating every constraint and index. */
  schemaMs: number;
  /** All of the above: from the first document to a store ready for the API. */
  totalMs: number;
  relationshipsPerSecond: number;
  loadAverage: { min: number; mean: number; max: number };
}

/** Loads `graph` offline into the fresh store of `size`; returns its figures and the running store. */
export async function runOfflineLoadBench(
  graph: SyntheticGraph,
  size: SizeName,
  options: { keep: boolean; log: (line: string) => void },
): Promise<{ result: OfflineBenchResult; store: BenchStore }> {
  const home = storeHome(size);
  await stopLocalNeo4j(home);
  rmSync(home, { recursive: true, force: true });
  const tracker = trackLoad();
  const started = performance.now();
  const summary = await offlineLoad(() => graph.documents(), {
    home,
    log: (line) => {
      if (/^\(\d\/\d\)|IMPORT DONE|Validated/.test(line)) options.log(`  ${line}`);
    },
  });
  const starting = performance.now();
  const store = await openStore(size, { keep: options.keep, log: options.log });
  const startMs = performance.now() - starting;
  try {
    const { listsMs, schemaMs } = await finishOfflineLoad(store.driver, summary.pending);
    const totalMs = performance.now() - started;
    const loadAverage = tracker.stop();
    const counts = await storeCounts(store.driver);
    if (counts.nodes !== summary.nodes || counts.relationships !== summary.relationships)
      throw new Error(
        `The offline store holds ${counts.nodes} nodes and ${counts.relationships} relationships; ${summary.nodes} and ${summary.relationships} were written.`,
      );
    store.writeMarker({ size, seed: graph.seed, ...counts, loadedAt: new Date().toISOString() });
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    options.log(
      `Offline: CSV ${seconds(summary.csvMs)} s (validation ${seconds(summary.validateMs)} s), import ${seconds(summary.importMs)} s, ` +
        `start ${seconds(startMs)} s, empty lists ${seconds(listsMs)} s, indexes ${seconds(schemaMs)} s; total ${seconds(totalMs)} s.`,
    );
    return {
      store,
      result: {
        nodes: summary.nodes,
        relationships: summary.relationships,
        csvMs: Math.round(summary.csvMs),
        validateMs: Math.round(summary.validateMs),
        importMs: Math.round(summary.importMs),
        startMs: Math.round(startMs),
        listsMs: Math.round(listsMs),
        schemaMs: Math.round(schemaMs),
        totalMs: Math.round(totalMs),
        relationshipsPerSecond: Math.round(summary.relationships / (totalMs / 1000)),
        loadAverage,
      },
    };
  } catch (error) {
    await store.close(false);
    throw error;
  }
}
