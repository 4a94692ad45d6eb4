/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes, so that the text is
 * always text and never query syntax: it is split into words (letters, digits, combining marks and
 * inner apostrophes), each word is escaped and lower-cased (so AND/OR/NOT are words), and a text of
 * nothing but syntax (`*`, `-`, `()`, `"`) yields no query at all.
 */
import { LIMITS } from '../limits.ts';

const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{N}\p{M}]+)*/gu;
/**
 * Chinese, Japanese and Korean characters. Both analyzers split such text into pieces (the `cjk`
 * analyzer into overlapping pairs of characters, `standard-folding` into single characters), so
 * a word holding them is searched as a phrase: its pieces must follow each other, and `毛宁` no
 * longer finds `特温宁` by the one character they share.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Shortest word that also gets a prefix clause (`comm` finds `commerce`). */
const MIN_PREFIX_LENGTH = 3;

/** Escapes every Lucene special character of `term` with a backslash. */
export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** The lower-cased words of `text`, without duplicates, at most LIMITS.searchTerms of them. */
export function searchTerms(text: string): string[] {
  const words = text.normalize('NFC').toLowerCase().match(WORD) ?? [];
  return [...new Set(words)].slice(0, LIMITS.searchTerms);
}

/** True when `text` holds a Chinese, Japanese or Korean character. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * The Lucene query for `text`: each word as a term (boosted) and, when long enough and not CJK,
 * as a prefix; a word with CJK characters as a phrase of its characters (see `CJK`); several words
 * also as a boosted phrase. Clauses are OR-ed so that a stop word or a
 * word missing from a name does not empty the result; ranking puts the best matches first.
 * @returns null when `text` holds no word (nothing to search for).
 */
export function luceneQuery(text: string): string | null {
  const terms = searchTerms(text);
  if (terms.length === 0) return null;
  const clauses: string[] = [];
  for (const term of terms) {
    const escaped = escapeLucene(term);
    if (CJK.test(term)) {
      clauses.push(`"${escaped}"^2`);
      continue;
    }
    clauses.push(`${escaped}^2`);
    if (term.length >= MIN_PREFIX_LENGTH) clauses.push(`${escaped}*`);
  }
  if (terms.length > 1) clauses.push(`"${terms.map(escapeLucene).join(' ')}"^4`);
  return clauses.join(' ');
}
