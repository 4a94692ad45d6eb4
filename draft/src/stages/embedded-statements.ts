/**
 * Paraphrases whose speaker is not the sentence's subject, as briefings and readouts write them:
 * - the point someone made: `one of the points the President registered was: …`, `one point she
 *   made was to …` (speaker: the named person, a title resolved to the person written with it, or a
 *   pronoun resolved to the nearest person); this replaces the transcript speaker's first-person
 *   statement of the same sentence (`I would just say one point the President made was …`);
 * - a gerund clause: `nothing surprising about President Kim raising his concerns`, `by the Minister
 *   reiterating …` (speaker: the person before the reporting verb in `-ing`).
 * - a second clause of a person's paraphrase (`…, and he emphasized …`) as a paraphrase of its own.
 * Question turns of a transcript are skipped. The quote runs from the phrase to the sentence's end.
 */
import type { DraftDoc, DraftStatement, Sentence } from '../document.ts';
import { REPORTING_VERBS, TITLES } from '../lexicon.ts';
import { mentionsIn, resolveReference } from './attribution-rules.ts';
import { trimQuote } from './quotes.ts';
import { questionParagraphs } from './speakers.ts';

const POINT =
  /\b(?:one of the (?:points|things|messages)|one (?:point|thing|message)|another point|the (?:main |key )?(?:point|message))(?: that)? (.{1,40}?) (?:(?:really|also|again|clearly)\s+)?(?:made|registered|raised|stressed|conveyed|emphasized|emphasised|pressed|delivered|underscored)\s+(?:was|is)\b/dgiu;
const REFERENCE =
  /^(?:the (?:President|Secretary|Ambassador|Minister|Premier|Vice President|Chairman|Chair|Director|Spokesperson)|he|she|He|She)$/;
const GERUND =
  /^\s+(?:(?:really|also|again|clearly|once again|repeatedly|publicly|privately)\s+)?(?:raising|reinforcing|reiterating|stressing|emphasizing|emphasising|underscoring|expressing|voicing|noting|pointing out|making the case|calling for|urging|warning)\b/;
const AND_HE = new RegExp(
  String.raw`,\s+(?:and|but)\s+((?:he|she)\s+(?:also\s+|again\s+)?(?:${REPORTING_VERBS})\b)`,
);
const BEFORE_GERUND_SUBJECT = /\b(?:about|of|on|by|with|from|for|to|at)\s+$/;

/** Adds the statements the module comment describes to `out`. */
export function embeddedStatements(doc: DraftDoc, out: DraftStatement[]): void {
  const questionTurn = questionParagraphs(doc);
  for (const sentence of doc.sentences) {
    if (questionTurn[sentence.paragraph] || doc.paragraphs[sentence.paragraph]!.furniture) continue;
    pointsMade(doc, out, sentence);
    gerundClauses(doc, out, sentence);
  }
  splitClauses(doc, out);
}

/**
 * `He raised concerns over X, and he emphasized Y`: one paraphrase per reported clause, the second
 * by the same speaker.
 */
function splitClauses(doc: DraftDoc, out: DraftStatement[]): void {
  for (const s of [...out]) {
    if (s.form !== 'PARAPHRASE' || doc.entities[s.speaker]?.kind !== 'PERSON') continue;
    const words = doc.text.slice(s.quote.start, s.quote.end);
    const m = AND_HE.exec(words);
    if (!m || m.index < 20) continue;
    const at = s.quote.start + m.index + m[0].indexOf(m[1]!);
    const second = { start: at, end: s.quote.end };
    s.quote = trimQuote(doc.text, { start: s.quote.start, end: s.quote.start + m.index });
    out.push({
      ...s,
      quote: second,
      evidence: [{ start: at, end: at + m[1]!.length }],
      rule: 'clause-split',
    });
  }
}

function pointsMade(doc: DraftDoc, out: DraftStatement[], sentence: Sentence): void {
  const part = doc.text.slice(sentence.start, sentence.end);
  POINT.lastIndex = 0;
  for (let m = POINT.exec(part); m; m = POINT.exec(part)) {
    const at = sentence.start + m.index;
    const who = m[1]!;
    const whoStart = sentence.start + m.indices![1]![0];
    let speakers: number[] = [];
    if (REFERENCE.test(who)) speakers = resolveReference(doc, who, whoStart);
    else {
      const named = mentionsIn(doc, { start: whoStart, end: whoStart + who.length });
      const words = who.split(/\s+/);
      // Only a title may stand before the name (`President Kim`), no other words.
      if (named.length === 1 && named[0]!.kind === 'PERSON' && words.length <= 4) {
        const before = doc.text.slice(whoStart, named[0]!.start).trim();
        if (before === '' || TITLES.includes(before)) speakers = [named[0]!.entity!];
      }
    }
    if (speakers.length !== 1) continue;
    const quote = trimQuote(doc.text, { start: at, end: sentence.end });
    // The transcript speaker's own sentence that only frames the point is not theirs.
    for (let i = out.length - 1; i >= 0; i--) {
      const s = out[i]!;
      if (s.rule.startsWith('first-person') && s.quote.start <= at && at < s.quote.end)
        out.splice(i, 1);
    }
    add(out, speakers[0]!, quote, { start: at, end: at + m[0].length }, 'point-made', 0.55);
  }
}

function gerundClauses(doc: DraftDoc, out: DraftStatement[], sentence: Sentence): void {
  for (const m of mentionsIn(doc, sentence)) {
    if (m.kind !== 'PERSON' || m.entity === undefined) continue;
    const after = doc.text.slice(m.end, Math.min(sentence.end, m.end + 40));
    if (!GERUND.test(after)) continue;
    // The title written before the name belongs to the clause (`about President Kim raising`).
    const lead = doc.text.slice(Math.max(sentence.start, m.start - 40), m.start);
    const title = TITLES.find((t) => lead.endsWith(`${t} `));
    const start = title ? m.start - title.length - 1 : m.start;
    if (!BEFORE_GERUND_SUBJECT.test(doc.text.slice(Math.max(sentence.start, start - 10), start)))
      continue;
    if (out.some((s) => s.speaker === m.entity && s.quote.start <= start && start < s.quote.end))
      continue;
    const quote = trimQuote(doc.text, { start, end: sentence.end });
    add(out, m.entity, quote, { start, end: m.end }, 'gerund-clause', 0.5);
  }
}

function add(
  out: DraftStatement[],
  speaker: number,
  quote: { start: number; end: number },
  evidence: { start: number; end: number },
  rule: string,
  confidence: number,
): void {
  out.push({ speaker, form: 'PARAPHRASE', quote, evidence: [evidence], rule, confidence });
}
