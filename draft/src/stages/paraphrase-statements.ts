/**
 * Statements without quotation marks (paraphrases): sentences whose subject is an actor, a pronoun, a
 * title or a description followed by a reporting verb (`Wang stressed the move is …`, `They agreed
 * …`), sentences ending `…, X said` or `…, according to X`, and a transcript speaker's position
 * sentences. Pronoun and title speakers resolve to the nearest compatible speaker, with lower
 * confidence.
 */
import type { DraftDoc, DraftStatement, Sentence, Span } from '../document.ts';
import { REPORTING_VERBS } from '../lexicon.ts';
import { DESCRIPTION, mentionsIn, resolveReference } from './attribution-rules.ts';
import { trimQuote } from './quotes.ts';
import { asideLength } from './descriptors.ts';
import {
  firstPersonSpeakers,
  questionParagraphs,
  titleCounterpart,
  titleSpeaker,
} from './speakers.ts';
import { covered, saidTo, SUBJECT_REF } from './quote-statements.ts';
import { reportSaid, speakerLast } from './reported-statements.ts';

const VERB_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:(?:also|again|really|further|then|once|repeatedly|strongly|clearly|publicly|privately|each|both|had|has|have|would|will|did|not|just|himself|herself|themselves|[a-z]+ly),?\s+){0,3}(?:${REPORTING_VERBS})\b`,
);
/** The words before a subject's name: a title, with its portfolio list (`Minister of A, B and C`). */
const TITLE_WORDS =
  /^(?:\p{Lu}[\p{L}.-]*[’']s\s+)?(?:(?:[\p{Lu}][\p{L}.-]*,?|of|the|for|and)\s+){0,10}$/u;
const DESCRIPTION_SUBJECT = new RegExp(`${DESCRIPTION.source.slice(0, -1)}\\b`, 'u');
const POSITION =
  /\b(?:what I (?:will|can|would) say is|I (?:do not|don[’']t) (?:believe|think|have any)|we (?:remain|are) (?:convinced|concerned|committed)|we(?: have|[’']ve) (?:not been shy|been (?:very )?clear|(?:equally |also |consistently )?said|laid out|made clear))\b/i;
/** In a transcript turn, a sentence that takes a stand: a modal, a stance verb, `firmly`. */
const TURN_STANCE =
  /\b(?:will|would|should|must|cannot|can[’']t|won[’']t|oppose[sd]?|urge[sd]?|hope[sd]?|stress(?:es|ed)?|insist(?:s|ed)?|firmly|lodged|maintained|is a (?:common|normal|standard) (?:international )?practice)\b/i;
/** `We urge …`, `Let me stress …`: a turn sentence that opens on the speaker's stand. */
const TURN_OPENING =
  /^(?:(?:But|And),?\s+)?(?:We (?:firmly )?(?:hope|urge|oppose|call on|demand|welcome|reject)|(?:Let me|I want to|I would like to|I must) (?:stress|reiterate|emphasi[sz]e|point out))\b/;

/** True when the words at `start` (after `But`/`And`) are an actor's name: the sentence's subject. */
function opensWithActor(doc: DraftDoc, start: number): boolean {
  const lead = /^(?:(?:But|And),?\s+)?(?:The\s+)?/.exec(doc.text.slice(start, start + 12))![0];
  return doc.mentions.some((m) => m.start === start + lead.length);
}

/** A spokesperson's deflection: no position taken. */
const DEFLECTION =
  /\b(?:refer you|(?:not|no) comment|noted the reports?|released information|not aware|no information)\b/i;
const SAY_VERBS =
  /^(?:said|says|stressed|noted|added|reiterated|argued|warned|explained|stated|told|insisted|claimed|believes|expected|estimated|commented|asserted|declared|confirmed)\b/;

/** Drafts the paraphrased statements of `doc` not already covered by a quotation, into `out`. */
export function paraphrases(doc: DraftDoc, out: DraftStatement[]): void {
  const quoted = [...out];
  const firstPerson = firstPersonSpeakers(doc);
  const questionTurn = questionParagraphs(doc);
  const counterpart = titleCounterpart(doc, titleSpeaker(doc));
  for (const sentence of doc.sentences) {
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    if (isTitle(doc, paragraph) || covered(quoted, sentence)) continue;
    let start = sentence.start;
    if (paragraph.turnLabel && sentence.start === paragraph.start)
      start = paragraph.turnLabel.end + 1;
    while (start < sentence.end && /\s/.test(doc.text[start]!)) start++;
    const me = firstPerson[sentence.paragraph];
    if (questionTurn[sentence.paragraph]) continue;
    // The subject first; else the speaker last (`…, X said`); else a later clause's subject.
    if (subjectFirst(doc, out, sentence, start, me, counterpart)) continue;
    if (speakerLast(doc, out, sentence)) continue;
    const clauses = [
      ...leadingPhrase(doc, start, sentence.end),
      ...clauseStarts(doc, { start, end: sentence.end }),
    ];
    let placed = false;
    for (const clause of clauses) {
      if (subjectFirst(doc, out, sentence, clause, me, counterpart)) {
        placed = true;
        break;
      }
    }
    if (!placed && me !== undefined) positionStatement(doc, out, sentence, start, me);
    else if (!placed) reportSaid(doc, out, sentence, start);
  }
}

/**
 * A speaker's own words that state a position (`What I will say is that …`, `We remain convinced
 * that …`, `I don't believe …`, `We have been clear …`), in a transcript turn or remarks: a direct
 * quote of the speaker, the whole sentence.
 */
