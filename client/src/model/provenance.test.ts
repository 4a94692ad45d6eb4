import { describe, expect, it } from 'vitest';
import { factProvenance, isReviewed, provenanceLabel } from './provenance.ts';
import type { Evidence, Provenance } from './types.ts';

const at = (provenance: Provenance | null): Evidence => ({
  documentId: 'd',
  documentTitle: 'D',
  quote: 'q',
  start: 0,
  end: 1,
  provenance,
});
const hand: Provenance = { origin: 'HAND', reviewedBy: null, reviewedAt: null };
const edited: Provenance = {
  origin: 'DRAFTED_EDITED',
  reviewedBy: 'Alice',
  reviewedAt: '2026-01-31T09:30:00Z',
};
const added: Provenance = {
  origin: 'ADDED_BY_REVIEWER',
  reviewedBy: 'Bob',
  reviewedAt: '2026-02-02T10:00:00Z',
};

describe('provenance of facts', () => {
  it('tells reviewed facts from hand-written and unknown ones', () => {
    expect(isReviewed([at(hand), at(edited)])).toBe(true);
    expect(isReviewed([at(hand), at(null)])).toBe(false);
    expect(isReviewed([])).toBe(false);
  });
  it('shows the latest review first, else HAND, else nothing', () => {
    expect(factProvenance([at(hand), at(edited), at(added)])).toEqual(added);
    expect(factProvenance([at(null), at(hand)])).toEqual(hand);
    expect(factProvenance([at(null)])).toBeNull();
  });
  it('labels a badge with who reviewed it and on which day', () => {
    expect(provenanceLabel(edited)).toEqual({
      text: 'drafted, edited',
      detail: 'reviewed by Alice on 2026-01-31',
    });
    expect(provenanceLabel(hand)).toEqual({
      text: 'hand-written',
      detail: 'written by hand in a seed file',
    });
  });
});
