/**
 * A draft's extraction as the review view holds it: the seed file (docs/seed-format.md) split into
 * its `document` and one ReviewEntry per entry of the other sections, each with where its quotes
 * are in the text (UTF-16 offsets) and what the drafting's sidecar says of it. Pure functions.
 */
import type { Evidence, Section } from '@policygraph/graph-seed';
import type { SidecarEntry } from '@policygraph/draft';
import { parse, stringify } from 'yaml';

export type { Section, SidecarEntry };
export type { Candidate } from '@policygraph/draft';

/**
 * The sections of a seed file that hold entries, in the order the file writes them: the seed
 * format's `SECTIONS` (graph-seed), whose code the explorer does not bundle. The check below fails
 * the typecheck until every section of the format, and only those, is here.
 */
const SECTION_ORDER = {
  documents: 1,
  actors: 2,
  items: 3,
  measures: 4,
  statements: 5,
  relationships: 6,
} as const satisfies Record<Section, number>;
export const SECTIONS = Object.keys(SECTION_ORDER) as Section[];

/** One entry of a seed file, as YAML reads it. */
export type SeedEntry = Record<string, unknown>;

/** A quote: the text, or `{ quote, occurrence }` (1 is the first occurrence); the seed format's `Evidence`. */
export type SeedQuote = Evidence;

export type EntryStatus = 'pending' | 'accepted' | 'rejected';

/** One entry under review. `key` stays the same when its id changes. */
export interface ReviewEntry {
  key: string;
  section: Section;
  value: SeedEntry;
  status: EntryStatus;
  /** Drafted, or added by the reviewer. */
  added: boolean;
  /** The sidecar's note on the drafted entry, when there is one. */
  note: SidecarEntry | null;
  /** For an actor the reviewer linked to an existing node (by a candidate or by search): that node's id. */
  linkedTo?: string;
}

/**
 * What the review records beside the extraction (`Draft.linkedIds`, `Draft.accepted`): the existing
 * nodes actors were linked to, and the drafted entries accepted, by section and id.
 */
export interface ReviewMarks {
  linkedIds: string[];
  accepted: { section: string; id: string }[];
}

/** The whole review: the `document` section and the entries. */
export interface Extraction {
  document: SeedEntry;
  entries: ReviewEntry[];
}

