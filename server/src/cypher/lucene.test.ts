import { describe, expect, it } from 'vitest';
import { escapeLucene, luceneQuery, searchTerms } from './lucene.ts';

describe('escapeLucene', () => {
  it('escapes every Lucene special character', () => {
    expect(escapeLucene('a+b-c!d(e)f{g}h[i]j^k"l~m*n?o:p\\q/r&s|t')).toBe(
      'a\\+b\\-c\\!d\\(e\\)f\\{g\\}h\\[i\\]j\\^k\\"l\\~m\\*n\\?o\\:p\\\\q\\/r\\&s\\|t',
    );
  });
});

describe('searchTerms', () => {
  it('keeps words in any script, lower-cased, without syntax', () => {
    expect(searchTerms('Mao Ning')).toEqual(['mao', 'ning']);
    expect(searchTerms('"Ministry" (of) ~Commerce*')).toEqual(['ministry', 'of', 'commerce']);
    expect(searchTerms('商务部 MOFCOM')).toEqual(['商务部', 'mofcom']);
    expect(searchTerms("O'Brien AND/OR -x")).toEqual(["o'brien", 'and', 'or', 'x']);
    expect(searchTerms('Zürich café')).toEqual(['zürich', 'café']);
  });
  it('finds no word in syntax alone', () => {
    for (const text of ['', '  ', '-', '*', '()', '"', '~', '/', '&&', '||', '\\'])
      expect(searchTerms(text)).toEqual([]);
  });
  it('drops repeated words and keeps at most 12', () => {
    expect(searchTerms('a a b')).toEqual(['a', 'b']);
    expect(searchTerms(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' '))).toHaveLength(12);
  });
});

describe('luceneQuery', () => {
  it('ORs each word as a boosted term and, from three letters, as a prefix', () => {
    expect(luceneQuery('Comm')).toBe('comm^2 comm*');
    expect(luceneQuery('EU')).toBe('eu^2');
  });
  it('adds the words as a boosted phrase', () => {
    expect(luceneQuery('mao ning')).toBe('mao^2 mao* ning^2 ning* "mao ning"^4');
  });
  it('lower-cases operators so they are words', () => {
    expect(luceneQuery('gallium AND germanium')).toBe(
      'gallium^2 gallium* and^2 and* germanium^2 germanium* "gallium and germanium"^4',
    );
  });
  it('searches a CJK word as a phrase, without wildcard, so one shared character or pair is not a match', () => {
    expect(luceneQuery('商务部')).toBe('"商务部"^2');
    expect(luceneQuery('毛宁 spokesperson')).toBe(
      '"毛宁"^2 spokesperson^2 spokesperson* "毛宁 spokesperson"^4',
    );
  });
  it('is null when there is nothing to search for', () => {
    expect(luceneQuery('( - )')).toBeNull();
  });
});
