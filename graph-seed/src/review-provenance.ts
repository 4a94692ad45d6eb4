/**
 * The provenance a seed file carries (docs/seed-format.md, "Provenance"): each entry's
 * `provenance` (how it was made, HAND when left out) and the host document's `review` (who
 * reviewed it, when, how many drafted entries were rejected). The loader stores on the host
 * document node, beside its text, the extraction as loaded (`extractionYaml`, what
 * `npm run export:document` writes back out) and the review with the origin of every node and
 * relationship the file states (`review`, JSON of StoredReview), so that a seed of exported files
 * rebuilds the same graph, provenance included.
 */
import { parseDocument } from 'yaml';
import type {
  EntryOrigin,
  EntryProvenanceRecord,
  GraphNode,
  GraphRelationship,
  StoredReview,
} from '@policygraph/model';
import type { ParsedSeedFile } from './parse-seed-file.ts';
import type { ProblemList } from './problems.ts';

/** The file's YAML as stored: its source, without `document.textFile` (the export writes the text beside it). */
export function extractionYamlOf(source: string): string {
  const yaml = parseDocument(source);
  if (!yaml.hasIn(['document', 'textFile'])) return source;
  yaml.deleteIn(['document', 'textFile']);
  return yaml.toString({ lineWidth: 0 });
}

/**
 * The review of `parsed` (null when its document gives none), with the origin of every node and
 * relationship of its graph. An entry made otherwise than by hand in a file without `review` is a
 * SCHEMA problem on its `provenance` field.
 */
export function reviewOfFile(
  parsed: ParsedSeedFile & { document: NonNullable<ParsedSeedFile['document']> },
  graph: { nodes: readonly GraphNode[]; relationships: readonly GraphRelationship[] },
  problems: ProblemList,
): StoredReview | null {
  const review = parsed.document.value.review ?? null;
  const entries: (EntryProvenanceRecord & { entry: string })[] = [];
  const add = (section: string, id: string, entry: string, origin: EntryOrigin | undefined) =>
    entries.push({ section, id, entry, origin: origin ?? 'HAND' });
  const host = parsed.document;
  add('document', host.value.id, host.entry, host.value.provenance);
  for (const section of ['documents', 'actors', 'items', 'measures', 'statements'] as const)
    for (const { value, entry } of parsed[section]) add(section, value.id, entry, value.provenance);
  for (const { value, entry } of parsed.relationships)
    add('relationships', `${value.from} ${value.type} ${value.to}`, entry, value.provenance);

  if (!review) {
    for (const { entry, origin } of entries)
      if (origin !== 'HAND')
        problems.add(
          'SCHEMA',
          entry,
          'provenance',
          `is ${origin}, which needs the document's review: give document.review with reviewedBy and reviewedAt.`,
        );
    return null;
  }
  const originOf = new Map(entries.map(({ entry, origin }) => [entry, origin]));
  const facts: Record<string, EntryOrigin> = {};
  for (const fact of [...graph.nodes, ...graph.relationships])
    facts[fact.id] = originOf.get(fact.entry) ?? 'HAND';
  const count = (origin: EntryOrigin) => entries.filter((entry) => entry.origin === origin).length;
  return {
    documentId: host.value.id,
    reviewedBy: review.reviewedBy,
    reviewedAt: review.reviewedAt,
    acceptedUnchanged: count('DRAFTED_ACCEPTED'),
    edited: count('DRAFTED_EDITED'),
    rejected: review.rejected,
    added: count('ADDED_BY_REVIEWER'),
    entries: entries
      .filter((entry) => entry.origin !== 'HAND')
      .map(({ section, id, origin }) => ({ section, id, origin })),
    facts,
  };
}
