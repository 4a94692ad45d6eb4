/**
 * `npm run draft:eval [-- --misses]`: drafts the development corpus (../shared/corpus, or the folder
 * `CORPUS_DIR` names, when present; the tables are titled by the corpus read)
 * and the seed article, scores each against its gold (score.ts) and prints precision, recall and F1
 * per document, per kind of document and overall, then (with --misses) every miss in context. The
 * graph used for linking is the seed files' nodes, without the document being drafted.
 */
import path from 'node:path';
import { readSeedDocuments, defaultDocumentsDir } from '@policygraph/graph-seed';
import { draftText } from '../draft.ts';
import { Gazetteer, type KnownNode } from '../gazetteer.ts';
import { corpusCases, corpusDir, defaultCorpusDir, seedCases, type EvalCase } from './gold.ts';
import { addCounts, corpusTitles, prf, summaryRow, SUMMARY_HEAD, table } from './report.ts';
import { scoreDocument, type Counts } from './score.ts';

async function seedNodes(except?: string): Promise<KnownNode[]> {
  const documents = await readSeedDocuments([defaultDocumentsDir]);
  const nodes: KnownNode[] = [];
  for (const d of documents) {
    if (except && path.basename(d.file) === except) continue;
    for (const n of d.nodes) {
      const p = n.properties as Record<string, unknown>;
      nodes.push({
        id: n.id,
        kind: n.kind,
        name: String(p.name),
        aliases: (p.aliases as string[] | undefined) ?? [],
        ...(typeof p.country === 'string' && p.country ? { country: p.country } : {}),
        ...(typeof p.itemType === 'string'
          ? { itemType: p.itemType as KnownNode['itemType'] }
          : {}),
      });
    }
  }
  return nodes;
}

async function main(args: string[]): Promise<void> {
  const showMisses = args.includes('--misses');
  const corpus = await corpusCases();
  if (corpus.length === 0)
    console.log(`No corpus at ${corpusDir}: measuring on the seed article only.`);
  const seeds = await seedCases();
  const cases: EvalCase[] = [...corpus, ...seeds];
  const titles = corpusTitles(corpusDir, defaultCorpusDir(), corpus.length, seeds.length);
  const overall: Record<string, Counts> = {};
  const development: Record<string, Counts> = {};
  const byType = new Map<string, Record<string, Counts>>();
  const rows: string[] = [];
  const missLines: string[] = [];
  const started = performance.now();
  for (const c of cases) {
    const gazetteer = new Gazetteer(await seedNodes(c.seedFile));
    const { doc } = draftText(
      c.text,
      {
        id: c.id,
        documentType: 'ARTICLE',
        ...(c.publishedOn ? { publishedOn: c.publishedOn } : {}),
      },
      gazetteer,
    );
    const { counts, misses } = scoreDocument(doc, c.gold, gazetteer);
    addCounts(overall, counts);
    if (!c.seedFile) addCounts(development, counts);
    const t = byType.get(c.documentType) ?? {};
    addCounts(t, counts);
    byType.set(c.documentType, t);
    rows.push(summaryRow(c.id, c.documentType, counts));
    missLines.push(`\n## ${c.id}`, ...misses.map((m) => `- ${m}`));
  }
  const ms = performance.now() - started;
  console.log(`Drafted and scored ${cases.length} documents in ${(ms / 1000).toFixed(1)} s.\n`);
  console.log('## F1 per document\n');
  console.log(SUMMARY_HEAD);
  console.log(rows.join('\n'));
  console.log('\n## F1 per kind of document\n');
  console.log(SUMMARY_HEAD);
  for (const [type, counts] of byType) console.log(summaryRow('(all)', type, counts));
  console.log('');
  if (Object.keys(development).length > 0) console.log(table(titles.corpus, development));
  console.log(table(titles.overall, overall));
  for (const c of cases.filter((x) => x.seedFile)) {
    const { doc } = draftText(
      c.text,
      {
        id: c.id,
        documentType: 'ARTICLE',
        ...(c.publishedOn ? { publishedOn: c.publishedOn } : {}),
      },
      new Gazetteer(await seedNodes(c.seedFile)),
    );
    const { counts } = scoreDocument(doc, c.gold, new Gazetteer([]));
    const recall = (k: string): string => `${Math.round(prf(counts[k]!).r * 100)}%`;
    console.log(
      `Seed article ${c.id}: ${recall('actors found')} of the hand extraction's actors, ${recall('statements found')} of its statements, ${recall('measures found')} of its measures; (measure, item) pairs: ${recall('measures covers')}, (measure, actor) pairs: ${recall('measures applies/targets')}.`,
    );
  }
  if (showMisses) console.log(missLines.join('\n'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
