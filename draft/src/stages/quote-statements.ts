/**
 * Statements from quotation marks: the speaker from a reporting verb next to the marks (`”, said X`,
 * `”, X said`, `X stressed … “…”`), from a label before a colon (`President Liz Shuler, AFL-CIO:
 * “…”`), or from the quote before when a quotation runs on into the next paragraph; `told X` gives
 * whom it was said to.
 */
import type { DraftDoc, DraftStatement, Quote, Sentence, Span } from '../document.ts';
import { REPORTING_VERBS } from '../lexicon.ts';
import { mentionsIn, resolveReference, speakerAfter, speakerBefore } from './attribution-rules.ts';
import { trimQuote } from './quotes.ts';
import { emptyLabels, unmarkedContinuation } from './label-quotes.ts';

const AFTER_QUOTE = new RegExp(
  String.raw`^[\s,.]*(?:(?:${REPORTING_VERBS})\b|[^.“”"]{0,160}?\b(?:${REPORTING_VERBS})\b)`,
);
const QUOTED_NAME = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}’'-]*\s?){1,5}$/u;
/** Pronouns and titles that stand for a speaker named before. */
export const SUBJECT_REF =
  /^(He|She|They|he|she|they|The two leaders|Both leaders|The leaders|the two leaders|both leaders|The President|The Secretary|The Ambassador|The Minister|The Premier|the President|The (?:Deputy|Vice|Prime|Foreign|Trade|Assistant|Under|Commerce) (?:President|Secretary|Ambassador|Minister|Premier|Chairman|Chair|Director|Spokesperson))\b/;

function sentenceOf(doc: DraftDoc, at: number): Sentence | undefined {
  return (
    doc.sentences.find((s) => s.start <= at && at < s.end) ??
    doc.sentences.find((s) => s.start >= at)
  );
}

/** Drafts a statement for each quotation with a speaker found for it, into `out`. */
export function directQuotes(doc: DraftDoc, out: DraftStatement[]): void {
  let previous: { speaker: number; paragraph: number; label: boolean } | undefined;
  const labels = emptyLabels(doc);
  for (const q of doc.quotes) {
    // `the “Big Four”`, `“Universal Verified End User” status`: a quoted name, not words said.
    if (QUOTED_NAME.test(doc.text.slice(q.inner.start, q.inner.end))) continue;
    // `the so-called “China threat”`, `said it “firmly opposes” the …`: a phrase, not a statement.
    if (scareQuote(doc, q)) continue;
    // `Title Name, Org: “` alone on its line: the quotation starts in the next paragraph.
    const pending = labels
      .filter((l) => l.paragraph < q.paragraph && (!previous || l.paragraph > previous.paragraph))
      .at(-1);
    if (pending) previous = { ...pending, label: true };
    const found = quoteSpeaker(doc, q);
    const paragraph = doc.paragraphs[q.paragraph]!;
    const opensParagraph = q.open <= paragraph.start + 1 || q.inner.start === paragraph.start;
    let pushed: DraftStatement | undefined;
    if (found) {
      pushed = {
        speaker: found.entity,
        form: 'DIRECT_QUOTE',
        quote: q.inner,
        evidence: [found.evidence],
        rule: found.rule,
        confidence: found.confidence,
      };
      if (found.saidTo !== undefined) pushed.saidTo = found.saidTo;
      previous = {
        speaker: found.entity,
        paragraph: q.paragraph,
        label: found.rule === 'label-colon',
      };
    } else if (
      previous &&
      !previous.label &&
      q.paragraph === previous.paragraph &&
      wordCount(doc, q) > 3
    ) {
      // `“…,” said X. “Second quote…”`: the quotation after the attribution is X's too.
      pushed = {
        speaker: previous.speaker,
        form: 'DIRECT_QUOTE',
        quote: q.inner,
        evidence: [],
        rule: 'second-quote',
        confidence: 0.7,
      };
    } else if (
      previous &&
      opensParagraph &&
      q.paragraph - previous.paragraph <= 2 &&
      q.inner.end - q.inner.start > 40
    ) {
      pushed = {
        speaker: previous.speaker,
        form: 'DIRECT_QUOTE',
        quote: q.inner,
        evidence: [],
        rule: 'continued-quote',
        confidence: 0.6,
      };
      previous = { ...previous, paragraph: q.paragraph };
    }
    if (!pushed) continue;
    out.push(pushed);
    if (q.close === null && previous?.label) {
      const more = unmarkedContinuation(doc, q.paragraph, pushed.speaker);
      out.push(...more);
      if (more.length > 0) previous = { ...previous, paragraph: q.paragraph + more.length };
    }
  }
}

/**
 * A quoted phrase inside a sentence's own wording rather than words said: one to three words, or
 * up to five when the sentence holds another such phrase (`said China “firmly opposes” the U.S.
 * “abuse of export controls” and would “resolutely safeguard” …`). The sentence is then the
 * document's paraphrase, which the paraphrase rules draft.
 */
