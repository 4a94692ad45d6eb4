/**
 * How well one name matches the words of a search text: the tier of search-ranking.ts's table
 * (0 to 5), after folding case and accents. Pure.
 *
 * Ranking grades every name of up to 400 candidates per request, so a name is not split into
 * words: it is folded into one string (only lower-cased when it is ASCII and typographic
 * punctuation, as most names are), and each word of the text is looked for in it by position, with
 * the characters around each occurrence checked for word boundaries. search-ranking.test.ts checks
 * the tiers against a plain statement of the rules over word arrays.
 */
import { hasCjk } from './cypher/lucene.ts';

/** Common English words, not required when the text has other words. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
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

/** Any character outside printable ASCII (space to tilde). */
const BEYOND_ASCII = /[^ -~]/;

/**
 * Any character outside printable ASCII and General Punctuation (U+2000 to U+206F: typographic
 * spaces, dashes, quotes, ellipsis). No character of that block is a letter or digit, even after
 * NFKD, so a name with only these besides ASCII folds like ASCII.
 */
const BEYOND_ASCII_AND_PUNCTUATION = /[^ -~\u2000-\u206f]/;

/** The words of `text`, folded: case and accents removed, split on anything but letters and digits. */
export function foldedWords(text: string): string[] {
  // Printable ASCII has no accents and no letters or digits beyond [a-z0-9] once lower-cased, so it
  // skips the Unicode normalisation (the result is the same).
  if (!BEYOND_ASCII.test(text)) return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * `text` lower-cased, with compatibility forms and accents folded as `foldedWords` folds them
 * (NFKD, combining marks removed), but not split: its words are its runs of letters and digits.
 */
export function foldedName(text: string): string {
  return BEYOND_ASCII_AND_PUNCTUATION.test(text)
    ? text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
    : text.toLowerCase();
}

/** A word of the text that a name must hold. */
interface ContentWord {
  word: string;
  /** A CJK word is held wherever a name contains it (those scripts put no spaces between words). */
  cjk: boolean;
}

/** The folded words of a search text, prepared once for comparing with many names. */
export interface PreparedWords {
  /** Every word, common ones included. */
  words: readonly string[];
  /** The words that must match (the words without common English words, unless that is all). */
  content: readonly ContentWord[];
}

/** Prepares the folded words of a search text (`foldedWords(text)`). */
export function prepareWords(words: readonly string[]): PreparedWords {
  const kept = words.some((word) => !STOP_WORDS.has(word))
    ? words.filter((word) => !STOP_WORDS.has(word))
    : words;
  return { words, content: kept.map((word) => ({ word, cjk: hasCjk(word) })) };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** True for the code point of a letter or digit: a word's character (`foldedWords`' split). */
function wordCode(code: number): boolean {
  // Names are lower-cased before they are scanned: no A to Z here.
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  if (code >= 0x2000 && code <= 0x206f) return false;
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** True when the code point ending just before `at` is a word's character. */
function wordBefore(name: string, at: number): boolean {
  if (at === 0) return false;
  const unit = name.charCodeAt(at - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && at >= 2) return wordCode(name.codePointAt(at - 2)!);
  return wordCode(unit);
}

/** True when the code point at `at` is a word's character (false at the end). */
function wordAt(name: string, at: number): boolean {
  return at < name.length && wordCode(name.codePointAt(at)!);
}

/** The index of the next word's character from `at` (the name's length if none). */
function skipSeparators(name: string, at: number): number {
  while (at < name.length) {
    const code = name.codePointAt(at)!;
    if (wordCode(code)) return at;
    at += code > 0xffff ? 2 : 1;
  }
  return at;
}

/** True when `word` occurs in `name` at a word's start (`whole`: and ends at a word's end). */
function occurs(name: string, word: string, whole: boolean): boolean {
  for (let at = name.indexOf(word); at >= 0; at = name.indexOf(word, at + 1)) {
    if (wordBefore(name, at)) continue;
    if (!whole || !wordAt(name, at + word.length)) return true;
  }
  return false;
}

/** True when the name holds every content word (`some`: at least one), whole or (`prefix`) as a start. */
function holdsWords(
  name: string,
  content: readonly ContentWord[],
  prefix: boolean,
  some: boolean,
): boolean {
  for (const { word, cjk } of content) {
    const held = cjk ? name.includes(word) : occurs(name, word, !prefix);
    if (held === some) return some;
  }
  return !some;
}

/**
 * True when the name's words begin with the text's words: all of them equal (`exact`: and nothing
 * after), or the last only a word's start (the name's words joined by spaces start with the text's).
 */
function leads(name: string, words: readonly string[], exact: boolean): boolean {
  let at = 0;
  for (let k = 0; k < words.length; k += 1) {
    at = skipSeparators(name, at);
    const word = words[k]!;
    if (!name.startsWith(word, at)) return false;
    at += word.length;
    if ((exact || k < words.length - 1) && wordAt(name, at)) return false;
  }
  return !exact || skipSeparators(name, at) === name.length;
}

/**
 * The tier of one name for prepared words (search-ranking.ts's table): the name is folded
 * (`foldedName`), and the words are found in it by position, with the characters around each
 * occurrence checked for word boundaries.
 */
export function nameTierOf(name: string, prepared: PreparedWords): number {
  const { words, content } = prepared;
  if (content.length === 0) return 0;
  const folded = foldedName(name);
  if (leads(folded, words, true)) return 5;
  if (holdsWords(folded, content, false, false)) return 4;
  if (leads(folded, words, false)) return 3;
  if (holdsWords(folded, content, true, false)) return 2;
  if (holdsWords(folded, content, true, true)) return 1;
  return 0;
}

/** The tier of one name for the folded words of the text (see search-ranking.ts). */
export function nameTier(name: string, words: readonly string[]): number {
  return nameTierOf(name, prepareWords(words));
}
