/**
 * The provenance of a reviewed document: how each loaded entry was made, compared with the drafted
 * extraction (accepted unchanged, edited, added by the reviewer; drafted entries missing from the
 * reviewed extraction were rejected), and who loaded it when. Stored as JSON on the draft
 * (`Draft.review`), and written into the loaded extraction itself (withProvenance: each entry's
 * `provenance`, the document's `review`), so that the seed loader stores it on the document node
 * (`Document.review`, `Evidence.provenance`) and an exported seed file carries it.
 */
import { parseDocument, isMap, isSeq } from 'yaml';
import type { EntryOrigin } from '@policygraph/model';
import { diffEntries, ENTRY_SECTIONS, keyOf } from './entries.ts';

export type { EntryOrigin };

/** The review of one loaded document. */
export interface ReviewRecord {
  documentId: string;
  reviewedBy: string;
  /** ISO 8601 UTC. */
  reviewedAt: string;
  acceptedUnchanged: number;
  edited: number;
  rejected: number;
  added: number;
  entries: { section: string; id: string; origin: EntryOrigin }[];
}

/** The review of `reviewedYaml` against `draftedYaml`, loaded by `by` at `at`. */
export function reviewOf(
  documentId: string,
  draftedYaml: string,
  reviewedYaml: string,
  by: string,
  at: string,
): ReviewRecord {
  const diff = diffEntries(draftedYaml, reviewedYaml);
  const origin = (list: typeof diff.unchanged, value: EntryOrigin) =>
    list.map(({ section, id }) => ({ section, id, origin: value }));
  return {
    documentId,
    reviewedBy: by,
    reviewedAt: at,
    acceptedUnchanged: diff.unchanged.length,
    edited: diff.changed.length,
    rejected: diff.removed.length,
    added: diff.added.length,
    entries: [
      ...origin(diff.unchanged, 'DRAFTED_ACCEPTED'),
      ...origin(diff.changed, 'DRAFTED_EDITED'),
      ...origin(diff.added, 'ADDED_BY_REVIEWER'),
    ],
  };
}

/**
 * `reviewedYaml` with its review written in: each entry's `provenance` (its origin in `review`) and
 * the document's `review` (who, when, how many drafted entries were rejected). Comments and key
 * order are kept; what the loader validates and stores is this YAML.
 */
export function withProvenance(reviewedYaml: string, review: ReviewRecord): string {
  const yaml = parseDocument(reviewedYaml);
  const origins = new Map(
    review.entries.map((entry) => [`${entry.section}\u0000${entry.id}`, entry.origin]),
  );
  const host = yaml.get('document');
  if (isMap(host)) {
    const id = host.get('id');
    const origin = origins.get(`document\u0000${typeof id === 'string' ? id : '#0'}`);
    if (origin) host.set('provenance', origin);
    host.set(
      'review',
      yaml.createNode({
        reviewedBy: review.reviewedBy,
        reviewedAt: review.reviewedAt,
        rejected: review.rejected,
      }),
    );
  }
  for (const section of ENTRY_SECTIONS) {
    const list = yaml.get(section);
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const origin = origins.get(`${section}\u0000${keyOf(section, item.toJSON(), index)}`);
      if (origin) item.set('provenance', origin);
    });
  }
  return yaml.toString({ lineWidth: 0 });
}
