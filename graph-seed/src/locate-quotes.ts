/**
 * Finds quotes in a document's text. Offsets are UTF-16 code units, [start, end), so that
 * `text.slice(start, end) === quote`. Nothing is normalised: a quote matches only character for
 * character; a near match (other quotation marks, case, spacing, Unicode normalisation) is only
 * mentioned in the error to help the editor fix the quote.
 */
import { loneSurrogate } from './lone-surrogate.ts';

/**
 * Where a quote is: `[start, end)` in UTF-16 code units of the text, or why it cannot be placed:
 * QUOTE_NOT_FOUND, QUOTE_AMBIGUOUS (it occurs more than once), QUOTE_SPLITS_CHARACTER (it holds
 * half of a character, a lone UTF-16 surrogate, so it would start or end inside a character).
 */
export type QuoteLocation =
  | { ok: true; start: number; end: number }
  | {
      ok: false;
      code: 'QUOTE_NOT_FOUND' | 'QUOTE_AMBIGUOUS' | 'QUOTE_SPLITS_CHARACTER';
      message: string;
    };

/** Start offsets of every occurrence of `quote` in `text`, overlapping ones included. */
export function findOccurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  if (quote.length === 0) return starts;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/**
 * Where `quote` is in `text`. `occurrence` (1-based) picks one when it occurs more than once;
 * without it a repeated quote is ambiguous.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLocation {
  const shown = snippet(quote);
  const lone = loneSurrogate(quote);
  if (lone) {
    return {
      ok: false,
      code: 'QUOTE_SPLITS_CHARACTER',
      message:
        `quote ${shown} holds half of a character (the lone UTF-16 surrogate ${lone}), so it would ` +
        'start or end inside a character of the text: quote whole characters, copied from the text.',
    };
  }
  const starts = findOccurrences(text, quote);
  if (starts.length === 0) {
    return {
      ok: false,
      code: 'QUOTE_NOT_FOUND',
      message: `quote ${shown} does not occur in the document text.${nearMatchHint(text, quote)}`,
    };
  }
  if (occurrence !== undefined) {
    const start = starts[occurrence - 1];
    if (start === undefined) {
      const times = starts.length === 1 ? 'once' : `${starts.length} times`;
      return {
        ok: false,
        code: 'QUOTE_NOT_FOUND',
        message: `occurrence ${occurrence} of quote ${shown} was asked for, but it occurs only ${times}.`,
      };
    }
    return { ok: true, start, end: start + quote.length };
  }
  if (starts.length > 1) {
    return {
      ok: false,
      code: 'QUOTE_AMBIGUOUS',
      message:
        `quote ${shown} occurs ${starts.length} times (at offsets ${starts.join(', ')}): ` +
        `lengthen it, or write { quote, occurrence: n } with n from 1 to ${starts.length}.`,
    };
  }
  const start = starts[0] as number;
  return { ok: true, start, end: start + quote.length };
}

/** A quote as shown in messages: JSON-quoted, cut to 60 characters. */
export function snippet(quote: string): string {
  return JSON.stringify(quote.length > 60 ? `${quote.slice(0, 59)}…` : quote);
}

function loose(value: string): string {
  return value
    .toLowerCase()
    .replace(/[‘’ʼ′`]/g, "'")
    .replace(/[“”″]/g, '"')
    .replace(/[‐‑‒–—]/g, '-')
    .replace(/\s+/g, ' ');
}

/** A hint for a quote that occurs only when compared loosely; '' when it does not. */
function nearMatchHint(text: string, quote: string): string {
  if (text.normalize('NFC').includes(quote.normalize('NFC'))) {
    return (
      ' It occurs when both are put in the same Unicode normalisation form: the quote writes some ' +
      'character differently (e.g. é as e + a combining accent, NFD, where the text has one ' +
      'character, NFC). Nothing is normalised: copy the text exactly.'
    );
  }
  if (text.normalize('NFKC').includes(quote.normalize('NFKC'))) {
    return (
      ' It occurs when compatibility characters are folded (full-width letters, ligatures such as ' +
      'ﬁ, superscripts): copy the text exactly.'
    );
  }
  if (loose(text).includes(loose(quote))) {
    return " A near match exists that differs in letter case, spacing or quotation marks (’ versus '): copy the text exactly.";
  }
  return '';
}
