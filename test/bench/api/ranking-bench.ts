/**
 * The CPU of search ranking alone, in this process: the API benchmark's search texts, their
 * full-text candidates read once from the benchmark's store (cypher/search.ts), then ranked again
 * and again by this checkout's `rankCandidates` and, with `--before`, an earlier checkout's (its
 * TypeScript source, imported as is). Prints ms per ranking (median of the rounds; the two take
 * turns), the ratio, and how many texts the two rank differently (0 unless the ranking changed).
 *
 *   npx tsx test/bench/api/ranking-bench.ts --size 10k [--before ../checkout] [--rounds 6]
 *
 * The store of that size must hold its graph (`npm run bench -- --size 10k --keep` first).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isSizeName, SIZES, syntheticGraph } from '@policygraph/synthetic';
import { rankCandidates, type SearchCandidate } from '@policygraph/server';
import { openStore } from '../stack/bench-store.ts';
import { buildQuestions } from './questions.ts';

type Rank = typeof rankCandidates;

/** Ms per ranking of every text once, over `repeat` passes. */
function timeRanking(rank: Rank, lists: [string, SearchCandidate[]][], repeat: number): number {
  const started = performance.now();
  for (let pass = 0; pass < repeat; pass += 1)
    for (const [text, candidates] of lists) rank(candidates, text);
  return (performance.now() - started) / (repeat * lists.length);
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10k' },
      before: { type: 'string' },
      rounds: { type: 'string', default: '6' },
      repeat: { type: 'string', default: '200' },
    },
  });
  if (!isSizeName(values.size))
    throw new Error(`--size must be one of ${Object.keys(SIZES).join(', ')}.`);
  const graph = syntheticGraph({ nodes: SIZES[values.size] });
  const store = await openStore(values.size, { keep: true });
  const lists: [string, SearchCandidate[]][] = [];
  try {
    const search = (await buildQuestions(store.driver, graph)).find((q) => q.name === 'search')!;
    for (const [i, body] of search.graphql.entries()) {
      const text = (JSON.parse(body) as { variables: { text: string } }).variables.text;
      const { cypher, params } = search.cypher[i]!;
      const { records } = await store.driver.executeQuery(cypher, params, { routing: 'READ' });
      lists.push([
        text,
        records.map((record) => ({
          id: String(record.get('id')),
          kind: record.get('kind') as SearchCandidate['kind'],
          name: String(record.get('name')),
          aliases: (record.get('aliases') as string[] | null) ?? [],
          score: Number(record.get('score')),
        })),
      ]);
    }
  } finally {
    await store.close();
  }
  const names = lists.reduce(
    (sum, [, list]) => sum + list.reduce((n, c) => n + 1 + c.aliases.length, 0),
    0,
  );
  console.log(
    `${lists.length} search texts, ${(names / lists.length).toFixed(0)} candidate names per text on average`,
  );
  const forms: [string, Rank][] = [['ours', rankCandidates]];
  if (values.before) {
    const module = (await import(path.resolve(values.before, 'server/src/search-ranking.ts'))) as {
      rankCandidates: Rank;
    };
    forms.push(['before', module.rankCandidates]);
    const differ = lists.filter(
      ([text, list]) =>
        JSON.stringify(rankCandidates(list, text)) !==
        JSON.stringify(module.rankCandidates(list, text)),
    ).length;
    console.log(`texts ranked differently by the two: ${differ}`);
  }
  const repeat = Number(values.repeat);
  const times = new Map<string, number[]>(forms.map(([name]) => [name, []]));
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const order = round % 2 === 0 ? forms : [...forms].reverse();
    for (const [name, rank] of order) {
      timeRanking(rank, lists, Math.ceil(repeat / 4)); // warm-up
      times.get(name)!.push(timeRanking(rank, lists, repeat));
    }
  }
  const ours = median(times.get('ours')!);
  const line = [
    `ranking, ms per search (median of ${values.rounds} rounds): ours ${ours.toFixed(3)}`,
  ];
  if (values.before) {
    const before = median(times.get('before')!);
    line.push(`before ${before.toFixed(3)}`, `before/ours ${(before / ours).toFixed(2)}`);
  }
  console.log(line.join(' | '));
}

await main();
