/**
 * Paraphrases whose speaker is named after the words or through a report: `…, Mao said.`,
 * `…, according to Canalys.`, `…, the Journal reported on Monday, citing people familiar with the
 * matter.`, and the sentences that go on relaying that report (`…, the report said.`, `…, the
 * people said.`, `The rule was said to …`).
 */
import type { DraftDoc, DraftStatement, Sentence, Span } from '../document.ts';
import { REPORTING_VERBS } from '../lexicon.ts';
import { mentionsIn, resolveReference, speakerBefore } from './attribution-rules.ts';
import { trimQuote } from './quotes.ts';
import { saidTo } from './quote-statements.ts';
import { DESCRIPTION } from './attribution-rules.ts';

const DESCRIPTION_LAST = new RegExp(
  String.raw`,\s+(${DESCRIPTION.source.slice(1, -1)})\s+(?:${REPORTING_VERBS})\b[^,]{0,30}$`,
  'u',
);

/**
 * `The rule was said to aim to …`, `is reported to`: with no one named, the words of the report the
 * text last relayed (`X reported, citing Y`), the outlet as the speaker.
 */
export function reportSaid(
  doc: DraftDoc,
  out: DraftStatement[],
  sentence: Sentence,
  start: number,
): void {
  const text = doc.text.slice(start, sentence.end);
  const passive = /\b(?:was|were|is|are) (?:said|reported|believed|understood) to\b/.exec(text);
  if (!passive || /^[^,]*\bby\b/.test(text.slice(passive.index))) return;
  // The subject is a thing (`The rule`), not an actor who said it.
  if (mentionsIn(doc, { start, end: start + passive.index }).length > 0) return;
  const report = [...out].reverse().find((x) => x.reportedBy !== undefined);
  if (!report || sentence.start - report.quote.end > 600) return;
  out.push({
    speaker: report.reportedBy!,
    form: 'PARAPHRASE',
    quote: trimQuote(doc.text, { start, end: sentence.end }),
    evidence: [],
    rule: 'report-passive',
    confidence: 0.45,
  });
}

/** `…, X reported on Monday, citing Y.`: group 1 the reporter, group 2 the source cited. */
const CITING =
  /,\s+([^,]{2,80}?)\s+(?:reported|said|wrote)(?:\s+(?:on|in|late|earlier|last|this)\s+[^,]{1,25}?)?,\s+citing\s+([^,]+?)\.?$/;
/** `…, the report said.`, `…, the people said.`: the report relayed before, or its source. */
const RELAYED =
  /,\s+the\s+(report|story|article|newspaper|agency|outlet|people|person|sources?|officials?)\s+(?:said|added|reported|wrote)\.?$/;

/** `…, Mao said.`, `…, X told the Global Times.`, `…, according to Canalys.` */
export function speakerLast(doc: DraftDoc, out: DraftStatement[], sentence: Sentence): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  const according = /,\s+according to\s+([^,]+?)\.?$/.exec(text);
  const citing = CITING.exec(text);
  const relayed = RELAYED.exec(text);
  const described = DESCRIPTION_LAST.exec(text);
  let speakerSpan: Span;
  let speaker;
  let rule: string;
  let reportedBy: number | undefined;
  if (citing) {
    // `…, the Wall Street Journal reported, citing people familiar with the matter.`
    speakerSpan = { start: sentence.start + citing.index + 1, end: sentence.end };
    const reporter = mentionsIn(doc, {
      start: speakerSpan.start,
      end: speakerSpan.start + 2 + citing[1]!.length,
    })[0];
    const cited = text.length - citing[2]!.length - (text.endsWith('.') ? 1 : 0);
    speaker = mentionsIn(doc, { start: sentence.start + cited, end: sentence.end })[0] ?? reporter;
    if (reporter && speaker !== reporter) reportedBy = reporter.entity;
    rule = 'reported-citing';
  } else if (relayed) {
    // `…, the report said.` (the outlet), `…, the people said.` (the source it cited, via it).
    const last = [...out].reverse().find((x) => x.reportedBy !== undefined);
    if (!last || sentence.start - last.quote.end > 1500) return false;
    speakerSpan = { start: sentence.start + relayed.index + 1, end: sentence.end };
    const isReport = /^(?:report|story|article|newspaper|agency|outlet)$/.test(relayed[1]!);
    const entity = isReport ? last.reportedBy! : last.speaker;
    speaker = doc.mentions.find((m) => m.entity === entity);
    if (!isReport) reportedBy = last.reportedBy;
    rule = isReport ? 'report-said' : 'cited-source-said';
  } else if (according) {
    speakerSpan = { start: sentence.start + according.index, end: sentence.end };
    speaker = mentionsIn(doc, speakerSpan)[0];
    if (!speaker && /^the (?:report|newspaper|article|story)$/i.test(according[1]!)) {
      // `according to the report`: the outlet whose report the text last relayed.
      const last = [...out].reverse().find((s) => s.reportedBy !== undefined);
      if (last) speaker = doc.mentions.find((m) => m.entity === last.reportedBy);
    }
    rule = 'according-to';
  } else if (described) {
    // `…, the tech market analyst firm estimated in June.`: the nearest actor the words fit.
    speakerSpan = { start: sentence.start + described.index + 1, end: sentence.end };
    const [entity] = resolveReference(doc, described[1]!, speakerSpan.start);
    speaker = entity === undefined ? undefined : doc.mentions.find((m) => m.entity === entity);
    rule = 'sentence-then-description';
  } else {
    const verb = [...text.matchAll(new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`, 'g'))].at(-1);
    if (!verb || verb.index === undefined) return false;
    if (/,/.test(text.slice(verb.index)) || text.length - verb.index > 90) return false;
    const at = sentence.start + verb.index;
    speaker = speakerBefore(doc, { start: sentence.start, end: at }, at);
    if (!speaker || at - speaker.end > 120) return false;
    const between = doc.text.slice(speaker.end, at);
    if (
      !/^\s*$/.test(between) &&
      !/^,.*,\s*$/.test(between) &&
      !/^\s+(?:also|again|later|then|has|had|have)\s+$/.test(between)
    )
      return false;
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
    ...(reportedBy !== undefined ? { reportedBy } : {}),
  });
  // `X reported, citing Y`: Y told X.
  const last = out[out.length - 1]!;
  if (last.saidTo === undefined && reportedBy !== undefined) last.saidTo = reportedBy;
  return true;
}
