/**
 * The provenance of a reviewed document: how each loaded entry was made, compared with the drafted
 * extraction (accepted unchanged, edited, added by the reviewer; drafted entries missing from the
 * reviewed extraction were rejected), and who loaded it when. Stored as JSON on the draft
 * (`Draft.review`) and exposed as `Document.review`.
 */
import { diffEntries } from './entries.ts';

/** How a loaded entry was made (the GraphQL enum EntryOrigin; HAND is every seed-file entry). */
export type EntryOrigin = 'HAND' | 'DRAFTED_ACCEPTED' | 'DRAFTED_EDITED' | 'ADDED_BY_REVIEWER';

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
