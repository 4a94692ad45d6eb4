/**
 * The bulk-load benchmark of one size: the synthetic graph written into fresh stores, first as raw
 * batches straight through neo4j-driver (raw-load.ts), then by bulkLoad (validation of every chunk
 * first, then the same batches with the kind-conflict check and verified counts), then through
 * Neo4j's offline importer (offline-load-bench.ts), whose store is kept for the API benchmark. The
 * transactional loads start with the write-path indexes only; the remaining indexes are built
 * after ours (timed apart). With `txUntil`, the transactional load stops once that many
 * relationships are committed (for 1m, where it takes a quarter of an hour or more).
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
import { runOfflineLoadBench, type OfflineBenchResult } from './offline-load-bench.ts';

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
  /** Creating and populating the remaining indexes after our load (null when it was stopped). */
  indexMs: number | null;
  /** Ours stopped after this many relationships (`--tx-until`); null when it loaded everything. */
  oursStoppedAt: number | null;
  /** The offline importer's load; null when skipped (`--no-offline`). */
  offline: OfflineBenchResult | null;
  /** Ours in transactions (validation, writes, indexes) over the offline load, both complete. */
  transactionsOverOffline: number | null;
  /** Ours' first 1,000,000 relationships over the offline load's time per 1,000,000 relationships. */
  firstMillionOverOffline: number | null;
  loadAverage: {
    raw: { min: number; mean: number; max: number } | null;
    ours: { min: number; mean: number; max: number };
    offline: { min: number; mean: number; max: number } | null;
  };
}

const perSecond = (count: number, ms: number) => Math.round(count / (ms / 1000));

/** Runs the benchmark; returns its figures and the store holding our load (still running). */
export async function runLoadBench(
  graph: SyntheticGraph,
  size: SizeName,
  options: {
    keep: boolean;
    raw?: boolean;
    offline?: boolean;
    txUntil?: number;
    log: (line: string) => void;
  },
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

  const offline = options.offline !== false;
  let store = await openStore(size, {
    fresh: true,
    keep: options.keep && !offline,
    log: options.log,
  });
  const tracker = trackLoad();
  let firstMillionRelationshipsMs: number | null = null;
  const stop = new AbortController();
  let oursStoppedAt: number | null = null;
  const ours = await bulkLoad(store.driver, () => graph.documents(), {
    signal: stop.signal,
    onChunk: ({ chunks, nodes, relationships, elapsedMs }) => {
      if (options.txUntil !== undefined && relationships >= options.txUntil) {
        oursStoppedAt = relationships;
        stop.abort();
      }
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
  let indexMs: number | null = null;
  if (oursStoppedAt === null) {
    const indexing = performance.now();
    await finishBulkSchema(store.driver);
    indexMs = performance.now() - indexing;
    const counts = await storeCounts(store.driver);
    store.writeMarker({ size, seed: graph.seed, ...counts, loadedAt: new Date().toISOString() });
  }
  const totalMs = ours.validateMs + ours.writeMs;
  options.log(
    `Ours: validation ${(ours.validateMs / 1000).toFixed(1)} s, writes ${(ours.writeMs / 1000).toFixed(1)} s` +
      (indexMs === null
        ? ` (stopped after ${oursStoppedAt} relationships).`
        : `, indexes ${(indexMs / 1000).toFixed(1)} s.`),
  );
  let offlineResult: OfflineBenchResult | null = null;
  if (offline) {
    await store.close(false);
    const loaded = await runOfflineLoadBench(graph, size, { keep: options.keep, log: options.log });
    store = loaded.store;
    offlineResult = loaded.result;
  }
  const ratio = (a: number | null, b: number | null) =>
    a === null || b === null ? null : Math.round((a / b) * 100) / 100;
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
      indexMs: indexMs === null ? null : Math.round(indexMs),
      oursStoppedAt,
      offline: offlineResult,
      transactionsOverOffline: ratio(
        indexMs === null ? null : totalMs + indexMs,
        offlineResult?.totalMs ?? null,
      ),
      firstMillionOverOffline: ratio(
        firstMillionRelationshipsMs,
        offlineResult && (offlineResult.totalMs * 1_000_000) / offlineResult.relationships,
      ),
      loadAverage: {
        raw: rawLoadAverage,
        ours: oursLoadAverage,
        offline: offlineResult?.loadAverage ?? null,
      },
    },
  };
}
