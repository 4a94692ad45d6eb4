import { describe, expect, it } from 'vitest';
import { diffEntries } from './entries.ts';
import { reviewOf } from './provenance.ts';
import { formatReport, totalsOf } from './report.ts';

const drafted = `document: {id: d, title: T, documentType: ARTICLE}
actors:
  - {id: a, kind: PERSON, name: A, evidence: [A]}
  - {id: b, kind: PERSON, name: B, evidence: [B]}
  - {id: c, kind: PERSON, name: C, evidence: [C]}
`;
const reviewed = `document: {title: T, id: d, documentType: ARTICLE}
actors:
  - {id: a, kind: PERSON, name: A, evidence: [A]}
  - {id: b, kind: AGENCY, name: B, evidence: [B]}
  - {id: e, kind: PERSON, name: E, evidence: [E]}
relationships:
  - {from: b, type: HOLDS_ROLE, to: e, role: chair, evidence: [B]}
`;

describe('review provenance', () => {
  it('compares entries by section and id, ignoring key order', () => {
    const diff = diffEntries(drafted, reviewed);
    expect(diff.unchanged.map((entry) => entry.id)).toEqual(['d', 'a']);
    expect(diff.changed.map((entry) => entry.id)).toEqual(['b']);
    expect(diff.added.map((entry) => entry.id)).toEqual(['e', 'b HOLDS_ROLE e']);
    expect(diff.removed.map((entry) => entry.id)).toEqual(['c']);
  });

  it('records how each entry was made and counts precision and recall', () => {
    const review = reviewOf('d', drafted, reviewed, 'Alice', '2026-01-01T00:00:00.000Z');
    expect(review).toMatchObject({ acceptedUnchanged: 2, edited: 1, rejected: 1, added: 2 });
    expect(review.entries).toContainEqual({ section: 'actors', id: 'b', origin: 'DRAFTED_EDITED' });
    expect(review.entries).toContainEqual({
      section: 'actors',
      id: 'e',
      origin: 'ADDED_BY_REVIEWER',
    });
    const totals = totalsOf([review, { ...review, documentId: 'd2', rejected: 3 }]);
    expect(totals).toMatchObject({
      documents: 2,
      acceptedUnchanged: 4,
      edited: 2,
      rejected: 4,
      added: 4,
    });
    expect(totals.precision).toBeCloseTo(6 / 10);
    expect(totals.recall).toBeCloseTo(6 / 10);
    expect(totals.exactPrecision).toBeCloseTo(4 / 10);
    expect(formatReport([review])).toContain(
      'drafting precision 75.0% (exact 50.0%), recall 60.0% (exact 40.0%)',
    );
    expect(formatReport([])).toBe('No reviewed document has been loaded yet.');
  });
});
