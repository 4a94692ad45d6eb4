/**
 * `npm run bench -- [options]`: the benchmarks of issue "scale and speed" on a synthetic graph.
 *
 *   --size 10k|100k|1m        graph size (default 10k)
 *   --part api,load,client    what to run (default api)
 *       load    bulk load into fresh stores: ours in transactions against raw neo4j-driver
 *               batches, and through Neo4j's offline importer
 *       api     our API, raw Cypher and the peer (@neo4j/graphql) under autocannon
 *       client  the explorer in headless Chromium at 1k, 5k and 20k elements
 *       client-real  the explorer on the four real files of ../shared/data (imported once into
 *               /tmp/policygraph-bench-real, Bolt 7764), 1,000 to 2,000 nodes around the big hubs,
 *               every neighbour on its own against the hubs' groups; skipped without the files
 *               (written to real-client.json, apart from the synthetic client-<size> results)
 *       draft   drafting 1,000-word texts (one by one and a folder of 100), no database
 *       first-load  the explorer's first visit over 10 Mbit/s and 40 ms, compressed and not
 *   --concurrency 1,16,64     API concurrencies (default 1,16,64)
 *   --duration 10 --warmup 3  seconds per API measurement and its warm-up
 *   --only search,node        API questions whose name contains one of these
 *   --elements 1000,5000,20000  client view sizes, in elements (nodes and relationships)
 *   --client-dist DIR --name X  measure another build of the explorer, results saved as client-<size>-X
 *   --compare-dist DIR --compare-name Y  also measure build DIR, alternating with the first at each size
 *   --rounds 1                client-real: rounds of the two views, alternating
 *   --no-raw                  load: skip the raw driver baseline (for 1m, where it takes as long again)
 *   --no-offline              load: skip the offline importer's load (then ours is the store kept)
 *   --tx-until 1000000        load: stop the transactional load after this many relationships
 *   --no-transactions         load: the offline importer's load alone (saved as load-offline-<size>)
 *   --keep                    leave the benchmark's Neo4j running for the next run
 *
 * The store of each size lives in /tmp/policygraph-bench-<size> (Bolt 7760-7763), is reused when
 * it already holds the graph, and is loaded (bulkLoad) otherwise. Results are printed and written
 * to test-results/bench/<part>-<size>.json; report.ts turns them into Markdown tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  bulkLoad,
  finishBulkSchema,
  isSizeName,
  SIZES,
  syntheticGraph,
  type SizeName,
  type SyntheticGraph,
} from '@policygraph/synthetic';
import { runApiBench } from './api/api-bench.ts';
import { runClientBench } from './client/client-bench.ts';
import { runClientRealBench } from './client/client-real-bench.ts';
import { realDataPresent, realStore } from './client/real-store.ts';
import { runDraftBench } from './draft/draft-bench.ts';
import { runFirstLoadBench } from './client/first-load.ts';
import { runLoadBench } from './load/load-bench.ts';
import { runOfflineLoadBench } from './load/offline-load-bench.ts';
import { loadAverage, machineInfo, trackLoad } from './machine.ts';
import { openStore, storeCounts, type BenchStore } from './stack/bench-store.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const RESULTS = path.join(root, 'test-results', 'bench');

const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

/** The store of `size` holding `graph`: reused when its marker and counts match, else loaded afresh. */
async function loadedStore(
  graph: SyntheticGraph,
  size: SizeName,
  keep: boolean,
): Promise<BenchStore> {
  const store = await openStore(size, { keep, log });
  const marker = store.marker();
  if (marker && marker.seed === graph.seed && marker.size === size) {
    const counts = await storeCounts(store.driver);
    if (counts.nodes === marker.nodes && counts.relationships === marker.relationships) {
      log(
        `The store holds the ${size} graph (${counts.nodes} nodes, ${counts.relationships} relationships).`,
      );
      return store;
    }
  }
  await store.close(false);
  log(`Loading the ${size} graph into a fresh store.`);
  const fresh = await openStore(size, { fresh: true, keep, log });
  const summary = await bulkLoad(fresh.driver, () => graph.documents());
  await finishBulkSchema(fresh.driver);
  const counts = await storeCounts(fresh.driver);
  fresh.writeMarker({ size, seed: graph.seed, ...counts, loadedAt: new Date().toISOString() });
  log(
    `Loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${((summary.validateMs + summary.writeMs) / 1000).toFixed(1)} s.`,
  );
  return fresh;
}

