/**
 * The bulk-load benchmark of one size: the synthetic graph written twice into fresh stores, first
 * as raw batches straight through neo4j-driver (raw-load.ts), then by bulkLoad (validation of every
 * chunk first, then the same batches with the kind-conflict check and verified counts), whose
 * store is kept for the API benchmark. Both start with the write-path indexes only; the remaining
 * indexes are built after ours (timed apart).
 */
import {
  finishBulkSchema,
  prepareBulkSchema,
  bulkLoad,
  type SizeName,
  type SyntheticGraph,
} from '@policygraph/synthetic';
import { trackLoad } from '../machine.ts';
import { openStore, storeCounts, type BenchStore } from '../stack/bench-store.ts';
import { rawLoad } from './raw-load.ts';

export interface LoadBenchResult {
  size: SizeName;
  seed: number;
  nodes: number;
  relationships: number;
  chunks: number;
  /** Generating the documents alone (one pass, nothing else). */
  generateMs: number;
  /** The raw baseline; null when skipped (`--no-raw`). */
  raw: { writeMs: number; nodesPerSecond: number; relationshipsPerSecond: number } | null;
  ours: {
    validateMs: number;
    writeMs: number;
    totalMs: number;
    nodesPerSecond: number;
    relationshipsPerSecond: number;
  };
  /** Ours (validation and writes) over raw (writes); null without the raw baseline. */
  ratio: number | null;
  /** Ours writes alone over raw writes; null without the raw baseline. */
  writeRatio: number | null;
  /** Ours: milliseconds from the first write until 1,000,000 relationships were committed (null below). */
  firstMillionRelationshipsMs: number | null;
  /** Creating and populating the remaining indexes after our load. */
  indexMs: number;
  loadAverage: {
    raw: { min: number; mean: number; max: number } | null;
    ours: { min: number; mean: number; max: number };
  };
}

const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));

/** Runs the benchmark; returns its figures and the store holding our load (still running). */
export async function runLoadBench(
  graph: SyntheticGraph,
  size: SizeName,
  options: { keep: boolean; raw?: boolean; log: (line: string) => void },
): Promise<{ result: LoadBenchResult; store: BenchStore }> {
  const generating = performance.now();
  let documents = 0;
  for (const document of graph.documents()) documents += document.nodes.length > 0 ? 1 : 0;
  const generateMs = performance.now() - generating;
  options.log(`Generated ${documents} documents in ${(generateMs / 1000).toFixed(1)} s.`);

  let raw: Awaited<ReturnType<typeof rawLoad>> | null = null;
  let rawLoadAverage = null;
  if (options.raw !== false) {
    const rawStore = await openStore(size, { fresh: true, log: options.log });
    try {
      await prepareBulkSchema(rawStore.driver);
      const tracker = trackLoad();
      raw = await rawLoad(rawStore.driver, graph.documents());
      rawLoadAverage = tracker.stop();
      options.log(
        `Raw: ${raw.nodes} nodes, ${raw.relationships} relationships in ${(raw.writeMs / 1000).toFixed(1)} s.`,
      );
    } finally {
      await rawStore.close(false);
    }
  }

  const store = await openStore(size, { fresh: true, keep: options.keep, log: options.log });
  const tracker = trackLoad();
  let firstMillionRelationshipsMs: number | null = null;
  const ours = await bulkLoad(store.driver, () => graph.documents(), {
    onChunk: ({ chunks, nodes, relationships, elapsedMs }) => {
      if (firstMillionRelationshipsMs === null && relationships >= 1_000_000) {
        firstMillionRelationshipsMs = Math.round(elapsedMs);
        options.log(`  1,000,000 relationships committed after ${(elapsedMs / 1000).toFixed(1)} s`);
      }
      if (chunks % 25 === 0)
        options.log(`  ${nodes} nodes written (${(elapsedMs / 1000).toFixed(0)} s)`);
    },
  }).catch(async (error: unknown) => {
    await store.close(false);
    throw error;
  });
  const oursLoadAverage = tracker.stop();
  const indexing = performance.now();
  await finishBulkSchema(store.driver);
  const indexMs = performance.now() - indexing;
  const counts = await storeCounts(store.driver);
  store.writeMarker({ size, seed: graph.seed, ...counts, loadedAt: new Date().toISOString() });
  const totalMs = ours.validateMs + ours.writeMs;
  options.log(
    `Ours: validation ${(ours.validateMs / 1000).toFixed(1)} s, writes ${(ours.writeMs / 1000).toFixed(1)} s, indexes ${(indexMs / 1000).toFixed(1)} s.`,
  );
  return {
    store,
    result: {
      size,
      seed: graph.seed,
      nodes: ours.nodes,
      relationships: ours.relationships,
      chunks: ours.chunks,
      generateMs: Math.round(generateMs),
      raw: raw && {
        writeMs: Math.round(raw.writeMs),
        nodesPerSecond: perSecond(raw.nodes, raw.writeMs),
        relationshipsPerSecond: perSecond(raw.relationships, raw.writeMs),
      },
      ours: {
        validateMs: Math.round(ours.validateMs),
        writeMs: Math.round(ours.writeMs),
        totalMs: Math.round(totalMs),
        nodesPerSecond: perSecond(ours.nodes, totalMs),
        relationshipsPerSecond: perSecond(ours.relationships, totalMs),
      },
      ratio: raw && Math.round((totalMs / raw.writeMs) * 100) / 100,
      writeRatio: raw && Math.round((ours.writeMs / raw.writeMs) * 100) / 100,
      firstMillionRelationshipsMs,
      indexMs: Math.round(indexMs),
      loadAverage: { raw: rawLoadAverage, ours: oursLoadAverage },
    },
  };
}
