/**
 * Gold annotations for measuring the drafting: the development corpus (`../shared/corpus/`, read
 * only when present; its README gives the format) and the seed article's hand extraction, turned into
 * the same shape.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '@policygraph/db';
import { defaultDocumentsDir } from '@policygraph/graph-seed';
import { type ActorKind } from '@policygraph/model';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse } from 'yaml';

export interface GoldActor {
  name: string;
  kind: string;
  mentions: string[];
}
export interface GoldStatement {
  speaker: string;
  quote: string;
  form: 'QUOTE' | 'PARAPHRASE';
  said_to: string | null;
}
export interface GoldMeasure {
  name: string;
  issued_by: string | null;
  date: string | null;
  evidence: string;
}
/**
 * What a gold measure covers (`COVERS` an item) or whom it applies to or targets (`ACTOR`:
 * `APPLIES_TO` or `TARGETS`): `measure` indexes `Gold.measures`, `names` are the item's or actor's
 * name and aliases.
 */
export interface GoldScope {
  measure: number;
  type: 'COVERS' | 'ACTOR';
  names: string[];
}
export interface Gold {
  actors: GoldActor[];
  statements: GoldStatement[];
  measures: GoldMeasure[];
  /** Only where the gold annotates it (the seed article; the corpus README's format has no field). */
  scope?: GoldScope[];
}

/** One document to measure on: its text, date, kind of document and gold. */
export interface EvalCase {
  id: string;
  text: string;
  publishedOn?: string;
  title?: string;
  documentType: string;
  gold: Gold;
  /** Leave this document's own seed file out of the graph used for linking. */
  seedFile?: string;
}

/** Where the development corpus is: `CORPUS_DIR`, else `../shared/corpus` beside the repository. */
export const corpusDir = process.env.CORPUS_DIR ?? defaultCorpusDir();

/** The development corpus's folder, `../shared/corpus` beside the repository. */
export function defaultCorpusDir(): string {
  return path.resolve(projectRoot, '..', 'shared', 'corpus');
}

function kindOfDocument(title: string): string {
  if (/^FACT SHEET/i.test(title)) return 'fact sheet';
  if (/^Readout/i.test(title)) return 'call readout';
  if (/Gaggle|Briefing/i.test(title)) return 'press gaggle (transcript)';
  if (/^Remarks|Press Conference/i.test(title)) return 'press conference remarks';
  if (/^WHAT THEY ARE SAYING/i.test(title)) return 'quote compilation';
  return 'press release';
}

/** The corpus's documents with their gold, or [] when the corpus is absent. */
export async function corpusCases(): Promise<EvalCase[]> {
  if (!existsSync(path.join(corpusDir, 'manifest.csv'))) return [];
  const rows = parseCsv<Record<string, string>>(
    await readFile(path.join(corpusDir, 'manifest.csv'), 'utf8'),
    { columns: true },
  );
  const cases: EvalCase[] = [];
  for (const row of rows) {
    const id = row.id!;
    const text = await readFile(path.join(corpusDir, 'docs', `${id}.txt`), 'utf8');
    const gold = JSON.parse(
      await readFile(path.join(corpusDir, 'gold', `${id}.json`), 'utf8'),
    ) as Gold;
    cases.push({
      id,
      text,
      publishedOn: row.published_on,
      documentType: kindOfDocument(row.title ?? ''),
      gold,
    });
  }
  return cases.sort((a, b) => a.id.localeCompare(b.id));
}

type Quote = string | { quote: string };
type Link = string | { id: string };
/** The parts of a seed file the gold is read from (docs/seed-format.md). */
interface SeedFile {
  document: { id: string; textFile?: string; publishedOn?: string | null };
  actors?: Array<{
    id: string;
    name: string;
    kind: ActorKind;
    aliases?: string[];
    evidence: Quote[];
  }>;
  statements?: Array<{ speaker: string; quote: string; form: string; saidTo?: Link }>;
  measures?: Array<{ id: string; name: string; announcedOn?: string; evidence: Quote[] }>;
  items?: Array<{ id: string; name: string; aliases?: string[] }>;
  relationships?: Array<{ from: string; type: string; to: string }>;
}
const quoteText = (q: Quote): string => (typeof q === 'string' ? q : q.quote);

/** The seed articles of graph-seed/documents as gold: their hand extraction in the corpus's shape. */
export async function seedCases(): Promise<EvalCase[]> {
  const cases: EvalCase[] = [];
  for (const name of (await readdir(defaultDocumentsDir))
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const seed = parse(await readFile(path.join(defaultDocumentsDir, name), 'utf8')) as SeedFile;
    const document = seed.document;
    const text = await readFile(
      path.join(defaultDocumentsDir, document.textFile ?? name.replace(/\.yaml$/, '.txt')),
      'utf8',
    );
    const actors = (seed.actors ?? []) as Array<{
      id: string;
      name: string;
      kind: ActorKind;
      aliases?: string[];
      evidence: Quote[];
    }>;
    const nameOf = new Map(actors.map((a) => [a.id, a.name]));
    const relationships = (seed.relationships ?? []) as Array<{
      from: string;
      type: string;
      to: string;
    }>;
    const namesOf = new Map(
      [...actors, ...(seed.items ?? [])].map((n) => [n.id, [n.name, ...(n.aliases ?? [])]]),
    );
    const measureIds = (seed.measures ?? []).map((m) => m.id);
    const scope: GoldScope[] = relationships
      .filter((r) => /^(COVERS|APPLIES_TO|TARGETS)$/.test(r.type) && measureIds.includes(r.from))
      .map((r) => ({
        measure: measureIds.indexOf(r.from),
        type: r.type === 'COVERS' ? 'COVERS' : 'ACTOR',
        names: namesOf.get(r.to) ?? [r.to],
      }));
    const gold: Gold = {
      scope,
      actors: actors.map((a) => ({
        name: a.name,
        kind: a.kind,
        mentions: [a.name, ...(a.aliases ?? [])].filter((m) => text.includes(m)),
      })),
      statements: (seed.statements ?? []).map((s) => ({
        speaker: nameOf.get(s.speaker) ?? s.speaker,
        quote: s.quote,
        form: s.form === 'DIRECT_QUOTE' ? 'QUOTE' : 'PARAPHRASE',
        said_to: s.saidTo
          ? (nameOf.get(typeof s.saidTo === 'string' ? s.saidTo : s.saidTo.id) ?? null)
          : null,
      })),
      measures: (seed.measures ?? []).map((m) => {
        const issuer = relationships.find(
          (r) => r.from === m.id && /^(ISSUED_BY|PROPOSED_BY|CONSIDERED_BY)$/.test(r.type),
        );
        return {
          name: m.name,
          issued_by: issuer ? (nameOf.get(issuer.to) ?? null) : null,
          date: m.announcedOn ?? null,
          evidence: quoteText(m.evidence[0] ?? ''),
        };
      }),
    };
    cases.push({
      id: document.id,
      text,
      publishedOn: document.publishedOn ?? undefined,
      documentType: 'news article (seed)',
      gold,
      seedFile: name,
    });
  }
  return cases;
}
