/**
 * Stage 2: sentences and tokens. A sentence ends at `.`, `!` or `?` (with any closing quotation
 * marks or brackets) before a space and a capital, a digit or an opening mark, unless the word
 * before the period is an abbreviation or an initial (`U.S.`, `Co.`, `E.O.`, `Brian E. Nelson`).
 * Paragraph ends always end a sentence.
 */
import type { DraftDoc, Sentence, Token } from '../document.ts';

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr st co corp inc ltd jr sr no nos gen gov sen rep reps hon amb prof vs etc ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec e.o u.s u.k u.n e.u p.m a.m d.c n.y ' +
    'dept est fig al'
  ).split(' '),
);

function isAbbreviation(word: string): boolean {
  const w = word.replace(/^[“"(‘']+/, '').toLowerCase();
  if (ABBREVIATIONS.has(w)) return true;
  if (/^\p{Lu}$/u.test(word.replace(/^[“"(‘']+/, ''))) return true; // an initial: "E."
  return /^(?:\p{L}\.)+\p{L}$/u.test(w); // "U.S", "e.g"
}

/** Splits every non-furniture paragraph into sentences and the whole text into tokens. */
export function findSentences(doc: DraftDoc): void {
  const sentences: Sentence[] = [];
  for (const p of doc.paragraphs) {
    if (p.furniture) continue;
    const text = doc.text.slice(p.start, p.end);
    let from = 0;
    const boundary = /([.!?])([”"’)\]]*)(\s+)(?=[\p{Lu}\p{N}“"‘([])/gu;
    for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
      if (m[1] === '.' && !m[2]) {
        const before = text.slice(from, m.index).split(/\s+/).pop() ?? '';
        if (isAbbreviation(before)) continue;
      }
      const end = m.index + m[1]!.length + m[2]!.length;
      pushTrimmed(sentences, doc.text, p.start + from, p.start + end, p.index);
      from = end + m[3]!.length;
    }
    pushTrimmed(sentences, doc.text, p.start + from, p.end, p.index);
  }
  doc.sentences = sentences;
  doc.tokens = tokenize(doc.text);
}

function pushTrimmed(
  out: Sentence[],
  text: string,
  start: number,
  end: number,
  paragraph: number,
): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, paragraph });
}

/** Words (letters and digits, with inner apostrophes and hyphens) and single punctuation marks. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /[\p{L}\p{N}]+(?:['’-](?!s(?![\p{L}\p{N}]))[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}
