import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { diffEntries } from './entries.ts';
import { reviewOf, withProvenance } from './provenance.ts';

const drafted = `document: {id: d, title: T, documentType: ARTICLE}
actors:
  - {id: a, kind: PERSON, name: A, evidence: [A]}
  - {id: b, kind: PERSON, name: B, evidence: [B]}
  - {id: c, kind: PERSON, name: C, evidence: [C]}
`;
const reviewed = `# reviewed
document: {id: d, title: T, documentType: ARTICLE}
actors:
  - {id: a, kind: PERSON, name: A, evidence: [A]}
  - {id: b, kind: AGENCY, name: B, evidence: [B]}
relationships:
  - {from: a, type: HOLDS_ROLE, to: b, role: chair, evidence: [A]}
`;

describe('withProvenance', () => {
  const review = reviewOf('d', drafted, reviewed, 'Alice', '2026-01-01T00:00:00.000Z');
  const annotated = withProvenance(reviewed, review);
  const file = parse(annotated);

  it('writes each entry’s origin and the document’s review into the reviewed extraction', () => {
    expect(annotated.startsWith('# reviewed\n')).toBe(true);
    expect(file.document).toMatchObject({
      provenance: 'DRAFTED_ACCEPTED',
      review: { reviewedBy: 'Alice', reviewedAt: '2026-01-01T00:00:00.000Z', rejected: 1 },
    });
    expect(file.actors.map((actor: { provenance: string }) => actor.provenance)).toEqual([
      'DRAFTED_ACCEPTED',
      'DRAFTED_EDITED',
    ]);
    expect(file.relationships[0].provenance).toBe('ADDED_BY_REVIEWER');
  });

  it('leaves the comparison of entries unchanged: provenance is not an edit', () => {
    const diff = diffEntries(reviewed, annotated);
    expect(diff.changed).toEqual([]);
    expect(diff.unchanged).toHaveLength(4);
  });
});
