import { describe, expect, it } from 'vitest';
import { findOccurrences, locateQuote } from './locate-quotes.ts';

describe('locateQuote', () => {
  const text = 'Mao said: “fair, reasonable”. Mao said it twice. 商务部 said 𝔊 gallium.';

  it('returns [start, end) in UTF-16 code units such that slice gives the quote back', () => {
    for (const quote of ['fair, reasonable', '商务部', '𝔊 gallium', 'Mao said: “']) {
      const location = locateQuote(text, quote);
      expect(location.ok).toBe(true);
      if (location.ok) expect(text.slice(location.start, location.end)).toBe(quote);
    }
    const astral = locateQuote(text, 'gallium');
    // 𝔊 is one code point but two UTF-16 code units, which the offsets count.
    expect(astral).toEqual({
      ok: true,
      start: text.indexOf('gallium'),
      end: text.indexOf('gallium') + 7,
    });
    expect(text.indexOf('gallium') - text.indexOf('𝔊')).toBe(3);
  });

  it('reports a quote that occurs more than once as ambiguous, with its offsets', () => {
    const location = locateQuote(text, 'Mao said');
    expect(location).toMatchObject({ ok: false, code: 'QUOTE_AMBIGUOUS' });
    if (!location.ok) expect(location.message).toContain('occurs 2 times (at offsets 0, 30)');
  });

  it('picks the n-th occurrence when asked, and refuses one that does not exist', () => {
    expect(locateQuote(text, 'Mao said', 2)).toEqual({ ok: true, start: 30, end: 38 });
    const missing = locateQuote(text, 'Mao said', 3);
    expect(missing).toMatchObject({ ok: false, code: 'QUOTE_NOT_FOUND' });
    if (!missing.ok) expect(missing.message).toContain('occurs only 2 times');
  });

  it('never normalises: other quotation marks, case or spacing do not match, but are hinted at', () => {
    for (const quote of [
      'Mao said: "fair',
      'FAIR, REASONABLE',
      'fair,  reasonable',
      'fair, reasonable ',
    ]) {
      const location = locateQuote(text, quote);
      expect(location).toMatchObject({ ok: false, code: 'QUOTE_NOT_FOUND' });
    }
    const near = locateQuote(text, 'Mao said: "fair');
    if (!near.ok) expect(near.message).toContain('A near match exists');
    const far = locateQuote(text, 'tungsten');
    if (!far.ok) expect(far.message).not.toContain('near match');
  });

  it('refuses a quote holding half of a character, which would split a character of the text', () => {
    const astral = 'Smile 😀abc';
    for (const [quote, at] of [
      ['\uDE00abc', 'character 0'],
      ['Smile \uD83D', 'character 6'],
      ['\uD83D', 'character 0'],
    ] as const) {
      const location = locateQuote(astral, quote);
      expect(location).toMatchObject({ ok: false, code: 'QUOTE_SPLITS_CHARACTER' });
      if (!location.ok) expect(location.message).toContain(at);
    }
    expect(locateQuote(astral, '😀abc')).toEqual({ ok: true, start: 6, end: 11 });
  });

  it('hints at a quote that matches only in another Unicode normalisation form', () => {
    const composed = 'Café de Flore'.normalize('NFC');
    const location = locateQuote(composed, composed.normalize('NFD'));
    expect(location).toMatchObject({ ok: false, code: 'QUOTE_NOT_FOUND' });
    if (!location.ok) expect(location.message).toContain('Unicode normalisation form');
    const reverse = locateQuote(composed.normalize('NFD'), composed);
    if (!reverse.ok) expect(reverse.message).toContain('Unicode normalisation form');
  });

  it('finds overlapping occurrences', () => {
    expect(findOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(findOccurrences('abc', '')).toEqual([]);
  });
});