function positionStatement(
  doc: DraftDoc,
  out: DraftStatement[],
  sentence: Sentence,
  start: number,
  me: number,
): void {
  const text = doc.text.slice(start, sentence.end);
  const inTurn = doc.paragraphs.some((p) => p.turnLabel && p.index <= sentence.paragraph);
  const stance =
    inTurn &&
    TURN_STANCE.test(text) &&
    !DEFLECTION.test(text) &&
    !/\?$/.test(text) &&
    (TURN_OPENING.test(text) || opensWithActor(doc, start));
  if (!POSITION.test(text) && !stance) return;
  // A sentence that goes on with `But …`, `And …`, `No …` continues the same statement.
  const next = doc.sentences.find(
    (x) => x.start >= sentence.end && x.paragraph === sentence.paragraph,
  );
  const goesOn =
    next && /^(?:But|And|No|So|That|This)\b/.test(doc.text.slice(next.start, next.end));
  out.push({
    speaker: me,
    form: 'DIRECT_QUOTE',
    quote: trimQuote(doc.text, { start, end: goesOn ? next.end : sentence.end }),
    evidence: [],
    rule: 'first-person-position',
    confidence: 0.5,
  });
}

/** After an opening phrase and its comma (`On our economic relationship, we agreed …`). */
function leadingPhrase(doc: DraftDoc, start: number, end: number): number[] {
  const m = /^[^,“”"]{3,70},\s+(?=(?:I|we|We|he|she|they|the|The|President|[\p{Lu}]))/u.exec(
    doc.text.slice(start, end),
  );
  return m ? [start + m[0].length] : [];
}

/** True for the paragraph the metadata stage took as the title. */
function isTitle(doc: DraftDoc, paragraph: { start: number }): boolean {
  return doc.meta.titleSpan?.start === paragraph.start;
}

/** Where a clause joined by `, and` / `; ` / `, but` starts inside `span`. */
function clauseStarts(doc: DraftDoc, span: Span): number[] {
  const part = doc.text.slice(span.start, span.end);
  return [...part.matchAll(/(?:,\s+(?:and|but|while)\s+|;\s+)/g)].map(
    (m) => span.start + m.index + m[0].length,
  );
}

const LEAD =
  /^(?:(?:And|But|So|Also|Then|Today|Yesterday|Here|There|Instead|Now|In (?:this|that) context|Of course|Again)\b,?\s+)*(?:(?:in this context|of course|today|also),?\s+)?/i;

