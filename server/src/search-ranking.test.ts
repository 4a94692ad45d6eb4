import { describe, expect, it } from 'vitest';
import { countByKind, rankCandidates, type SearchCandidate } from './search-ranking.ts';
import { foldedName, foldedWords, nameTier, STOP_WORDS } from './search-tiers.ts';

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
  it('counts a word only between word boundaries, in plain and in folded names alike', () => {
    // Each pair: an ASCII name (matched in place) and the same with an accent (folded whole).
    for (const [plain, accented] of [
      ['Commerce Department', 'Commérce Department'],
      ['Ministry of Commerce', 'Ministry of Commérce'],
    ]) {
      const tiers = (text: string) => [
        nameTier(plain!, foldedWords(text)),
        nameTier(accented!, foldedWords(text)),
      ];
      // 1, not 3: "com" starts a word, but no word is "com" followed by one starting "merce".
      expect(tiers('com merce')).toEqual([1, 1]);
      expect(tiers('merce')).toEqual([0, 0]);
    }
    expect(nameTier('Commerce: “Ministry”…', foldedWords('commerce ministry'))).toBe(5);
    expect(nameTier('Commerce Ministry Office', foldedWords('commerce ministry'))).toBe(4);
    expect(nameTier('Commerce Ministryoffice', foldedWords('commerce ministry'))).toBe(3);
    // A letter outside the Basic Multilingual Plane (Gothic) joins the word it touches.
    expect(nameTier('𐌰gallium', foldedWords('gallium'))).toBe(0);
    expect(nameTier('𐌰 gallium', foldedWords('gallium'))).toBe(4);
    // "U.S." is the words "u" and "s"; "_" separates words.
    expect(nameTier('the U.S. Commerce_Ministry', foldedWords('us commerce'))).toBe(1);
    expect(nameTier('the U.S. Commerce_Ministry', foldedWords('u s commerce ministry'))).toBe(4);
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

/**
 * The ranking as the module comment states it, over word arrays, written for clarity: the fast
 * ranking (one folded string per name, substring tests) must order every candidate list the same.
 */
// The same list of common English words (data, not logic).
const STOP = STOP_WORDS;
const CJK_WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function referenceTier(name: string, textWords: string[]): number {
  const words = foldedWords(name);
  const content = textWords.some((w) => !STOP.has(w))
    ? textWords.filter((w) => !STOP.has(w))
    : textWords;
  if (content.length === 0) return 0;
  const joined = words.join(' ');
  const whole = (w: string) => (CJK_WORD.test(w) ? joined.includes(w) : words.includes(w));
  const start = (w: string) =>
    CJK_WORD.test(w) ? joined.includes(w) : words.some((x) => x.startsWith(w));
  if (joined === textWords.join(' ')) return 5;
  if (content.every(whole)) return 4;
  if (joined.startsWith(textWords.join(' '))) return 3;
  if (content.every(start)) return 2;
  if (content.some(start)) return 1;
  return 0;
}

function referenceOrder(candidates: SearchCandidate[], text: string): string[] {
  const textWords = foldedWords(text);
  const group = (kind: string) => ({ ITEM: 1, MEASURE: 2, DOCUMENT: 3, STATEMENT: 4 })[kind] ?? 0;
  const keyed = candidates.map((c) => {
    const names = [c.name, ...c.aliases];
    const tiers = names.map((n) => referenceTier(n, textWords));
    const tier = Math.max(...tiers);
    const length = Math.min(
      ...names.filter((_, i) => tiers[i] === tier).map((n) => Array.from(n).length),
    );
    return { c, tier, length };
  });
  keyed.sort(
    (a, b) =>
      b.tier - a.tier ||
      group(a.c.kind) - group(b.c.kind) ||
      a.length - b.length ||
      b.c.score - a.c.score ||
      (a.c.id < b.c.id ? -1 : 1),
  );
  return keyed.map((k) => `${k.c.id}:${k.tier}`);
}

describe('the ranking against its specification', () => {
  // Words that meet every branch: ASCII, accents, stop words, curly quotes and ellipses (General
  // Punctuation), full-width letters, Cyrillic, Han (one outside the BMP), hyphens and digits.
  const VOCABULARY = [
    'Ministry',
    'of',
    'Commerce',
    'Commercial',
    'Comm',
    'the',
    'Wáng',
    'Wang',
    'Wénbīn',
    '“export',
    'control”',
    'export-control',
    'gallium…',
    'Gallium',
    'Ｃｏｍｍｅｒｃｅ',
    'торговли',
    'Министерство',
    '商务部',
    '中华人民共和国商务部',
    '𠀀部',
    'A100',
    'a100',
    "O'Brien",
    '—',
    'and',
  ];
  const KINDS: SearchCandidate['kind'][] = [
    'AGENCY',
    'PERSON',
    'ITEM',
    'MEASURE',
    'DOCUMENT',
    'STATEMENT',
  ];
  let seed = 20261207;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const phrase = (most: number) =>
    Array.from({ length: 1 + random(most) }, () => VOCABULARY[random(VOCABULARY.length)]!).join(
      random(3) === 0 ? '  ' : ' ',
    );

  it('folds a name without splitting it: its runs of letters and digits are foldedWords', () => {
    const runs = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i < 500; i += 1) {
      const name = phrase(6);
      expect(runs(foldedName(name)), name).toEqual(foldedWords(name));
    }
    expect(foldedName('Elena Smirnov: “The export control…”')).toBe(
      'elena smirnov: “the export control…”',
    );
    expect(foldedName('Wáng Wénbīn, Ｃｏｍｍｅｒｃｅ')).toBe('wang wenbin, commerce');
  });

  it('orders 300 generated candidate lists as the specification does', () => {
    for (let round = 0; round < 300; round += 1) {
      const candidates = Array.from({ length: 1 + random(12) }, (_, i) =>
        candidate(
          `n${i}`,
          KINDS[random(KINDS.length)]!,
          phrase(5),
          Array.from({ length: random(3) }, () => phrase(3)),
          random(4),
        ),
      );
      const text = random(4) === 0 ? phrase(1).slice(0, 4) : phrase(3);
      const ranked = rankCandidates(candidates, text).map((hit) => `${hit.id}:${hit.tier}`);
      expect(ranked, text).toEqual(referenceOrder(candidates, text));
    }
  });
});
