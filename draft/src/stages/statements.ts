/**
 * Stage 6: statements. Direct quotes get their speaker from a reporting verb next to the marks
 * (`”, said X`, `”, X said`, `X stressed … “…”`), from a label before a colon (`President Liz
 * Shuler, AFL-CIO: “…”`), or from the quote before when a quotation runs on into the next
 * paragraph. Paraphrases are sentences whose subject is an actor, a pronoun or a title followed by
 * a reporting verb (`Wang stressed the move is …`, `They agreed …`), sentences ending `…, X said`
 * or `…, according to X`. Pronoun and title speakers resolve to the nearest compatible speaker, with
 * lower confidence. `told X` gives whom it was said to.
 */
import type { DraftDoc, DraftStatement, Quote, Sentence, Span } from '../document.ts';
import { REPORTING_VERBS } from '../lexicon.ts';
import {
  counterparts,
  mentionsIn,
  resolveReference,
  speakerAfter,
  speakerBefore,
} from './attribution-rules.ts';
import { trimQuote } from './quotes.ts';

const AFTER_QUOTE = new RegExp(
  String.raw`^[\s,.]*(?:(?:${REPORTING_VERBS})\b|[^.“”"]{0,160}?\b(?:${REPORTING_VERBS})\b)`,
);
const VERB_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:\S+\s+){0,3}?(?:also\s+|again\s+|really\s+|further\s+|repeatedly\s+)?(?:${REPORTING_VERBS})\b`,
);
const SUBJECT_REF =
  /^(He|She|They|The two leaders|Both leaders|The leaders|The President|The Secretary|The Ambassador|The Minister|The Premier)\b/;
const SAY_VERBS =
  /^(?:said|says|stressed|noted|added|reiterated|argued|warned|explained|stated|told|insisted|claimed|believes|expected|estimated|commented|asserted|declared|confirmed)\b/;

/** Drafts `doc.statements` from the quotes, sentences and entities found so far. */
export function findStatements(doc: DraftDoc): void {
  const statements: DraftStatement[] = [];
  directQuotes(doc, statements);
  paraphrases(doc, statements);
  const pair = counterparts(doc);
  if (pair) {
    for (const s of statements) {
      if (s.saidTo === undefined && pair.includes(s.speaker))
        s.saidTo = pair[0] === s.speaker ? pair[1] : pair[0];
    }
  }
  doc.statements = statements;
}

function sentenceOf(doc: DraftDoc, at: number): Sentence | undefined {
  return (
    doc.sentences.find((s) => s.start <= at && at < s.end) ??
    doc.sentences.find((s) => s.start >= at)
  );
}

function directQuotes(doc: DraftDoc, out: DraftStatement[]): void {
  let previous: { statement: DraftStatement; paragraph: number } | undefined;
  for (const q of doc.quotes) {
    const found = quoteSpeaker(doc, q);
    const paragraph = doc.paragraphs[q.paragraph]!;
    const opensParagraph = q.open <= paragraph.start + 1 || q.inner.start === paragraph.start;
    if (found) {
      const s: DraftStatement = {
        speaker: found.entity,
        form: 'DIRECT_QUOTE',
        quote: q.inner,
        evidence: [found.evidence],
        rule: found.rule,
        confidence: found.confidence,
      };
      if (found.saidTo !== undefined) s.saidTo = found.saidTo;
      out.push(s);
      previous = { statement: s, paragraph: q.paragraph };
    } else if (
      previous &&
      opensParagraph &&
      q.paragraph - previous.paragraph <= 2 &&
      q.inner.end - q.inner.start > 40
    ) {
      const s: DraftStatement = {
        speaker: previous.statement.speaker,
        form: 'DIRECT_QUOTE',
        quote: q.inner,
        evidence: [],
        rule: 'continued-quote',
        confidence: 0.6,
      };
      out.push(s);
      previous = { statement: s, paragraph: q.paragraph };
    }
  }
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

function saidTo(doc: DraftDoc, span: Span): { saidTo?: number } {
  const told = /\btold\b/.exec(doc.text.slice(span.start, span.end));
  if (!told) return {};
  const m = mentionsIn(doc, {
    start: span.start + told.index,
    end: Math.min(span.end, span.start + told.index + 60),
  })[0];
  return m ? { saidTo: m.entity! } : {};
}

function covered(out: DraftStatement[], sentence: Sentence): boolean {
  return out.some((s) => s.quote.start < sentence.end && sentence.start < s.quote.end);
}

function paraphrases(doc: DraftDoc, out: DraftStatement[]): void {
  const quoted = [...out];
  for (const sentence of doc.sentences) {
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    if (paragraph.index === 0 || covered(quoted, sentence)) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const start =
      paragraph.turnLabel && sentence.start === paragraph.start
        ? paragraph.turnLabel.end - sentence.start + 1
        : 0;
    const body = text.slice(start).replace(/^\s+/, '');
    const bodyStart =
      sentence.start +
      text.length -
      text.slice(start).length +
      (text.slice(start).length - body.length);
    subjectFirst(doc, out, sentence, body, bodyStart) || speakerLast(doc, out, sentence);
  }
}

/** `President Biden emphasized …`, `He noted …`, `They agreed …`. */
function subjectFirst(
  doc: DraftDoc,
  out: DraftStatement[],
  sentence: Sentence,
  body: string,
  bodyStart: number,
): boolean {
  let speakers: number[] = [];
  let rest = '';
  let rule = 'subject-verb';
  let confidence = 0.7;
  const first = mentionsIn(doc, { start: bodyStart, end: sentence.end })[0];
  const lead = first ? doc.text.slice(bodyStart, first.start) : '';
  if (
    first &&
    /^(?:(?:And|But|So|Also|Then|Today|Yesterday),?\s+)?(?:[\p{L}\-]+\s+){0,4}$/u.test(lead) &&
    lead.split(/\s+/).length <= 5 &&
    !/,/.test(lead.replace(/^(?:And|But|So|Also|Then|Today|Yesterday),/, ''))
  ) {
    rest = doc.text.slice(first.end, sentence.end).replace(/^[’']s\b/, '');
    if (
      VERB_AFTER_SUBJECT.test(rest.trimStart()) &&
      !/^\s*[’']s\b/.test(doc.text.slice(first.end, first.end + 3))
    )
      speakers = [first.entity!];
  }
  if (speakers.length === 0) {
    const ref = SUBJECT_REF.exec(body.replace(/^(?:And|But|So|Also),?\s+/, ''));
    if (!ref) return false;
    const offset = body.length - body.replace(/^(?:And|But|So|Also),?\s+/, '').length;
    rest = body.slice(offset + ref[0].length);
    if (!VERB_AFTER_SUBJECT.test(rest.trimStart())) return false;
    speakers = resolveReference(doc, ref[1]!, bodyStart);
    rule = 'reference-verb';
    confidence = 0.5;
  }
  if (speakers.length === 0) return false;
  const verb = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`).exec(rest)!;
  const afterVerb = rest.slice(verb.index + verb[0].length).replace(/^\s+(?:that\s+)?/, '');
  const quote =
    SAY_VERBS.test(verb[0]) && afterVerb.length > 20
      ? trimQuote(doc.text, { start: sentence.end - afterVerb.length, end: sentence.end })
      : { start: bodyStart, end: sentence.end };
  for (const speaker of speakers) {
    out.push({
      speaker,
      form: 'PARAPHRASE',
      quote,
      evidence: [{ start: bodyStart, end: sentence.end - afterVerb.length }].filter(
        (e) => e.end > e.start,
      ),
      rule,
      confidence,
      ...saidTo(doc, sentence),
    });
  }
  return true;
}

