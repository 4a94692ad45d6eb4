/**
 * Stage 3: quotations. Within a paragraph, double quotation marks (“ ” ") are paired by
 * alternation, not by the way they face: a text may type a closing mark as an opening one. With an
 * odd number of marks, the direction decides only where the unpaired one belongs: a closing mark
 * before any opening one ends a quote that began in an earlier paragraph (so it starts at the
 * paragraph's start); otherwise the last opening mark runs to the paragraph's end (a quote that goes
 * on in the next paragraph). The quote is the words inside, without the marks, the spaces next to
 * them or a trailing comma.
 */
import type { DraftDoc, Quote, Span } from '../document.ts';

const MARK = /[“”"«»„]/g;

/** Finds every quotation of every non-furniture paragraph. */
export function findQuotes(doc: DraftDoc): void {
  const quotes: Quote[] = [];
  for (const p of doc.paragraphs) {
    if (p.furniture) continue;
    const marks: number[] = [];
    MARK.lastIndex = p.start;
    for (let m = MARK.exec(doc.text); m && m.index < p.end; m = MARK.exec(doc.text)) {
      marks.push(m.index);
    }
    if (marks.length === 0) continue;
    let from = 0;
    if (marks.length % 2 === 1 && /[”"»]/.test(doc.text[marks[0]!]!)) {
      const first = marks[0]!;
      if (doc.text.slice(p.start, first).trim().length > 0) {
        pushQuote(quotes, doc.text, null, first, p.start, first, p.index);
      }
      from = 1;
    }
    for (let i = from; i < marks.length; i += 2) {
      const open = marks[i]!;
      const close = marks[i + 1] ?? null;
      pushQuote(quotes, doc.text, open, close, open + 1, close ?? p.end, p.index);
    }
  }
  doc.quotes = quotes;
}

function pushQuote(
  quotes: Quote[],
  text: string,
  open: number | null,
  close: number | null,
  start: number,
  end: number,
  paragraph: number,
): void {
  const inner = trimQuote(text, { start, end });
  if (inner.end <= inner.start) return;
  quotes.push({ inner, open: open ?? start, close, paragraph });
}

/** The span without surrounding spaces and a trailing comma or colon. */
export function trimQuote(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /[\s,:;]/.test(text[end - 1]!)) end--;
  return { start, end };
}
