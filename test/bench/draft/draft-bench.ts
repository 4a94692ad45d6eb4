/**
 * `npm run bench -- --part draft`: drafting speed and memory. Drafts made-up 1,000-word texts
 * (draft-texts.ts) one by one (each through every stage, the seed format and the loader's
 * validation) and a folder of 100, against a graph of 10,000 made-up nodes, and reports per-document
 * latency, documents per minute and peak memory (RSS, heap). Baseline in the same run: compromise's
 * own parse of the same texts (`nlp(text).people()`), a well-known NLP pass, as a ratio. Then the
 * start-up in fresh processes (startup-bench.ts).
 */
import nlp from 'compromise';
import { draftAndValidate, Gazetteer, type KnownNode } from '@policygraph/draft';
import { benchText } from './draft-texts.ts';
import { runStartupBench, type StartupBenchResult } from './startup-bench.ts';

export interface DraftBenchResult {
  words: number;
  graphNodes: number;
  single: { runs: number; p50Ms: number; p95Ms: number; maxMs: number };
  batch: { documents: number; seconds: number; documentsPerMinute: number };
  baseline: { name: string; p50Ms: number };
  ratioToBaseline: number;
  peakRssMb: number;
  peakHeapMb: number;
  /** Start-up in fresh processes (startup-bench.ts). */
  startup: StartupBenchResult;
}

function graphNodes(count: number): KnownNode[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `bench-actor-${i}`,
    kind: i % 3 === 0 ? 'PERSON' : i % 3 === 1 ? 'COMPANY' : 'AGENCY',
    name: i % 3 === 0 ? `Person${i} Surname${i}` : `Example${i} Holdings`,
    aliases: [`EX${i}`],
  }));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

/** Runs the drafting benchmark; `log` prints progress. */
export async function runDraftBench(
  log: (line: string) => void,
  words = 1000,
  batch = 100,
): Promise<DraftBenchResult> {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const timer = setInterval(sample, 20);
  try {
    const nodes = graphNodes(10_000);
    const gazetteer = new Gazetteer(nodes);
    const texts = Array.from({ length: batch }, (_, i) => benchText(words, i + 1));
    // Warm-up (module loading and JIT), not measured.
    await draftAndValidate(
      texts[0]!,
      'warm-up',
      { publishedOn: '2024-03-06' },
      gazetteer,
      'warm-up',
    );
    const single: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      await draftAndValidate(
        texts[i]!,
        `bench-${i}`,
        { publishedOn: '2024-03-06' },
        gazetteer,
        `bench-${i}`,
      );
      single.push(performance.now() - started);
    }
    const baseline: number[] = [];
    for (let i = 0; i < 20; i++) {
      const started = performance.now();
      nlp(texts[i]!).people().json();
      baseline.push(performance.now() - started);
    }
    log(
      `Single ${words}-word documents: median ${median(single).toFixed(0)} ms (compromise parse ${median(baseline).toFixed(0)} ms).`,
    );
    const started = performance.now();
    for (const [i, text] of texts.entries()) {
      await draftAndValidate(
        text,
        `batch-${i}`,
        { publishedOn: '2024-03-06' },
        gazetteer,
        `batch-${i}`,
      );
      sample();
    }
    const seconds = (performance.now() - started) / 1000;
    log(`A folder of ${batch}: ${seconds.toFixed(1)} s.`);
    sample();
    return {
      words,
      graphNodes: nodes.length,
      single: {
        runs: single.length,
        p50Ms: Math.round(median(single)),
        p95Ms: Math.round(p95(single)),
        maxMs: Math.round(Math.max(...single)),
      },
      batch: {
        documents: batch,
        seconds: Math.round(seconds * 10) / 10,
        documentsPerMinute: Math.round((batch / seconds) * 60),
      },
      baseline: { name: 'compromise nlp(text).people()', p50Ms: Math.round(median(baseline)) },
      ratioToBaseline: Math.round((median(single) / median(baseline)) * 100) / 100,
      peakRssMb: Math.round(peakRss / 2 ** 20),
      peakHeapMb: Math.round(peakHeap / 2 ** 20),
      startup: runStartupBench(log),
    };
  } finally {
    clearInterval(timer);
  }
}
