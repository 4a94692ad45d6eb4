import { describe, expect, it } from 'vitest';
import { draftOf, statementsOf } from '../test-support/draft-of.ts';

describe('title anaphora', () => {
  it('resolves `The Deputy Secretary said …` to the person introduced with that title', () => {
    const doc = draftOf(
      'Deputy Secretary of Transport Mira Olsen met Harbour Commissioner Alice M. Brandt on Monday. The Deputy Secretary said the ferry levy would be reviewed before the winter season.',
    );
    const s = doc.statements.find((x) => x.rule === 'reference-verb');
    expect(statementsOf(doc)).toContain(
      'Mira Olsen | PARAPHRASE | the ferry levy would be reviewed before the winter season.',
    );
    expect(s?.confidence).toBe(0.5);
  });
});
