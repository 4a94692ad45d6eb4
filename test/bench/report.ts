/**
 * Turns the results of `npm run bench` (test-results/bench/*.json) into the Markdown tables of
 * BENCHMARKS.md, printed on stdout:
 *
 *   npx tsx test/bench/report.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiCell } from './api/api-bench.ts';
import type { ClientResult } from './client/client-bench.ts';
import type { LoadBenchResult } from './load/load-bench.ts';
import type { LatencySummary } from './stats.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = path.join(root, 'test-results', 'bench');
const SIZE_ORDER = ['1k', '10k', '100k', '1m'];

interface Context {
  size: string;
  started: string;
  loadAverageAtStart: number[];
  loadAverage?: { min: number; mean: number; max: number };
}

function read<T>(prefix: string): (Context & T)[] {
  if (!existsSync(RESULTS)) return [];
  return readdirSync(RESULTS)
    .filter((file) => file.startsWith(`${prefix}-`) && file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(RESULTS, file), 'utf8')) as Context & T)
    .sort((a, b) => SIZE_ORDER.indexOf(a.size) - SIZE_ORDER.indexOf(b.size));
}

const table = (header: string[], rows: (string | number)[][]): string =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const thousands = (value: number) => value.toLocaleString('en-US');
const latency = (summary: LatencySummary | null) =>
  summary ? [summary.rps, `${summary.p50} / ${summary.p95} / ${summary.p99}`] : ['—', '—'];

function loadSection(): string {
  // load-offline-<size> files (--no-transactions) hold the offline load alone.
  const runs = read<{ result: LoadBenchResult }>('load').filter((run) => 'ours' in run.result);
  if (runs.length === 0) return '';
  const rows = runs.map(({ result: r }) => [
    r.size,
    thousands(r.nodes),
    thousands(r.relationships),
    r.chunks,
    seconds(r.generateMs),
    seconds(r.ours.validateMs),
    seconds(r.ours.writeMs),
    thousands(r.ours.nodesPerSecond),
    thousands(r.ours.relationshipsPerSecond),
    r.raw ? seconds(r.raw.writeMs) : 'not run',
    r.raw ? thousands(r.raw.nodesPerSecond) : '—',
    r.raw ? thousands(r.raw.relationshipsPerSecond) : '—',
    r.ratio ?? '—',
    r.writeRatio ?? '—',
    r.firstMillionRelationshipsMs == null ? '—' : seconds(r.firstMillionRelationshipsMs),
    r.indexMs === null ? `stopped at ${thousands(r.oursStoppedAt ?? 0)}` : seconds(r.indexMs),
    `${r.loadAverage.ours.mean}${r.loadAverage.raw ? ` (raw ${r.loadAverage.raw.mean})` : ''}`,
  ]);
  const transactions = table(
    [
      'size',
      'nodes',
      'relationships',
      'chunks',
      'generate s',
      'ours: validate s',
      'ours: write s',
      'ours nodes/s',
      'ours rel/s',
      'raw: write s',
      'raw nodes/s',
      'raw rel/s',
      'ours/raw (total)',
      'ours/raw (writes)',
      'first 1M relationships s',
      'indexes after s',
      'load avg (mean)',
    ],
    rows,
  );
  const offline = runs.filter(({ result: r }) => r.offline !== null);
  if (offline.length === 0) return transactions;
  const offlineRows = offline.map(({ result: r }) => {
    const o = r.offline!;
    return [
      r.size,
      thousands(o.nodes),
      thousands(o.relationships),
      seconds(o.csvMs),
      seconds(o.validateMs),
      seconds(o.importMs),
      seconds(o.startMs),
      seconds(o.listsMs),
      seconds(o.schemaMs),
      seconds(o.totalMs),
      thousands(o.relationshipsPerSecond),
      seconds((o.totalMs * 1_000_000) / o.relationships),
      r.transactionsOverOffline ?? '—',
      r.firstMillionOverOffline ?? '—',
      o.loadAverage.mean,
    ];
  });
  return `${transactions}\n\nThe same graphs through the offline importer, in the same runs:\n\n${table(
    [
      'size',
      'nodes',
      'relationships',
      'validate + CSV s',
      '(of it validation s)',
      'import s',
      'server start s',
      'empty lists s',
      'indexes s',
      'total s',
      'rel/s (total)',
      's per 1M relationships',
      'transactions/offline (total)',
      'transactions first 1M / offline per 1M',
      'load avg (mean)',
    ],
    offlineRows,
  )}`;
}

function apiSection(): string {
  return read<{
    cells: ApiCell[];
    durationSeconds: number;
    counts: { nodes: number; relationships: number };
  }>('api')
    .map((run) => {
      const rows = run.cells.map((cell) => [
        cell.question,
        cell.concurrency,
        ...latency(cell.ours),
        ...latency(cell.raw),
        ...latency(cell.peer),
        (cell.raw.rps / cell.ours.rps).toFixed(2),
        (cell.ours.p95 / cell.raw.p95).toFixed(2),
        cell.peer ? (cell.ours.rps / cell.peer.rps).toFixed(2) : '—',
        cell.ours.errors + cell.raw.errors + (cell.peer?.errors ?? 0),
      ]);
      const load = run.loadAverage
        ? `load average ${run.loadAverage.min}–${run.loadAverage.max} (mean ${run.loadAverage.mean})`
        : '';
      return [
        `#### ${run.size}: ${thousands(run.counts.nodes)} nodes, ${thousands(run.counts.relationships)} relationships (${run.started.slice(0, 16)} UTC, ${run.durationSeconds} s per cell, ${load})`,
        '',
        table(
          [
            'question',
            'c',
            'ours req/s',
            'ours p50/p95/p99 ms',
            'raw req/s',
            'raw p50/p95/p99 ms',
            'peer req/s',
            'peer p50/p95/p99 ms',
            'raw/ours req/s',
            'ours/raw p95',
            'ours/peer req/s',
            'errors',
          ],
          rows,
        ),
      ].join('\n');
    })
    .join('\n\n');
}

function clientSection(): string {
  return read<{ result: ClientResult[]; variant?: string | null }>('client')
    .sort((a, b) => a.started.localeCompare(b.started))
    .map((run) => {
      const builds = run.result.some((r) => r.build);
      const rows = run.result.map((r) => [
        ...(builds ? [r.build ?? '—'] : []),
        thousands(r.target),
        r.nodes,
        r.relationships,
        r.rendererKind ?? r.renderer,
        r.dataArrivedMs ?? '—',
        r.firstRenderMs ?? '—',
        r.renderAfterDataMs ?? '—',
        r.dataToFirstDrawMs ?? '—',
        r.dataToElementsMs ?? '—',
        r.firstElementsSetMs ?? '—',
        r.layoutDoneMs ?? '—',
        r.longestTaskMs,
        r.workerLayoutMs ?? '—',
        r.pan.fps,
        r.zoom.fps,
        r.panSettled?.fps ?? '—',
      ]);
      const load = run.loadAverage
        ? `, load average ${run.loadAverage.min}–${run.loadAverage.max}`
        : '';
      return [
        `#### ${run.variant ? `build "${run.variant}"` : 'default build'}, on the ${run.size} graph (${run.started.slice(0, 16)} UTC${load})`,
        '',
        table(
          [
            ...(builds ? ['build'] : []),
            'elements (target)',
            'nodes drawn',
            'relationships drawn',
            'renderer',
            'data arrived ms',
            'first render ms',
            'render after data ms',
            'data to first drawing ms',
            'data to first setElements ms',
            'first setElements ms',
            'layout done ms',
            'longest task ms',
            'worker layout ms',
            'pan fps',
            'zoom fps',
            'pan again fps',
          ],
          rows,
        ),
      ].join('\n');
    })
    .join('\n\n');
}

console.log(
  [
    '### Bulk load',
    '',
    loadSection(),
    '',
    '### API',
    '',
    apiSection(),
    '',
    '### Client',
    '',
    clientSection(),
    '',
  ].join('\n'),
);
