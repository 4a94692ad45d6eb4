/**
 * Provenance of facts as the explorer shows it: which origins count as reviewed, what a card's
 * badge says, and whether a node or relationship is a reviewed fact (one of its pieces of evidence
 * comes from a reviewed document's entry). Pure.
 */
import type { Evidence, Provenance } from './types.ts';

/** Origins of facts a reviewer checked (drafted then accepted or edited, or added by them). */
const REVIEWED = new Set(['DRAFTED_ACCEPTED', 'DRAFTED_EDITED', 'ADDED_BY_REVIEWER']);

/** The badge's words for each origin. */
const LABELS: Record<string, string> = {
  HAND: 'hand-written',
  DRAFTED_ACCEPTED: 'drafted, accepted',
  DRAFTED_EDITED: 'drafted, edited',
  ADDED_BY_REVIEWER: 'added by reviewer',
};

/** True when `provenance` says a reviewer checked the fact. */
export function isReviewedProvenance(provenance: Provenance | null | undefined): boolean {
  return provenance !== null && provenance !== undefined && REVIEWED.has(provenance.origin);
}

/** True when any of `evidence` supports the fact as a reviewed document's entry. */
export function isReviewed(evidence: readonly Evidence[]): boolean {
  return evidence.some((item) => isReviewedProvenance(item.provenance));
}

/**
 * The provenance a card shows for a fact with `evidence`: a reviewed one first (the latest review),
 * else HAND when any document wrote it by hand, else null (nothing known: imported list rows).
 */
export function factProvenance(evidence: readonly Evidence[]): Provenance | null {
  const known = evidence
    .map((item) => item.provenance)
    .filter((provenance): provenance is Provenance => Boolean(provenance));
  const reviewed = known
    .filter(isReviewedProvenance)
    .sort((a, b) => (b.reviewedAt ?? '').localeCompare(a.reviewedAt ?? ''));
  return reviewed[0] ?? known[0] ?? null;
}

/**
 * The badge's text (`drafted, edited`) and what it leaves out (`reviewed by Alice on 2026-01-31`,
 * or `written by hand in a seed file`), for its title and screen readers.
 */
export function provenanceLabel(provenance: Provenance): { text: string; detail: string } {
  const text = LABELS[provenance.origin] ?? provenance.origin.toLowerCase();
  if (!isReviewedProvenance(provenance)) return { text, detail: 'written by hand in a seed file' };
  if (!provenance.reviewedBy) return { text, detail: 'reviewed by an editor' };
  const day = provenance.reviewedAt ? ` on ${provenance.reviewedAt.slice(0, 10)}` : '';
  return { text, detail: `reviewed by ${provenance.reviewedBy}${day}` };
}
