/**
 * Stage 8: policy measures. A sentence reports a measure when it names one (`export control`,
 * `sanctions`, `tariffs`, `final rule`, `Entity List`, `Executive Order`) together with an action
 * (`announced`, `identified`, `designated`, `adding`, `imposed`, `is mulling`) or a status. Type and
 * status come from the wording; the issuer is the actor acting in the sentence (`X identified`,
 * `… of the Ministry of Commerce`); dates are resolved against the document's date with chrono
 * (`on Monday`, `from August 1`, `Today`).
 */
import type { DraftDoc, DraftMeasure, MeasureStatus, MeasureType, Sentence } from '../document.ts';
import {
  countryMeasures,
  definedInstruments,
  enumeratedItems,
  listedMeasureItems,
} from './measure-cues.ts';
import { datesOf } from './measure-dates.ts';
import { documentIssuer, issuerOf } from './measure-issuer.ts';

const TRIGGER =
  /\b(export controls?|export restrictions?|sanctions?|tariffs?|interim final rule|final rule|proposed rule|new rule|rules?(?! of\b)(?!-based)|Entity List|Executive Order|E\.O\. \d+|designat(?:ed|ion|ing)|identified(?= [^.]{0,80}pursuant to)|prohibit(?:ed|ion|s)?|ban(?:s|ned)?|restrictions?|licen[cs](?:e|ing) (?:requirements?|exceptions?)|requir\w* licen[cs]es?|(?:export |trade |technology )?controls(?= on\b)|screening of (?:foreign )?investments?|investment screening|bill(?= (?:on [A-Z][a-z]+ )?(?:that|to|which) would\b)|investigation|caps?|(?:exported|imported) without (?:permission|an? (?:export |import )?licen[cs]e))\b/i;
const ACTION =
  /\b(announc\w*|unveil\w*|issu\w*|identif\w*|designat\w*|add(?:ed|ing|s)|impos\w*|increas\w*|rais\w*|releas\w*|adopt\w*|implement\w*|expand\w*|introduc\w*|launch\w*|initiat\w*|tak(?:es|ing|en) (?:action|effect)|took action|mull\w*|consider\w*|weigh\w*|propos\w*|requir\w*|prohibit\w*|restrict\w*|delay\w*|suspend\w*|revok\w*|lift\w*|maintain\w*|finaliz\w*|tighten\w*|bann\w*|shall not|will|would|could|apply|applies)\b/i;

const STATUS_WORDS: Array<[RegExp, MeasureStatus]> = [
  [
    /\b(mull\w*|consider\w*|weigh\w*|could|may|might|would|plans? to|reportedly)\b/i,
    'UNDER_CONSIDERATION',
  ],
  [/\bpropos\w*/i, 'PROPOSED'],
  [/\b(revok\w*|rescind\w*|lift\w*|repeal\w*)\b/i, 'REVOKED'],
  [/\b(suspend\w*|paus\w*)\b/i, 'SUSPENDED'],
  [
    /\b(takes? effect|took effect|in effect|went into effect|effective|in force|previously designated|was designated)\b/i,
    'IN_EFFECT',
  ],
  [
    /\b(announc\w*|unveil\w*|issu\w*|identif\w*|designat\w*|adding|added|impos\w*|releas\w*|today|took action|increas\w*|shall not)\b/i,
    'ANNOUNCED',
  ],
];

function typesOf(trigger: string, sentence: string): MeasureType[] {
  const t = trigger.toLowerCase();
  const types = new Set<MeasureType>();
  if (/export control|export restriction/.test(t) || /\bexport controls?\b/i.test(sentence))
    types.add('EXPORT_CONTROL');
  if (/proposed rule/.test(t)) types.add('PROPOSED_RULE');
  if (/licen[cs]e|without permission/.test(t) || /\blicen[cs]e\b/i.test(sentence))
    types.add('LICENSING_REQUIREMENT');
  if (/exported without/.test(t)) types.add('EXPORT_CONTROL');
  if (/sanction|designat|e\.o\.|executive order/.test(t)) types.add('SANCTION');
  if (/entity list|identified|list/.test(t)) types.add('LISTING');
  if (types.size === 0) types.add('RESTRICTION');
  return [...types];
}

function statusOf(sentence: string): MeasureStatus {
  for (const [re, status] of STATUS_WORDS) if (re.test(sentence)) return status;
  return 'UNKNOWN';
}