function save(name: string, data: unknown): void {
  mkdirSync(RESULTS, { recursive: true });
  const file = path.join(RESULTS, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  log(`Wrote ${path.relative(root, file)}.`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10k' },
      part: { type: 'string', default: 'api' },
      concurrency: { type: 'string', default: '1,16,64' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      only: { type: 'string', default: '' },
      keep: { type: 'boolean', default: false },
      'no-raw': { type: 'boolean', default: false },
      'no-offline': { type: 'boolean', default: false },
      'tx-until': { type: 'string' },
      'no-transactions': { type: 'boolean', default: false },
      elements: { type: 'string', default: '1000,5000,20000' },
      'client-dist': { type: 'string' },
      'compare-dist': { type: 'string' },
      'compare-name': { type: 'string', default: 'compared' },
      name: { type: 'string', default: '' },
      rounds: { type: 'string', default: '1' },
    },
  });
  const size = values.size;
  if (!isSizeName(size)) throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  const parts = values.part.split(',').map((part) => part.trim());
  const known = ['api', 'load', 'client', 'client-real', 'draft', 'first-load'];
  const unknown = parts.filter((part) => !known.includes(part));
  if (unknown.length > 0)
    throw new Error(`Unknown --part ${unknown.join(', ')} (${known.join(', ')}).`);
  const graph = syntheticGraph({ nodes: SIZES[size] });
  const started = new Date().toISOString();
  const context = { size, started, machine: machineInfo(), loadAverageAtStart: loadAverage() };
  log(
    `Benchmark ${parts.join(', ')} on ${size} (${context.machine.cpus} × ${context.machine.cpu}, load average ${context.loadAverageAtStart.join(' ')}).`,
  );

  let store: BenchStore | null = null;
  try {
    if (parts.includes('draft')) {
      save('draft', { ...context, result: await runDraftBench(log) });
    }
    if (parts.includes('load') && values['no-transactions']) {
      const { result, store: loaded } = await runOfflineLoadBench(graph, size, {
        keep: values.keep,
        log,
      });
      store = loaded;
      save(`load-offline-${size}`, { ...context, result });
    } else if (parts.includes('load')) {
      const { result, store: loaded } = await runLoadBench(graph, size, {
        keep: values.keep,
        raw: !values['no-raw'],
        offline: !values['no-offline'],
        txUntil: values['tx-until'] === undefined ? undefined : Number(values['tx-until']),
        log,
      });
      store = loaded;
      save(`load-${size}`, { ...context, result });
    }
    if (parts.includes('api')) {
      store ??= await loadedStore(graph, size, values.keep);
      const tracker = trackLoad();
      const { cells, checks } = await runApiBench(store.driver, store.uri, graph, {
        concurrencies: values.concurrency.split(',').map(Number),
        durationSeconds: Number(values.duration),
        warmupSeconds: Number(values.warmup),
        only: values.only ? values.only.split(',') : [],
        log,
      });
      save(`api-${size}`, {
        ...context,
        durationSeconds: Number(values.duration),
        loadAverage: tracker.stop(),
        counts: await storeCounts(store.driver),
        checks,
        cells,
      });
    }
    if (parts.includes('client')) {
      store ??= await loadedStore(graph, size, values.keep);
      const tracker = trackLoad();
      const result = await runClientBench(store.uri, graph, {
        log,
        targets: values.elements.split(',').map(Number),
        clientDist: values['client-dist'],
        name: values.name,
        compare: values['compare-dist']
          ? { dist: values['compare-dist'], name: values['compare-name'] }
          : undefined,
      });
      save(`client-${size}${values.name ? `-${values.name}` : ''}`, {
        ...context,
        variant: values.name || null,
        loadAverage: tracker.stop(),
        result,
      });
    }
    if (parts.includes('client-real')) {
      if (!realDataPresent())
        log('client-real skipped: ../shared/data does not hold the four files.');
      else {
        const real = await realStore(values.keep, log);
        try {
          const tracker = trackLoad();
          const { view, results } = await runClientRealBench(real.uri, real.driver, {
            log,
            rounds: Number(values.rounds),
            clientDist: values['client-dist'],
          });
          save(`real-client${values.name ? `-${values.name}` : ''}`, {
            ...context,
            loadAverage: tracker.stop(),
            counts: await storeCounts(real.driver),
            view,
            result: results,
          });
        } finally {
          await real.close();
        }
      }
    }
    if (parts.includes('first-load')) {
      store ??= await loadedStore(graph, size, values.keep);
      const tracker = trackLoad();
      const dist = path.resolve(root, values['client-dist'] ?? path.join('client', 'dist'));
      const result = await runFirstLoadBench(store.uri, dist, { rounds: 3, log });
      save(`first-load-${size}${values.name ? `-${values.name}` : ''}`, {
        ...context,
        loadAverage: tracker.stop(),
        result,
      });
    }
  } finally {
    await store?.close();
  }
}

// Ends with the exit handlers (which stop the servers started here) on Ctrl-C or a kill.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
