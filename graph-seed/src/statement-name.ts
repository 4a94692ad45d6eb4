/**
 * The short label of a statement when its entry gives no `name`: the speaker's name and the start
 * of the quote, cut at a word boundary, e.g. `Mao Ning: “China is always committed to keeping…”`.
 */

const MAX_QUOTE_START = 48;

/** `speaker: start…` for a paraphrase, `speaker: “start…”` for a direct quote. */
export function deriveStatementName(
  speakerName: string,
  quote: string,
  form: 'DIRECT_QUOTE' | 'PARAPHRASE',
): string {
  const words = quote.trim().split(/\s+/);
  let start = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (start.length + 1 + word.length > MAX_QUOTE_START) break;
    start = `${start} ${word}`;
  }
  const shown = start.length < quote.trim().length ? `${start.replace(/[,;:.]$/, '')}…` : start;
  return form === 'DIRECT_QUOTE' ? `${speakerName}: “${shown}”` : `${speakerName}: ${shown}`;
}
