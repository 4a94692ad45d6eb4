import { describe, expect, it } from 'vitest';
import { newDoc } from '../document.ts';
import { findParagraphs } from './paragraphs.ts';
import { findQuotes } from './quotes.ts';

function quotesOf(text: string): string[] {
  const doc = newDoc(text, { id: 'q', documentType: 'ARTICLE' });
  findParagraphs(doc);
  findQuotes(doc);
  for (const q of doc.quotes)
    expect(text.slice(q.inner.start, q.inner.end)).toBe(
      text.slice(q.inner.start, q.inner.end).trim(),
    );
  return doc.quotes.map((q) => text.slice(q.inner.start, q.inner.end));
}

describe('findQuotes', () => {
  it('pairs marks by alternation, so a closing mark typed as an opening one still closes', () => {
    const text =
      '“Rivers are rising fast, “ the mayor of Lowtown warned. She added “we are ready”.';
    expect(quotesOf(text)).toEqual(['Rivers are rising fast', 'we are ready']);
  });

  it('pairs straight double quotes the same way', () => {
    expect(quotesOf('He said "the vote is Tuesday" and "nothing else".')).toEqual([
      'the vote is Tuesday',
      'nothing else',
    ]);
  });

  it('runs an unclosed quotation to the end of its paragraph, and a lone closing mark from the paragraph start', () => {
    const text =
      'Pat Doyle said: “The harbour reopens in May.\n\nBoats may dock from June onwards,” Doyle added.';
    expect(quotesOf(text)).toEqual([
      'The harbour reopens in May.',
      'Boats may dock from June onwards',
    ]);
  });

  it('finds nothing in page furniture', () => {
    const text =
      'The council met.\n\nRelated Posts\n“Ten Tips” for Gardeners\nCredit: “Photo Desk”';
    expect(quotesOf(text)).toEqual([]);
  });
});
