/**
 * Capitalised name sequences: runs of capitalised words, with `of`, `the`, `for`, `and` allowed
 * inside (`Office of Foreign Assets Control`) and company tails (`Co., Ltd.`), never the possessive
 * `’s`. The classifier in mentions.ts decides what each run names.
 */
import type { Span } from '../document.ts';

const WORD = String.raw`(?:\p{Lu}\.(?:\p{Lu}\.)+|\p{Lu}\.|[\p{Lu}][\p{L}\p{M}\p{N}]*(?:[\-'’&](?!s\b)[\p{L}\p{N}]+)*|\p{N}+[\p{L}]*\p{Lu}[\p{L}\p{N}]*)`;
const CONNECTOR = String.raw`(?:of|the|for a|for|and|de|du|da|van|von|al|bin|&)`;
const ABBREV_DOT = String.raw`(?:(?<=\b(?:Co|Corp|Inc|Ltd|Jr|Sr))\.)`;
const TAIL = String.raw`(?:,? (?:Ltd|Inc|LLC|Limited|PLC|Jr|Sr)\b\.?)`;
const RUN = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${WORD}(?:(?: ${CONNECTOR})* ${WORD})*${ABBREV_DOT}?${TAIL}*`,
  'gu',
);

/** Every capitalised run inside `span` of `text`, with trailing connectors and periods trimmed. */
export function capitalisedRuns(text: string, span: Span): Span[] {
  const runs: Span[] = [];
  const part = text.slice(span.start, span.end);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(part); m; m = RUN.exec(part)) {
    let end = m.index + m[0].length;
    // A sentence-final period belongs to the sentence unless the word is an abbreviation or initial.
    if (
      part[end - 1] === '.' &&
      !/(?:\b\p{Lu}|Co|Ltd|Inc|Corp|Jr|Sr|Mr|Ms|Mrs|Dr|St)\.$/u.test(m[0])
    )
      end--;
    runs.push({ start: span.start + m.index, end: span.start + end });
  }
  return runs;
}

/** The words of a run with their offsets. */
export function wordsOf(text: string, span: Span): Array<Span & { text: string }> {
  const out: Array<Span & { text: string }> = [];
  const re = /\S+/g;
  const part = text.slice(span.start, span.end);
  for (let m = re.exec(part); m; m = re.exec(part)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] });
  }
  return out;
}