/** Finds `doc.measures`, at most one per sentence. */
export function findMeasures(doc: DraftDoc): void {
  const measures: DraftMeasure[] = [];
  const reference = doc.meta.publishedOn ? new Date(`${doc.meta.publishedOn}T12:00:00`) : undefined;
  const local = definedInstruments(doc.text);
  for (const sentence of doc.sentences) {
    if (sentence.paragraph === 0 && doc.meta.titleSpan) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const trigger = TRIGGER.exec(text) ?? local?.exec(text) ?? null;
    if (insideQuote(doc, sentence) || NEGATED.test(text)) continue;
    measures.push(...instruments(doc, sentence, measures));
    const items = trigger ? enumeratedItems(text) : [];
    // A definite reference described by a copula with no action (`the licensing requirement is not
    // aimed at any country, and …`) speaks of a measure named before; it reports no new one.
    const acting =
      trigger !== null && !(definiteAt(text, trigger.index) && describedOnly(text, trigger));
    if (!trigger || ((!acting || !ACTION.test(text)) && items.length === 0)) {
      measures.push(...namedByCountry(doc, sentence));
      continue;
    }
    if (quotedAt(doc, sentence.start + trigger.index) && !quotedReport(text, trigger.index))
      continue;
    const measure: DraftMeasure = {
      name: /without/.test(trigger[0])
        ? `Licence required to ${/^imported/.test(trigger[0]) ? 'import' : 'export'} ${nameOf(text, 0).replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase())}`
        : nameOf(text, trigger.index),
      types: typesOf(trigger[0], text),
      status: statusOf(text),
      scope: [],
      evidence: { start: sentence.start, end: sentence.end },
      rule: `trigger:${trigger[0].toLowerCase()}`,
      confidence: 0.5,
    };
    const issuer =
      issuerOf(doc, sentence, trigger.index) ?? measures.at(-1)?.issuer ?? documentIssuer(doc);
    if (issuer !== undefined) measure.issuer = issuer;
    Object.assign(measure, datesOf(text, reference, doc.meta.publishedOn));
    if (measure.effectiveOn && measure.announcedOn && measure.effectiveOn < measure.announcedOn)
      delete measure.effectiveOn;
    if (doc.meta.publishedOn && measure.announcedOn && measure.announcedOn > doc.meta.publishedOn)
      delete measure.announcedOn;
    const earlier = measures.filter((m) => m.rule !== 'named-instrument').at(-1);
    if (earlier && refersBack(text, trigger.index)) {
      // `The rules take effect from April 1`: the measure just reported, not a new one.
      if (
        measure.effectiveOn &&
        !earlier.effectiveOn &&
        (!earlier.announcedOn || earlier.announcedOn <= measure.effectiveOn)
      ) {
        earlier.effectiveOn = measure.effectiveOn;
      }
      continue;
    }
    if (items.length > 0) {
      // `six orders, including one on X, another on Y`: one measure per item.
      for (const item of items)
        measures.push({
          ...measure,
          name: `${trigger[0].replace(/s$/, '')} ${text.slice(item.start, item.end).replace(/^(?:one|another|a second|a third|the other) /, '')}`,
          evidence: { start: sentence.start + item.start, end: sentence.start + item.end },
          rule: 'enumerated',
        });
      continue;
    }
    measures.push(measure);
  }
  listedMeasures(doc, measures, reference);
  doc.measures = measures.sort((a, b) => a.evidence.start - b.evidence.start);
}

/**
 * The items of a bulleted list a paragraph introduces as measures, each drafted unless a sentence
 * rule drafted it already: issuer and announcement date from the measure reported before the list.
 */
function listedMeasures(doc: DraftDoc, measures: DraftMeasure[], reference?: Date): void {
  const { intros, items } = listedMeasureItems(doc);
  // The paragraph introducing the list is not a measure of its own.
  const inIntro = (m: DraftMeasure): boolean =>
    intros.some((p) => p.start <= m.evidence.start && m.evidence.end <= p.end);
  measures.splice(0, measures.length, ...measures.filter((m) => !inIntro(m)));
  for (const item of items) {
    const drafted = measures.find(
      (m) => m.evidence.start < item.end && item.start < m.evidence.end,
    );
    if (drafted) {
      // A sentence of the item drafted already: its evidence is the whole item.
      drafted.evidence = { start: item.start, end: Math.max(item.end, drafted.evidence.end) };
      continue;
    }
    const text = doc.text.slice(item.start, item.end);
    const before = measures.filter((m) => m.evidence.start < item.start && m.rule !== 'listed');
    const announcing = before.filter((m) => m.rule !== 'named-instrument').at(-1);
    const measure: DraftMeasure = {
      name: text
        .replace(/[.:;]$/, '')
        .split(/\s+/)
        .slice(0, 10)
        .join(' '),
      types: typesOf(/\b(?:export controls?|licen[cs]e|sanction)/i.exec(text)?.[0] ?? '', text),
      status: announcing?.status ?? statusOf(text),
      scope: [],
      evidence: item,
      rule: 'listed',
      confidence: 0.4,
      ...datesOf(text, reference, doc.meta.publishedOn),
    };
    const issuer = announcing?.issuer ?? documentIssuer(doc);
    if (issuer !== undefined) measure.issuer = issuer;
    // A list the document gives as its own news, with no other date: announced on its date.
    const announced = announcing?.announcedOn ?? doc.meta.publishedOn;
    if (!measure.announcedOn && announced) measure.announcedOn = announced;
    measures.push(measure);
  }
}

/** True when a definite determiner (`the`, `this`, `these` …) stands up to two words before `at`. */
function definiteAt(text: string, at: number): boolean {
  return /\b(?:the|this|these|that|those|such)\s+(?:\S+\s+){0,2}$/i.test(text.slice(0, at));
}

