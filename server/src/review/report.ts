/**
 * The review report: per reviewed document, how many drafted entries were accepted unchanged,
 * edited or rejected, and how many the reviewer added; and the running precision and recall of the
 * drafting on real use, over all reviewed documents:
 * - precision = (accepted + edited) / (accepted + edited + rejected): drafted entries kept;
 * - recall = (accepted + edited) / (accepted + edited + added): entries of the loaded document the
 *   drafting found; exact precision and recall count only entries accepted unchanged as found.
 */
import type { ReviewRecord } from './provenance.ts';

/** The totals of a set of reviews and the measures computed from them (null when undefined: 0 / 0). */
export interface ReviewTotals {
  documents: number;
  acceptedUnchanged: number;
  edited: number;
  rejected: number;
  added: number;
  precision: number | null;
  recall: number | null;
  exactPrecision: number | null;
  exactRecall: number | null;
}

const ratio = (numerator: number, denominator: number) =>
  denominator === 0 ? null : numerator / denominator;

/** Sums `reviews` and computes the precision and recall of the drafting. */
export function totalsOf(reviews: readonly ReviewRecord[]): ReviewTotals {
  const sum = (key: 'acceptedUnchanged' | 'edited' | 'rejected' | 'added') =>
    reviews.reduce((total, review) => total + review[key], 0);
  const accepted = sum('acceptedUnchanged');
  const edited = sum('edited');
  const rejected = sum('rejected');
  const added = sum('added');
  return {
    documents: reviews.length,
    acceptedUnchanged: accepted,
    edited,
    rejected,
    added,
    precision: ratio(accepted + edited, accepted + edited + rejected),
    recall: ratio(accepted + edited, accepted + edited + added),
    exactPrecision: ratio(accepted, accepted + edited + rejected),
    exactRecall: ratio(accepted, accepted + edited + added),
  };
}

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);

/** The report as text: one line per document, then the totals. */
export function formatReport(reviews: readonly ReviewRecord[]): string {
  if (reviews.length === 0) return 'No reviewed document has been loaded yet.';
  const lines = [
    'document\treviewed by\treviewed at\taccepted\tedited\trejected\tadded',
    ...reviews.map((review) =>
      [
        review.documentId,
        review.reviewedBy,
        review.reviewedAt,
        review.acceptedUnchanged,
        review.edited,
        review.rejected,
        review.added,
      ].join('\t'),
    ),
  ];
  const totals = totalsOf(reviews);
  lines.push(
    '',
    `${totals.documents} documents: ${totals.acceptedUnchanged} accepted unchanged, ${totals.edited} edited, ${totals.rejected} rejected, ${totals.added} added`,
    `drafting precision ${percent(totals.precision)} (exact ${percent(totals.exactPrecision)}), recall ${percent(totals.recall)} (exact ${percent(totals.exactRecall)})`,
  );
  return lines.join('\n');
}