export function scareQuote(doc: DraftDoc, q: Quote): boolean {
  const words = wordCount(doc, q);
  if (words > 5) return false;
  const sentence = sentenceOf(doc, q.open);
  if (!sentence) return false;
  const inSentence = doc.quotes.filter((x) => x.open >= sentence.start && x.open < sentence.end);
  const short = inSentence.filter((x) => wordCount(doc, x) <= 3);
  if (words <= 3) return inSentence.length > 1 || fragmentOf(doc, q, sentence);
  return short.length > 0 && inSentence.every((x) => wordCount(doc, x) <= 5);
}

/** True when sentence words stand before the quotation (it is not the sentence's whole content). */
function fragmentOf(doc: DraftDoc, q: Quote, sentence: Sentence): boolean {
  const before = doc.text.slice(sentence.start, q.open);
  return /\p{L}/u.test(before) && !/[:,]\s*$/.test(before);
}

function wordCount(doc: DraftDoc, q: Quote): number {
  return doc.text.slice(q.inner.start, q.inner.end).split(/\s+/).filter(Boolean).length;
}

interface Found {
  entity: number;
  evidence: Span;
  rule: string;
  confidence: number;
  saidTo?: number;
}

function quoteSpeaker(doc: DraftDoc, q: Quote): Found | null {
  const paragraph = doc.paragraphs[q.paragraph]!;
  const closeAt = q.close ?? q.inner.end;
  const sentence = sentenceOf(doc, Math.min(closeAt, paragraph.end - 1));
  const afterEnd = Math.min(
    sentence && sentence.end > closeAt ? sentence.end : paragraph.end,
    paragraph.end,
  );
  const after = doc.text.slice(closeAt + 1, afterEnd);
  if (q.close !== null && AFTER_QUOTE.test(after)) {
    const verb = AFTER_QUOTE.exec(after)!;
    const span = { start: closeAt + 1, end: afterEnd };
    const m = speakerAfter(doc, span, closeAt + 1);
    if (m && m.start < closeAt + 1 + verb[0].length + 120) {
      return {
        entity: m.entity!,
        evidence: trimQuote(doc.text, span),
        rule: 'quote-then-verb',
        confidence: 0.9,
        ...saidTo(doc, span),
      };
    }
    const ref = /^[\s,]*(?:(?:he|she|they)\s+\w+|\w+\s+(?:he|she))\b/i.exec(after);
    if (ref) {
      const pronoun = /\b(he|she|they)\b/i.exec(ref[0])![1]!;
      const [entity] = resolveReference(
        doc,
        pronoun.charAt(0).toUpperCase() + pronoun.slice(1),
        q.open,
      );
      if (entity !== undefined)
        return {
          entity,
          evidence: trimQuote(doc.text, span),
          rule: 'quote-then-pronoun',
          confidence: 0.6,
        };
    }
  }
  const openSentence = sentenceOf(doc, q.open);
  const beforeStart = Math.max(paragraph.start, openSentence?.start ?? paragraph.start);
  const before = doc.text.slice(beforeStart, q.open);
  const label = /^([^“”"]{2,200}?):\s*$/.exec(doc.text.slice(paragraph.start, q.open));
  if (label && !paragraph.turnLabel) {
    const span = { start: paragraph.start, end: paragraph.start + label[1]!.length };
    const m = mentionsIn(doc, span).find((x) => x.kind === 'PERSON') ?? mentionsIn(doc, span)[0];
    if (m) return { entity: m.entity!, evidence: span, rule: 'label-colon', confidence: 0.85 };
  }
  const verbs = [...before.matchAll(new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`, 'g'))];
  const verb = verbs.at(-1);
  if (verb && verb.index !== undefined) {
    const at = beforeStart + verb.index;
    const span = { start: beforeStart, end: q.open };
    const m = speakerBefore(doc, span, at);
    if (m)
      return {
        entity: m.entity!,
        evidence: trimQuote(doc.text, span),
        rule: 'verb-then-quote',
        confidence: 0.8,
        ...saidTo(doc, span),
      };
    const subject = SUBJECT_REF.exec(before);
    if (subject) {
      const [entity] = resolveReference(doc, subject[1]!, beforeStart);
      if (entity !== undefined)
        return {
          entity,
          evidence: trimQuote(doc.text, span),
          rule: 'pronoun-verb-quote',
          confidence: 0.55,
        };
    }
  }
  return null;
}

/** `{ saidTo }`: the actor after `told` in `span`, when there is one. */
export function saidTo(doc: DraftDoc, span: Span): { saidTo?: number } {
  const told = /\btold\b/.exec(doc.text.slice(span.start, span.end));
  if (!told) return {};
  const m = mentionsIn(doc, {
    start: span.start + told.index,
    end: Math.min(span.end, span.start + told.index + 60),
  })[0];
  return m ? { saidTo: m.entity! } : {};
}

/** True when a statement of `out` already overlaps `sentence`. */
export function covered(out: DraftStatement[], sentence: Sentence): boolean {
  return out.some((s) => s.quote.start < sentence.end && sentence.start < s.quote.end);
}
