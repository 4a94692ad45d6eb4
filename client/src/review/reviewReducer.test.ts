import { describe, expect, it } from 'vitest';
import { readExtraction } from './extraction.ts';
import { setStatus } from './reviewEdits.ts';
import { openReview, reviewReducer } from './reviewReducer.ts';
import { segmentsOf } from './textSegments.ts';

const TEXT = 'Ana Bell met the Port Office.';
const YAML = `
document: { id: doc-1, title: Ports, documentType: ARTICLE }
actors:
  - { id: port-office, kind: AGENCY, name: Port Office, evidence: [Port Office] }
  - { id: ana-bell, kind: PERSON, name: Ana Bell, evidence: [Ana Bell] }
`;
const start = openReview(
  { id: 'd', documentId: 'doc-1', status: 'IN_REVIEW', version: 1, text: TEXT },
  readExtraction(YAML, YAML, null),
);

describe('the review state', () => {
  it('starts on the first entry in reading order and moves within the list', () => {
    expect(start.cursor).toBe('actors:ana-bell');
    const next = reviewReducer(start, { type: 'move', delta: 1 });
    expect(next.cursor).toBe('actors:port-office');
    expect(reviewReducer(next, { type: 'move', delta: 1 }).cursor).toBe('actors:port-office');
    expect(reviewReducer(start, { type: 'move', delta: -1 }).cursor).toBe('actors:ana-bell');
  });

  it('undoes an edit, named after it, and marks the review unsaved', () => {
    const edited = reviewReducer(start, {
      type: 'edit',
      label: 'reject',
      change: (extraction) => setStatus(extraction, 'actors:ana-bell', 'rejected'),
    });
    expect(edited.dirty).toBe(true);
    expect(edited.past.at(-1)?.label).toBe('reject');
    const undone = reviewReducer(edited, { type: 'undo' });
    expect(undone.extraction).toBe(start.extraction);
    expect(undone.past).toEqual([]);
  });
});

describe('text segments', () => {
  it('cuts the text where spans start and end, each piece naming the entries over it', () => {
    expect(
      segmentsOf(10, [
        { key: 'a', start: 2, end: 6 },
        { key: 'b', start: 4, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 2, keys: [] },
      { start: 2, end: 4, keys: ['a'] },
      { start: 4, end: 6, keys: ['a', 'b'] },
      { start: 6, end: 8, keys: ['b'] },
      { start: 8, end: 10, keys: [] },
    ]);
  });
});