/** A field's scalar value as text ('' for none, a list or an object). */
export function scalar(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

/** The id the server names an entry by: its `id`, or `from TYPE to` for a relationship. */
export function entryId(section: Section, value: SeedEntry): string {
  if (section === 'relationships')
    return `${String(value.from)} ${String(value.type)} ${String(value.to)}`;
  return scalar(value.id);
}

function sectionsOf(yaml: string): Record<string, unknown> {
  const parsed: unknown = parse(yaml);
  return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
}

function entriesIn(file: Record<string, unknown>, section: Section): SeedEntry[] {
  const list = file[section];
  return Array.isArray(list) ? (list as SeedEntry[]) : [];
}

/**
 * The review of a draft: the reviewed extraction's entries, plus each drafted entry the reviewers
 * left out (shown rejected). Entries are matched by section and id, as the server does. Drafted
 * entries named in `marks.accepted` are accepted, the others to review; actors whose id is in
 * `marks.linkedIds` are linked to that node.
 * @throws YAMLParseError when a YAML does not parse.
 */
export function readExtraction(
  draftedYaml: string,
  reviewedYaml: string,
  sidecar: string | null,
  marks: ReviewMarks = { linkedIds: [], accepted: [] },
): Extraction {
  const accepted = new Set(marks.accepted.map((key) => `${key.section}:${key.id}`));
  const linked = new Set(marks.linkedIds);
  const drafted = sectionsOf(draftedYaml);
  const reviewed = sectionsOf(reviewedYaml);
  const notes = new Map<string, SidecarEntry>();
  if (sidecar) {
    const parsed = JSON.parse(sidecar) as { entries?: SidecarEntry[] };
    for (const note of parsed.entries ?? []) notes.set(`${note.section}:${note.id}`, note);
  }
  const entries: ReviewEntry[] = [];
  for (const section of SECTIONS) {
    const draftedIds = new Set(entriesIn(drafted, section).map((v) => entryId(section, v)));
    const reviewedIds = new Set<string>();
    for (const value of entriesIn(reviewed, section)) {
      const id = entryId(section, value);
      reviewedIds.add(id);
      const key = `${section}:${id}`;
      entries.push({
        key,
        section,
        value,
        status: draftedIds.has(id) && !accepted.has(key) ? 'pending' : 'accepted',
        added: !draftedIds.has(id),
        note: notes.get(key) ?? null,
        ...(section === 'actors' && linked.has(id) ? { linkedTo: id } : {}),
      });
    }
    for (const value of entriesIn(drafted, section)) {
      const id = entryId(section, value);
      if (reviewedIds.has(id)) continue;
      entries.push({
        key: `${section}:${id}`,
        section,
        value,
        status: 'rejected',
        added: false,
        note: notes.get(`${section}:${id}`) ?? null,
      });
    }
  }
  const document = (reviewed.document ?? drafted.document ?? {}) as SeedEntry;
  return { document, entries };
}

/** The reviewed extraction as a seed file: every entry but the rejected ones. */
export function writeExtraction(extraction: Extraction): string {
  const file: Record<string, unknown> = { document: extraction.document };
  for (const section of SECTIONS) {
    const kept = extraction.entries
      .filter((entry) => entry.section === section && entry.status !== 'rejected')
      .map((entry) => entry.value);
    if (kept.length > 0) file[section] = kept;
  }
  return stringify(file, { lineWidth: 0 });
}

/**
 * The marks to save with `extraction`: the nodes that kept actors are linked to, and the drafted
 * entries accepted (by their id now).
 */
export function marksOf(extraction: Extraction): ReviewMarks {
  const kept = extraction.entries.filter((entry) => entry.status !== 'rejected');
  return {
    linkedIds: [
      ...new Set(
        kept.flatMap((entry) =>
          entry.linkedTo && entry.linkedTo === scalar(entry.value.id) ? [entry.linkedTo] : [],
        ),
      ),
    ],
    accepted: kept
      .filter((entry) => entry.status === 'accepted' && !entry.added)
      .map((entry) => ({ section: entry.section, id: entryId(entry.section, entry.value) })),
  };
}

/** `[start, end)` of a quote in `text`, or null when it does not occur there. */
export function locate(text: string, quote: SeedQuote): { start: number; end: number } | null {
  const words = typeof quote === 'string' ? quote : quote.quote;
  const occurrence = typeof quote === 'string' ? 1 : (quote.occurrence ?? 1);
  if (!words) return null;
  let at = -1;
  for (let n = 0; n < occurrence; n += 1) {
    at = text.indexOf(words, at + 1);
    if (at < 0) return null;
  }
  return { start: at, end: at + words.length };
}

/** The quote of `[start, end)` of `text`, with its occurrence when the words occur earlier too. */
export function quoteAt(text: string, start: number, end: number): SeedQuote {
  const words = text.slice(start, end);
  let occurrence = 1;
  for (let at = text.indexOf(words); at >= 0 && at < start; at = text.indexOf(words, at + 1))
    occurrence += 1;
  const repeated = text.indexOf(words, text.indexOf(words) + 1) >= 0;
  return repeated ? { quote: words, occurrence } : words;
}

/** Every quote of an entry: a statement's `quote` first, then its evidence. */
export function quotesOf(entry: ReviewEntry): SeedQuote[] {
  const quotes: SeedQuote[] = [];
  const value = entry.value;
  if (entry.section === 'statements' && typeof value.quote === 'string')
    quotes.push(
      typeof value.occurrence === 'number'
        ? { quote: value.quote, occurrence: value.occurrence }
        : value.quote,
    );
  if (Array.isArray(value.evidence)) quotes.push(...(value.evidence as SeedQuote[]));
  return quotes;
}

/** Where each quote of `entry` is in `text` (quotes not found are left out). */
export function spansOf(text: string, entry: ReviewEntry): { start: number; end: number }[] {
  return quotesOf(entry).flatMap((quote) => {
    const span = locate(text, quote);
    return span ? [span] : [];
  });
}

/** The entries in reading order: by their first quote in the text (entries without one last). */
export function inReadingOrder(text: string, entries: readonly ReviewEntry[]): ReviewEntry[] {
  const first = new Map(
    entries.map((entry) => [
      entry.key,
      Math.min(...spansOf(text, entry).map((span) => span.start), Number.MAX_SAFE_INTEGER),
    ]),
  );
  return [...entries].sort((a, b) => first.get(a.key)! - first.get(b.key)!);
}
