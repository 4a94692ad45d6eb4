import { describe, expect, it } from 'vitest';
import {
  ARRAY_DELIMITER_CANDIDATES,
  ArrayDelimiterError,
  chooseArrayDelimiter,
  csvArray,
  csvLine,
  csvText,
} from './csv-text.ts';

const US = '\u001f';

describe('csvText', () => {
  it('quotes every value and doubles the quotes inside', () => {
    expect(csvText('plain')).toBe('"plain"');
    expect(csvText('say "no"')).toBe('"say ""no"""');
    expect(csvText('"')).toBe('""""');
    expect(csvText('')).toBe('""');
  });

  it('keeps commas, backslashes, line breaks and every script as they are', () => {
    const text = 'a, b\\c\r\nline two\n中文 العربية हिन्दी Ελληνικά 😀\t';
    expect(csvText(text)).toBe(`"${text}"`);
  });
});

describe('csvArray', () => {
  it('joins the elements with the delimiter inside one quoted field', () => {
    expect(csvArray(['a', 'b "c"', 'd,e'], US)).toBe(`"a${US}b ""c""${US}d,e"`);
    expect(csvArray([12, 0, 7], US)).toBe(`"12${US}0${US}7"`);
  });

  it('writes an empty list as an empty, unquoted field (no property)', () => {
    expect(csvArray([], US)).toBe('');
  });

  it('refuses an element holding the delimiter, naming it', () => {
    expect(() => csvArray(['ok', `x${US}y`], US)).toThrow(ArrayDelimiterError);
    expect(() => csvArray(['ok', `x${US}y`], US)).toThrow(/U\+001F/);
  });
});

describe('chooseArrayDelimiter', () => {
  it('takes the unit separator unless a value held it, then the next separator', () => {
    expect(chooseArrayDelimiter(new Set())).toBe(US);
    expect(chooseArrayDelimiter(new Set([US]))).toBe('\u001e');
  });

  it('never offers a character the CSV syntax uses', () => {
    for (const candidate of ARRAY_DELIMITER_CANDIDATES) expect(candidate).not.toMatch(/[",\r\n]/);
  });

  it('fails when every candidate occurs', () => {
    expect(() => chooseArrayDelimiter(new Set(ARRAY_DELIMITER_CANDIDATES))).toThrow(
      /Every array delimiter/,
    );
  });
});

describe('csvLine', () => {
  it('separates fields with commas and ends with a line feed; missing values stay empty', () => {
    expect(csvLine(['"a"', '', '"b"'])).toBe('"a",,"b"\n');
  });
});
