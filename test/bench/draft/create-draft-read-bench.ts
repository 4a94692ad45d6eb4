/**
 * `npx tsx test/bench/draft/create-draft-read-bench.ts [runs]`: what `createDraft` spends per call on
 * a graph of 10,000 synthetic nodes (the benchmarks' 10k store, test/bench/stack/bench-store.ts,
 * loaded by `npm run bench` or `npm run synthetic -- --size 10k`), one 1,000-word made-up text.
 * Three ways of reading the graph for the gazetteer are alternated in every run (their order
 * rotating), so all meet the same load:
 * - `before`: every actor, measure, item and document with the quotes of every document's
 *   statements (the read `createDraft` made until 2026-12-07, kept here as the baseline);
 * - `names`: what readNodesWith reads now, names only (graph-queries.ts) plus the quotes of the
 *   drafted document, by id;
 * - `index`: the alternative, an exact full-text lookup of every word sequence of the text a name
 *   could be (each sentence's runs of up to 12 tokens, as the gazetteer's matching looks them up).
 * Then the gazetteer is built from the `names` read and the text drafted with it (draftAndValidate).
 * Prints the median of each over `runs` calls (default 5) after one warm-up, the ratios to
 * `before`, and whether the drafts made with the `before` and `names` reads are identical.
 */
import { draftAndValidate, draftText, Gazetteer, readNodesWith } from '@policygraph/draft';
import type { Driver } from 'neo4j-driver';
import { openStore } from '../stack/bench-store.ts';
import { benchText } from './draft-texts.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const BEFORE = `MATCH (n:Entity) WHERE n:Actor OR n:Measure OR n:Document OR n:Item
OPTIONAL CALL (n) {
  MATCH (s:Statement)-[:REPORTED_IN]->(n) WHERE n:Document
  RETURN collect(s.quote) AS quotes
}
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.country AS country, n.itemType AS itemType, quotes`;

const INDEX = `UNWIND $phrases AS phrase
CALL db.index.fulltext.queryNodes('entity_names_folding', phrase, {limit: 10}) YIELD node
WITH DISTINCT node WHERE node:Actor OR node:Measure OR node:Document OR node:Item
RETURN node.id AS id, node.kind AS kind, node.name AS name, coalesce(node.aliases, []) AS aliases,
       node.country AS country, node.itemType AS itemType`;

/** Every run of 1 to 12 tokens within a sentence of `text`, as a quoted Lucene phrase. */
function textPhrases(text: string): string[] {
  const meta = { id: 'phrases', documentType: 'ARTICLE', language: 'en' } as const;
  const { doc } = draftText(text, meta, new Gazetteer([]));
  const phrases = new Set<string>();
  for (const s of doc.sentences) {
    const words = doc.tokens
      .filter((t) => t.start >= s.start && t.end <= s.end && /[\p{L}\p{N}]/u.test(t.text))
      .map((t) => t.text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' '));
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= Math.min(words.length, i + 12); j++)
        phrases.add(`"${words.slice(i, j).join(' ')}"`);
  }
  return [...phrases];
}

async function rows(driver: Driver, cypher: string, params = {}): Promise<number> {
  const session = driver.session({ defaultAccessMode: 'READ' });
  try {
    return (await session.executeRead((tx) => tx.run(cypher, params))).records.length;
  } finally {
    await session.close();
  }
}

async function main(runs: number): Promise<void> {
  const store = await openStore('10k', { log: (line) => console.log(line) });
  try {
    if (!store.marker()) throw new Error(`No 10k graph in ${store.home}: run npm run bench first.`);
    const text = benchText(1000, 7);
    const phrases = textPhrases(text);
    const times: Record<string, number[]> = {
      before: [],
      names: [],
      index: [],
      build: [],
      draft: [],
    };
    const counts: Record<string, number> = {};
    let same = true;
    for (let run = 0; run <= runs; run += 1) {
      const id = `bench-${run}`;
      let known: Awaited<ReturnType<typeof readNodesWith>> = [];
      const reads: Record<string, () => Promise<number>> = {
        before: () => rows(store.driver, BEFORE),
        names: async () => (known = await readNodesWith(store.driver, undefined, [id])).length,
        index: () => rows(store.driver, INDEX, { phrases }),
      };
      const order = Object.keys(reads);
      for (let k = 0; k < run % order.length; k += 1) order.push(order.shift()!);
      const took: Record<string, number> = {};
      for (const name of order) {
        const t0 = performance.now();
        counts[name] = await reads[name]!();
        took[name] = performance.now() - t0;
      }
      const t1 = performance.now();
      const gazetteer = new Gazetteer(known);
      const t2 = performance.now();
      const drafted = await draftAndValidate(text, id, {}, gazetteer, 'text');
      const t3 = performance.now();
      if (run === 0) {
        const session = store.driver.session({ defaultAccessMode: 'READ' });
        const old = await session
          .executeRead((tx) => tx.run(BEFORE))
          .finally(() => session.close());
        const oldNodes = old.records.map((r) => ({
          id: String(r.get('id')),
          kind: r.get('kind'),
          name: String(r.get('name')),
          aliases: (r.get('aliases') as unknown[]).map(String),
          ...(r.get('country') ? { country: String(r.get('country')) } : {}),
        }));
        const before = await draftAndValidate(text, id, {}, new Gazetteer(oldNodes), 'text');
        same = JSON.stringify(before) === JSON.stringify(drafted);
        continue; // warm-up: plans and JIT
      }
      for (const name of order) times[name]!.push(took[name]!);
      times.build!.push(t2 - t1);
      times.draft!.push(t3 - t2);
    }
    const m = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    const ms = (x: number): string => x.toFixed(0);
    console.log(
      `rows read per call: before ${counts.before}, names ${counts.names}, index ${counts.index} (${phrases.length} phrases)`,
    );
    console.log(
      `median of ${runs} calls, ms: read before ${ms(m.before!)}, names ${ms(m.names!)} (${(m.names! / m.before!).toFixed(2)} × before), index ${ms(m.index!)} (${(m.index! / m.before!).toFixed(2)} × before); gazetteer ${ms(m.build!)}, draft ${ms(m.draft!)}`,
    );
    const total = (read: number): number => read + m.build! + m.draft!;
    console.log(
      `a call: ${ms(total(m.before!))} ms before, ${ms(total(m.names!))} ms now (${(total(m.names!) / total(m.before!)).toFixed(2)} ×); the read is ${((m.names! / total(m.names!)) * 100).toFixed(0)}% of it`,
    );
    console.log(`drafts with the before and names reads identical: ${same ? 'yes' : 'NO'}`);
  } finally {
    await store.close();
  }
}

main(Number(process.argv[2] ?? 5)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
