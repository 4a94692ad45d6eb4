import { describe, expect, it } from 'vitest';
import { buildDocumentQuotes, buildKnownNames } from './graph-queries.ts';

describe('the drafting graph reads', () => {
  it('reads names without quotes, and quotes only for the drafted documents, parameterised', () => {
    const names = buildKnownNames();
    const quotes = buildDocumentQuotes([
      'harbour-engines',
      'x"; MATCH (n) DETACH DELETE n',
      'harbour-engines',
    ]);
    expect(names.cypher).not.toMatch(/Statement|quote/);
    expect(quotes.cypher).not.toContain('harbour-engines');
    expect(quotes.params).toEqual({ ids: ['harbour-engines', 'x"; MATCH (n) DETACH DELETE n'] });
    expect({ names, quotes }).toMatchSnapshot();
  });
});