/**
 * True when `trigger` is followed by a copula (`is`, `are`, `was`, `were`, `remains`) and the rest
 * of its clause (to the next comma or semicolon) has no action word: a description of the measure.
 */
function describedOnly(text: string, trigger: RegExpExecArray): boolean {
  const after = text.slice(trigger.index + trigger[0].length);
  const copula = /^\s+(?:is|are|was|were|remains?)\b/i.exec(after);
  if (!copula) return false;
  const clause = after.slice(copula[0].length).split(/[,;]/)[0]!;
  return !ACTION.test(clause);
}

/** True when the whole sentence is inside a quotation (a speaker's words, not the document's report). */
function insideQuote(doc: DraftDoc, sentence: Sentence): boolean {
  const length = sentence.end - sentence.start;
  return doc.quotes.some(
    (q) => q.inner.start <= sentence.start && sentence.end <= q.inner.end + 2 && length > 0,
  );
}

/** True when offset `at` lies inside a quotation's words. */
function quotedAt(doc: DraftDoc, at: number): boolean {
  return doc.quotes.some((q) => q.inner.start <= at && at < q.inner.end);
}

/**
 * A measure named inside someone's quoted words counts only when the quote reports an official body
 * acting on it (`the government announced 100 percent tariffs`), not when it gives the speaker's view
 * of it (`I support the decision to raise tariffs`, `These tariffs make clear …`).
 */
function quotedReport(text: string, triggerAt: number): boolean {
  const before = text.slice(0, triggerAt);
  return OFFICIAL_BODY.test(before) && !STANCE.test(before);
}
const OFFICIAL_BODY =
  /\b(?:administration|government|ministry|department|commission|agency|bureau|office|white house)\b/i;
const STANCE =
  /\b(?:support(?:s|ed)?|applaud\w*|welcom\w*|prais\w*|commend\w*|thank\w*|urg\w*|oppos\w*|condemn\w*)\b/i;

const NEGATED =
  /\b(?:no|not|any)\b[^.]{0,30}\b(?:announcements?|plans?)\b|\bno (?:announcements?|new sanctions)\b/i;
const INSTRUMENT =
  /\b(?:Executive Order (?:\(E\.O\.\) )?\d{5}(?:, as amended(?: by E\.O\. \d{5})?)?|(?:[\p{Lu}][\p{L}-]*\s){3,6}List\b)/gu;

/**
 * `The rules take effect from April 1`: a definite reference (`the`, `these`) to a measure already
 * named, in a sentence that only dates it.
 */
function refersBack(text: string, at: number): boolean {
  if (
    !/\b(?:takes? effect|took effect|effective|(?:comes?|enters?|came|entered) into force)\b/i.test(
      text,
    )
  )
    return false;
  return (
    /(?:^|\b)(?:the|these|this|those|such)\s+(?:new\s+)?$/i.test(
      text.slice(Math.max(0, at - 12), at),
    ) && !/\b(?:announc|unveil|issu|impos|releas|adopt|introduc|launch)\w*/i.test(text)
  );
}

function nameOf(text: string, at: number): string {
  const phrase = text
    .slice(at)
    .replace(
      /\s+(?:on|from|since|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|\p{Lu}[a-z]+ \d{1,2}(?:, \d{4})?)\b.*$/u,
      '',
    )
    .split(/[,;.:]\s|\s(?:that|which|who|and will|to protect|because)\s/)[0]!
    .split(/\s+/)
    .slice(0, 12)
    .join(' ');
  const name = phrase.replace(/[.,;:”"]+$/, '');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Measures a sentence names with their country (`U.S. chip export controls`), when it reports none. */
function namedByCountry(doc: DraftDoc, sentence: Sentence): DraftMeasure[] {
  return countryMeasures(doc, sentence).map(({ span, issuer, word }) => {
    const name = doc.text.slice(span.start, span.end);
    return {
      name: name.charAt(0).toUpperCase() + name.slice(1),
      types: typesOf(word, name),
      status: 'IN_EFFECT',
      issuer,
      scope: [],
      evidence: span,
      rule: 'country-measure',
      confidence: 0.4,
    };
  });
}

/** Named instruments inside a sentence (`Executive Order 13959, as amended`, `the Entity List`), once each. */
function instruments(doc: DraftDoc, sentence: Sentence, earlier: DraftMeasure[]): DraftMeasure[] {
  const out: DraftMeasure[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  for (const m of text.matchAll(INSTRUMENT)) {
    const name = m[0].replace(/^(?:The|the|On|In|To|Under)\s+/, '');
    if ([...earlier, ...out].some((x) => x.name === name)) continue;
    const start = sentence.start + m.index + (m[0].length - name.length);
    out.push({
      name,
      types: /List$/.test(name) ? ['LISTING'] : ['SANCTION'],
      status: 'IN_EFFECT',
      scope: [],
      evidence: { start, end: start + name.length },
      rule: 'named-instrument',
      confidence: 0.4,
    });
  }
  return out;
}
