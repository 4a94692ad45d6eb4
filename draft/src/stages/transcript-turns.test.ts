import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

const BRIEFING = [
  'Harbour Authority Spokesperson Lena Voss’s Regular Briefing on March 3, 2025',
  '',
  'Coastal Herald: The Ferry Board announced new tolls yesterday. What is your comment?',
  '',
  'Lena Voss: The Harbour Authority firmly opposes the new tolls on island routes. As for the details, I’d refer you to the competent authorities.',
  '',
  'Island Radio: Will the authority respond to the tolls?',
  '',
  'Lena Voss: We have noted the reports. We urge the Ferry Board to withdraw the tolls.',
].join('\n');

describe('transcript turns in mixed case', () => {
  it('takes a recurring `Name Surname:` label as a speaker turn and drafts its stands as direct quotes', () => {
    const doc = draftOf(BRIEFING);
    expect(statementsOf(doc)).toEqual([
      'Lena Voss | DIRECT_QUOTE | The Harbour Authority firmly opposes the new tolls on island routes.',
      'Lena Voss | DIRECT_QUOTE | We urge the Ferry Board to withdraw the tolls.',
    ]);
  });

  it('drafts no statement from a questioner’s `Outlet: …?` paragraph', () => {
    const doc = draftOf(BRIEFING);
    expect(
      doc.statements.some((s) => doc.text.slice(s.quote.start, s.quote.end).includes('announced')),
    ).toBe(false);
    expect(
      doc.paragraphs
        .filter((p) => p.turnLabel)
        .map((p) => doc.text.slice(p.turnLabel!.start, p.turnLabel!.end)),
    ).toEqual(['Lena Voss', 'Lena Voss']);
  });
});