/** `President Biden emphasized …`, `He noted …`, `They agreed …`, `I raised …` (from `from`). */
function subjectFirst(
  doc: DraftDoc,
  out: DraftStatement[],
  sentence: Sentence,
  from: number,
  me: number | undefined,
  counterpart: number | undefined,
): boolean {
  const full = doc.text.slice(from, sentence.end);
  const lead = LEAD.exec(full)![0];
  const bodyStart = from + lead.length;
  const body = doc.text.slice(bodyStart, sentence.end);
  let speakers: number[] = [];
  let rest = '';
  let rule = 'subject-verb';
  let confidence = 0.7;
  let toCounterpart: number | undefined;
  const inSentence = mentionsIn(doc, { start: bodyStart, end: sentence.end });
  let first = inSentence[0];
  // `Japan’s Minister of Trade Jo Bard said`: the possessor is not the subject, the titled name is.
  if (first && /^[’']s\s/.test(doc.text.slice(first.end)) && inSentence[1]?.kind === 'PERSON')
    first = inSentence[1];
  const titleWords = first ? doc.text.slice(bodyStart, first.start) : '';
  // (`and` only inside a comma-listed portfolio: `Acme and the government agreed` has two subjects.)
  if (
    first &&
    TITLE_WORDS.test(titleWords) &&
    (!/\band\b/.test(titleWords) || /,/.test(titleWords))
  ) {
    rest = doc.text.slice(first.end, sentence.end);
    // `Jo Bard, who leads the review, said …`, `Jo Bard, a spokesperson for X, said …`.
    rest = rest.slice(asideLength(rest));
    if (!/^[’']s\b/.test(rest) && VERB_AFTER_SUBJECT.test(rest.trimStart()))
      speakers = [first.entity!];
  }
  if (speakers.length === 0) {
    const ref = SUBJECT_REF.exec(body) ?? DESCRIPTION_SUBJECT.exec(body);
    const self = /^(I|we|We)\s/.exec(body);
    if (ref) {
      rest = body.slice(ref[0].length);
      if (!VERB_AFTER_SUBJECT.test(rest.trimStart())) return false;
      const phrase = ref[0].charAt(0).toUpperCase() + ref[0].slice(1);
      speakers = resolveReference(doc, phrase, bodyStart);
      rule = 'reference-verb';
      confidence = 0.5;
    } else if (self && me !== undefined) {
      // `We have noted the reports.`: a deflection takes no position.
      if (DEFLECTION.test(body)) return false;
      rest = body.slice(self[0].length);
      if (!VERB_AFTER_SUBJECT.test(rest.trimStart())) return false;
      speakers = [me];
      if (counterpart !== undefined && counterpart !== me) toCounterpart = counterpart;
      if (
        self[1] !== 'I' &&
        counterpart !== undefined &&
        /^(?:\S+\s+)?(?:agreed|committed|discussed|reviewed|welcomed|reaffirmed)\b/.test(
          rest.trimStart(),
        )
      )
        speakers.push(counterpart);
      rule = 'first-person';
      confidence = 0.6;
    } else return false;
  }
  if (speakers.length === 0) return false;
  const verb = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`).exec(rest)!;
  // `X spoke with Y` or `X spoke first` reports a meeting; `X spoke about …` a statement.
  if (
    /^spok|^speak/.test(verb[0]) &&
    // (`of` only right after the verb: `spoke with X of the PRC` names X's country.)
    !/^\s+(?:(?:\S+\s+){0,5}?(?:about|on)|of)\b/.test(rest.slice(verb.index + verb[0].length))
  )
    return false;
  const afterVerb = rest
    .slice(verb.index + verb[0].length)
    .replace(/^\s+(?:(?:on|last|earlier|late) \p{Lu}\p{Ll}+,?\s+)?(?:that\s+)?/u, '');
  // `They discussed the issue today.`: a verb with no more than a topic says nothing (`said no` does).
  if (!SAY_VERBS.test(verb[0]) && afterVerb.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 4)
    return false;
  const quote =
    SAY_VERBS.test(verb[0]) && afterVerb.length > 20
      ? trimQuote(doc.text, { start: sentence.end - afterVerb.length, end: sentence.end })
      : trimQuote(doc.text, { start: bodyStart, end: sentence.end });
  for (const speaker of speakers) {
    out.push({
      speaker,
      form: 'PARAPHRASE',
      quote,
      evidence: [{ start: bodyStart, end: sentence.end - afterVerb.length }].filter(
        (e) => e.end > e.start && e.end - e.start < quote.end - quote.start,
      ),
      rule,
      confidence,
      ...saidTo(doc, sentence),
    });
    const last = out[out.length - 1]!;
    if (last.saidTo === undefined && toCounterpart !== undefined && toCounterpart !== speaker)
      last.saidTo = toCounterpart;
    if (last.saidTo === undefined && speakers.length === 2)
      last.saidTo = speakers.find((x) => x !== speaker);
  }
  return true;
}
