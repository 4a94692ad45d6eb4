import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

describe('a second quotation after the attribution', () => {
  it('belongs to the speaker the first quotation was attributed to', () => {
    const doc = draftOf(
      '“We cannot keep the ferries running on this budget,” said Harbour Commissioner Alice M. Brandt. “The board should vote on the levy before winter.”',
    );
    expect(statementsOf(doc)).toEqual([
      'Alice M. Brandt | DIRECT_QUOTE | We cannot keep the ferries running on this budget',
      'Alice M. Brandt | DIRECT_QUOTE | The board should vote on the levy before winter.',
    ]);
    expect(doc.statements.map((s) => s.rule)).toEqual(['quote-then-verb', 'second-quote']);
  });

  it('does not carry the speaker into the next paragraph’s short quotation', () => {
    const doc = draftOf(
      '“We cannot keep the ferries running on this budget,” said Harbour Commissioner Alice M. Brandt.\n\nThe islanders call the levy a “ferry tax”.',
    );
    expect(statementsOf(doc)).toEqual([
      'Alice M. Brandt | DIRECT_QUOTE | We cannot keep the ferries running on this budget',
    ]);
  });
});
