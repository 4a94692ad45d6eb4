/**
 * Quotations of a compilation whose marks the page lost or moved: a label whose quotation opens in
 * the next paragraph (`Title Name, Org: “` alone on its line), and a labelled quotation never
 * closed that goes on in the next paragraphs without marks.
 */
import type { DraftDoc, DraftStatement } from '../document.ts';
import { mentionsIn } from './attribution-rules.ts';
import { trimQuote } from './quotes.ts';

const LABEL_ONLY = /^([^“”"\n]{2,200}?):\s*[“"]\s*$/;
const LABEL = /^[^“”"\n]{2,200}?:\s*[“"]/;
const MARK = /[“”"«»„]/;

/** Paragraphs that hold only a label and an opening mark, with the label's speaker. */
export function emptyLabels(doc: DraftDoc): Array<{ paragraph: number; speaker: number }> {
  const out: Array<{ paragraph: number; speaker: number }> = [];
  for (const p of doc.paragraphs) {
    if (p.furniture || p.turnLabel) continue;
    const label = LABEL_ONLY.exec(doc.text.slice(p.start, p.end));
    if (!label) continue;
    const inLabel = mentionsIn(doc, { start: p.start, end: p.start + label[1]!.length });
    const m = inLabel.find((x) => x.kind === 'PERSON') ?? inLabel[0];
    if (m) out.push({ paragraph: p.index, speaker: m.entity! });
  }
  return out;
}

/**
 * The paragraphs after `paragraph` (at most three) that carry no quotation mark and no label of
 * their own: the unclosed quotation of `speaker` going on.
 */
export function unmarkedContinuation(
  doc: DraftDoc,
  paragraph: number,
  speaker: number,
): DraftStatement[] {
  const out: DraftStatement[] = [];
  for (let i = paragraph + 1; i < doc.paragraphs.length && out.length < 3; i++) {
    const p = doc.paragraphs[i]!;
    if (p.furniture) continue;
    const words = doc.text.slice(p.start, p.end);
    if (p.turnLabel || MARK.test(words) || LABEL.test(words) || !/[.!?]$/.test(words.trim())) break;
    out.push({
      speaker,
      form: 'DIRECT_QUOTE',
      quote: trimQuote(doc.text, p),
      evidence: [],
      rule: 'continued-unmarked',
      confidence: 0.5,
    });
  }
  return out;
}
