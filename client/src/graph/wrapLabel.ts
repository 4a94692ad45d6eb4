/**
 * Makes labels in Chinese, Japanese and Korean wrap in Cytoscape. Cytoscape's `text-wrap: wrap`
 * breaks lines only at whitespace and U+200B (zero-width space); CJK text has neither, so a long
 * Chinese name would run on one line. We insert U+200B between CJK characters (where CJK line
 * breaking allows a break) and leave Latin words whole.
 */

const ZWSP = '\u200b';
/** Han, Hiragana, Katakana, Hangul, CJK punctuation and full-width forms. */
const CJK =
  /[\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u;
/** Characters that must not start a line (closing punctuation). */
const NO_BREAK_BEFORE = /[、。，．：；！？）」』】〉》〕’”,.:;!?)\]]/u;

/** The label with break opportunities (U+200B) after each CJK character; other text unchanged. */
export function wrappableLabel(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    out += char;
    const next = chars[i + 1];
    if (next === undefined) break;
    const breakable = (CJK.test(char) || CJK.test(next)) && !/\s/u.test(char) && !/\s/u.test(next);
    if (breakable && !NO_BREAK_BEFORE.test(next)) out += ZWSP;
  }
  return out;
}

/** Shortens a label to at most `max` characters (by code point), ending in an ellipsis. */
export function truncateLabel(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max
    ? text
    : chars
        .slice(0, max - 1)
        .join('')
        .trimEnd() + '…';
}
