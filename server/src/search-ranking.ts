/**
 * Ranks full-text candidates the way people mean a search (pure; the candidates come from
 * cypher/search.ts). A node's names (its name and aliases) are compared with the text word by
 * word, after folding case and accents:
 *
 * | tier | a name of the node…                                                    |
 * | ---- | ---------------------------------------------------------------------- |
 * | 5    | is the text (`MOFCOM`, `商务部`)                                          |
 * | 4    | holds every word of the text as a whole word (`Ministry of Commerce`)    |
 * | 3    | starts with the text (`Xiang Lig` → `Xiang Ligang`)                      |
 * | 2    | has a word starting with each word of the text (`Comm` → `Commerce`)   |
 * | 1    | holds some word of the text, whole or as a word's start                |
 * | 0    | none of these (Lucene matched it otherwise)                            |
 *
 * Words in Chinese, Japanese or Korean script count as whole words wherever a name contains them
 * (those scripts do not separate words by spaces). Common English words (`of`, `and`, `the`) are
 * not required when the text has other words. Hits are ordered by tier, then actors before items,
 * measures, documents and statements, then by the shorter matching name, then by Lucene score, then
 * by id. So `Commerce` puts the two commerce authorities before the rules whose titles mention the
 * Commerce Control List.
 */
import { hasCjk } from './cypher/lucene.ts';
import type { NodeKindValue } from './model.ts';

/** One candidate of the full-text query. */
export interface SearchCandidate {
  id: string;
  kind: NodeKindValue;
  name: string;
  aliases: string[];
  /** Lucene score, the better of the two indexes. */
  score: number;
}

/** A ranked candidate. */
export interface RankedCandidate extends SearchCandidate {
  /** See the module comment (0 to 5). */
  tier: number;
  /** The name or alias that matched best: the canonical name when it is among the best. */
  matchedName: string;
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'or',
  'not',
  'at',
  'by',
  'with',
]);

/** Order of kinds at equal tier: actors, then items, measures, documents, statements. */
const KIND_GROUP: Partial<Record<NodeKindValue, number>> = {
  ITEM: 1,
  MEASURE: 2,
  DOCUMENT: 3,
  STATEMENT: 4,
};

/** Any character outside printable ASCII (space to tilde). */
const BEYOND_ASCII = /[^ -~]/;

/** The words of `text`, folded: case and accents removed, split on anything but letters and digits. */
export function foldedWords(text: string): string[] {
  // Printable ASCII has no accents and no letters or digits beyond [a-z0-9] once lower-cased, so it
  // skips the Unicode normalisation (most names are ASCII; the result is the same).
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The folded words of a text, prepared once for comparing with many names. */
interface PreparedWords {
  /** The words joined by single spaces. */
  text: string;
  /** The words that must match (the words without common English words, unless that is all). */
  content: { word: string; cjk: boolean }[];
}

function prepare(words: readonly string[]): PreparedWords {
  const kept = words.some((word) => !STOP_WORDS.has(word))
    ? words.filter((word) => !STOP_WORDS.has(word))
    : words;
  return { text: words.join(' '), content: kept.map((word) => ({ word, cjk: hasCjk(word) })) };
}

/** True when the name holds `word` whole (`prefix`: or as a word's start); CJK words anywhere. */
function holds(
  nameWords: readonly string[],
  joined: string,
  { word, cjk }: { word: string; cjk: boolean },
  prefix: boolean,
): boolean {
  if (cjk) return joined.includes(word);
  if (!prefix) return nameWords.includes(word);
  for (const nameWord of nameWords) if (nameWord.startsWith(word)) return true;
  return false;
}

/** True when the name holds every content word (`some`: at least one). */
function holdsWords(
  nameWords: readonly string[],
  joined: string,
  content: PreparedWords['content'],
  prefix: boolean,
  some: boolean,
): boolean {
  for (const word of content) {
    if (holds(nameWords, joined, word, prefix) === some) return some;
  }
  return !some;
}

/**
 * The tier of a name, given as its folded words, for the prepared words of the text. Plain loops
 * rather than closures: this runs for every name of every candidate.
 */
function tierOf(nameWords: readonly string[], prepared: PreparedWords): number {
  const { text, content } = prepared;
  if (content.length === 0) return 0;
  const joined = nameWords.join(' ');
  if (joined === text) return 5;
  if (holdsWords(nameWords, joined, content, false, false)) return 4;
  if (joined.startsWith(text)) return 3;
  if (holdsWords(nameWords, joined, content, true, false)) return 2;
  if (holdsWords(nameWords, joined, content, true, true)) return 1;
  return 0;
}

/** The tier of one name for the folded words of the text (see the module comment). */
export function nameTier(name: string, words: readonly string[]): number {
  return tierOf(foldedWords(name), prepare(words));
}

/** A ranked candidate with the length of its shortest name in its best tier (for ties). */
function rankPrepared(
  candidate: SearchCandidate,
  prepared: PreparedWords,
): { hit: RankedCandidate; length: number } {
  const names = [candidate.name, ...candidate.aliases];
  // Each name is folded once: its tier decides the candidate's tier, its matched name and length.
  const tiers: number[] = [];
  for (const name of names) tiers.push(tierOf(foldedWords(name), prepared));
  let tier = tiers[0]!;
  let matchedName = candidate.name;
  for (let i = 1; i < names.length; i += 1) {
    const alias = names[i]!;
    const aliasTier = tiers[i]!;
    const better =
      aliasTier > tier ||
      (aliasTier === tier && matchedName !== candidate.name && alias.length < matchedName.length);
    if (better) {
      tier = aliasTier;
      matchedName = alias;
    }
  }
  let length = Infinity;
  for (let i = 0; i < names.length; i += 1) {
    if (tiers[i] === tier) length = Math.min(length, Array.from(names[i]!).length);
  }
  return { hit: { ...candidate, tier, matchedName }, length };
}

/** Ranks one candidate: its tier, and the name that matched. */
export function rankCandidate(
  candidate: SearchCandidate,
  words: readonly string[],
): RankedCandidate {
  return rankPrepared(candidate, prepare(words)).hit;
}

/** The candidates ranked for `text`, best first (see the module comment). */
export function rankCandidates(
  candidates: readonly SearchCandidate[],
  text: string,
): RankedCandidate[] {
  const prepared = prepare(foldedWords(text));
  const ranked = candidates.map((candidate) => {
    const { hit, length } = rankPrepared(candidate, prepared);
    return { hit, group: KIND_GROUP[hit.kind] ?? 0, length };
  });
  ranked.sort(
    (a, b) =>
      b.hit.tier - a.hit.tier ||
      a.group - b.group ||
      a.length - b.length ||
      b.hit.score - a.hit.score ||
      (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0),
  );
  return ranked.map((entry) => entry.hit);
}

/** How many candidates there are of each kind, most first (then by kind). */
export function countByKind(
  candidates: readonly SearchCandidate[],
): { kind: NodeKindValue; count: number }[] {
  const counts = new Map<NodeKindValue, number>();
  for (const candidate of candidates)
    counts.set(candidate.kind, (counts.get(candidate.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
}