/** `…, Mao said.`, `…, X told the Global Times.`, `…, according to Canalys.` */
function speakerLast(doc: DraftDoc, out: DraftStatement[], sentence: Sentence): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  const according = /,\s+according to\s+([^,]+?)\.?$/.exec(text);
  let speakerSpan: Span;
  let speaker;
  let rule: string;
  if (according) {
    speakerSpan = { start: sentence.start + according.index, end: sentence.end };
    speaker = mentionsIn(doc, speakerSpan)[0];
    rule = 'according-to';
  } else {
    const verb = [...text.matchAll(new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`, 'g'))].at(-1);
    if (!verb || verb.index === undefined) return false;
    if (/,/.test(text.slice(verb.index)) || text.length - verb.index > 90) return false;
    const at = sentence.start + verb.index;
    speaker = speakerBefore(doc, { start: sentence.start, end: at }, at);
    if (!speaker || at - speaker.end > 120) return false;
    const comma = doc.text.lastIndexOf(',', speaker.start);
    if (comma < sentence.start) return false;
    speakerSpan = { start: comma + 1, end: sentence.end };
    rule = 'sentence-then-speaker';
  }
  if (!speaker) return false;
  const quote = trimQuote(doc.text, { start: sentence.start, end: speakerSpan.start });
  if (quote.end - quote.start < 20) return false;
  out.push({
    speaker: speaker.entity!,
    form: 'PARAPHRASE',
    quote,
    evidence: [trimQuote(doc.text, speakerSpan)],
    rule,
    confidence: 0.65,
    ...saidTo(doc, speakerSpan),
  });
  return true;
}
