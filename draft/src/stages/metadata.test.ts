import { describe, expect, it } from 'vitest';
import { draftOf, words } from '../test-support/draft-of.ts';

describe('metadata', () => {
  it('reads the title line, a byline date, the dateline and its outlet', () => {
    const text =
      'Kai_Berg ・ Mar. 5, 2024\nHarbour Fees to Rise in Spring\nPINECREST, March 4 (Harbour Daily)—The port raised its fees.';
    const doc = draftOf(text, null);
    expect(doc.meta.title).toBe('Harbour Fees to Rise in Spring');
    expect(doc.meta.publishedOn).toBe('2024-03-05');
    expect(words(doc, doc.meta.dateline!)).toBe('PINECREST, March 4');
    expect(doc.meta.outlet).toBe('Harbour Daily');
    expect(doc.entities.map((e) => `${e.name} (${e.kind})`)).toContain(
      'Harbour Daily (MEDIA_OUTLET)',
    );
  });

  it('reads a "PLACE –" dateline and leaves a text without a date undated', () => {
    const doc = draftOf(
      'Council Adopts Budget\n\nLOWTOWN – Today the council adopted its budget.',
      null,
    );
    expect(words(doc, doc.meta.dateline!)).toBe('LOWTOWN');
    expect(doc.meta.publishedOn).toBeUndefined();
  });

  it('keeps a one-word outlet from the dateline that is also a name ending', () => {
    const doc = draftOf(
      'Harbour Fees Rise\n\nPINECREST, Sept 18 (Gazette) - The port raised its fees.',
      null,
    );
    expect(doc.meta.outlet).toBe('Gazette');
    expect(doc.entities.map((e) => `${e.name} (${e.kind})`)).toEqual(['Gazette (MEDIA_OUTLET)']);
  });
});
