import { describe, expect, it } from 'vitest';
import {
  countByKind,
  foldedWords,
  nameTier,
  rankCandidates,
  type SearchCandidate,
} from './search-ranking.ts';

const candidate = (
  id: string,
  kind: SearchCandidate['kind'],
  name: string,
  aliases: string[] = [],
  score = 1,
): SearchCandidate => ({
  id,
  kind,
  name,
  aliases,
  score,
});

describe('foldedWords', () => {
  it('splits ASCII and other text alike: letters and digits, lower-cased, accents and widths folded', () => {
    expect(foldedWords("O'Brien & Co. 2024_v2")).toEqual(['o', 'brien', 'co', '2024', 'v2']);
    expect(foldedWords('Wáng Wénbīn')).toEqual(['wang', 'wenbin']);
    expect(foldedWords('Ｃｏｍｍｅｒｃｅ　ＤＥＰＴ')).toEqual(['commerce', 'dept']);
    expect(foldedWords('Министерство торговли')).toEqual(['министерство', 'торговли']);
    expect(foldedWords('商务部 MOFCOM')).toEqual(['商务部', 'mofcom']);
  });
});

describe('nameTier', () => {
  it('grades how a name matches the words of the text', () => {
    const words = foldedWords('Commerce');
    expect(nameTier('Commerce', words)).toBe(5);
    expect(nameTier('Ministry of Commerce', words)).toBe(4);
    expect(nameTier('Commercial Aircraft Corporation', foldedWords('Comm'))).toBe(3);
    expect(nameTier('China Commercial Aircraft', foldedWords('Comm'))).toBe(2);
    expect(nameTier('Xiang Ligang', foldedWords('Xiang Lig'))).toBe(3);
    expect(nameTier('Ministry of Foreign Affairs', foldedWords('ministry commerce'))).toBe(1);
    expect(nameTier('Amazon', words)).toBe(0);
  });
  it('folds case and accents, and does not require common English words', () => {
    expect(nameTier('Wang Wenbin', foldedWords('Wáng Wénbīn'))).toBe(5);
    expect(nameTier('US Department of Commerce', foldedWords('Commerce AND'))).toBe(4);
  });
  it('matches CJK words inside a name, never by one shared character', () => {
    expect(nameTier('中华人民共和国商务部', foldedWords('商务部'))).toBe(4);
    expect(nameTier('特温宁', foldedWords('毛宁'))).toBe(0);
  });
});

describe('rankCandidates', () => {
  it('puts actors before rules at equal match, then shorter names, and names the alias that matched', () => {
    const ranked = rankCandidates(
      [
        candidate(
          'ccl',
          'MEASURE',
          'Commerce Control List: Controls on Certain Marine Toxins',
          [],
          9,
        ),
        candidate(
          'ccl-doc',
          'DOCUMENT',
          'Commerce Control List: Controls on Certain Marine Toxins',
          [],
          9,
        ),
        candidate(
          'mofcom',
          'AGENCY',
          "Ministry of Commerce of the People's Republic of China",
          ['MOFCOM', 'Ministry of Commerce'],
          2,
        ),
        candidate('us-doc', 'AGENCY', 'US Department of Commerce', ['Commerce Department'], 3),
      ],
      'Commerce',
    );
    expect(ranked.map((hit) => hit.id)).toEqual(['us-doc', 'mofcom', 'ccl', 'ccl-doc']);
    expect(ranked[1]!.matchedName).toBe("Ministry of Commerce of the People's Republic of China");
    const [exact] = rankCandidates(
      [candidate('mofcom', 'AGENCY', 'Ministry of Commerce', ['MOFCOM'])],
      'mofcom',
    );
    expect(exact).toMatchObject({ tier: 5, matchedName: 'MOFCOM' });
  });
});

describe('countByKind', () => {
  it('counts candidates of each kind, most first', () => {
    expect(
      countByKind([
        candidate('a', 'MEASURE', 'a'),
        candidate('b', 'AGENCY', 'b'),
        candidate('c', 'MEASURE', 'c'),
      ]),
    ).toEqual([
      { kind: 'MEASURE', count: 2 },
      { kind: 'AGENCY', count: 1 },
    ]);
  });
});
