/**
 * `npx tsx test/bench/draft/create-draft-read-bench.ts [runs]`: what `createDraft` spends per call on
 * a graph of 10,000 synthetic nodes (the benchmarks' 10k store, test/bench/stack/bench-store.ts,
 * loaded by `npm run bench` or `npm run synthetic -- --size 10k`): reading every actor, measure,
 * item and document for the gazetteer (readNodesWith, one read transaction), building the
 * gazetteer, and drafting a 1,000-word text with it (draftAndValidate). Prints the median of each
 * over `runs` calls (default 5) and the share the graph read takes.
 */
import { draftAndValidate, Gazetteer, readNodesWith } from '@policygraph/draft';
import { openStore } from '../stack/bench-store.ts';
import { benchText } from './draft-texts.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(runs: number): Promise<void> {
  const store = await openStore('10k', { log: (line) => console.log(line) });
  try {
    if (!store.marker()) throw new Error(`No 10k graph in ${store.home}: run npm run bench first.`);
    const text = benchText(1000, 7);
    const read: number[] = [];
    const build: number[] = [];
    const draft: number[] = [];
    let nodes = 0;
    for (let run = 0; run <= runs; run += 1) {
      const t0 = performance.now();
      const known = await readNodesWith(store.driver);
      const t1 = performance.now();
      const gazetteer = new Gazetteer(known);
      const t2 = performance.now();
      await draftAndValidate(text, `bench-${run}`, {}, gazetteer, 'text');
      const t3 = performance.now();
      nodes = known.length;
      if (run === 0) continue; // warm-up: plans and JIT
      read.push(t1 - t0);
      build.push(t2 - t1);
      draft.push(t3 - t2);
    }
    const total = median(read) + median(build) + median(draft);
    console.log(`graph nodes read per call: ${nodes}`);
    console.log(
      `median of ${runs} calls, ms: read ${median(read).toFixed(0)}, gazetteer ${median(build).toFixed(0)}, draft ${median(draft).toFixed(0)}, total ${total.toFixed(0)}`,
    );
    console.log(`the graph read is ${((median(read) / total) * 100).toFixed(0)}% of a call`);
  } finally {
    await store.close();
  }
}

main(Number(process.argv[2] ?? 5)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
