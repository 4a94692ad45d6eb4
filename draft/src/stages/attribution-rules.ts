/**
 * Helpers the attribution stage shares: which mention speaks before or after a reporting verb,
 * pronoun and title speakers, the party spoken to.
 */
import type { ActorKind } from '@policygraph/model';
import type { DraftDoc, Mention, Span } from '../document.ts';
import { ORGANISATION_KINDS, REPORTING_VERBS } from '../lexicon.ts';
import { trailingRelativeClause } from './descriptors.ts';

export const VERB = new RegExp(String.raw`\b(?:${REPORTING_VERBS})\b`, 'g');
export const SPEAKER_KINDS: ReadonlySet<string> = new Set([
  ...ORGANISATION_KINDS,
  'PERSON',
  'COUNTRY_OR_BLOC',
  'UNNAMED_SOURCE',
]);

/** Mentions wholly inside `span`, in text order. */
export function mentionsIn(doc: DraftDoc, span: Span): Mention[] {
  return doc.mentions.filter(
    (m) => m.start >= span.start && m.end <= span.end && m.entity !== undefined,
  );
}

/** The speaker nearest before `at` in `span`: a person if one is within reach, else any actor. */
export function speakerBefore(doc: DraftDoc, span: Span, at: number): Mention | undefined {
  // `X, which supplies carmakers, said`: the actors inside the relative clause are not the speaker.
  const clause = trailingRelativeClause(doc.text.slice(span.start, at));
  const end = clause ? span.start + clause.start : at;
  const before = mentionsIn(doc, { start: span.start, end }).filter((m) =>
    SPEAKER_KINDS.has(m.kind),
  );
  const person = [...before].reverse().find((m) => m.kind === 'PERSON' && at - m.end < 140);
  return person ?? before.at(-1);
}

/** The first speaker after `at` in `span`. */
export function speakerAfter(doc: DraftDoc, span: Span, at: number): Mention | undefined {
  const after = mentionsIn(doc, { start: at, end: span.end }).filter((m) =>
    SPEAKER_KINDS.has(m.kind),
  );
  const first = after[0];
  if (!first) return undefined;
  const person = after.find((m) => m.kind === 'PERSON' && m.start - first.end < 80);
  return person ?? first;
}

const PRONOUN = /^(?:He|She|he|she)$/;
const GROUP =
  /^(?:They|The two leaders|Both leaders|The leaders|the two leaders|both leaders|they)$/;

/**
 * The speakers a pronoun or a title stands for: `He`/`She` → the nearest person mentioned before;
 * `They`/`The two leaders` → the two nearest people; `The President`/`the Secretary` → the nearest
 * person written with that title.
 */
export function resolveReference(doc: DraftDoc, phrase: string, at: number): number[] {
  const earlier = doc.mentions.filter(
    (m) => m.end <= at && m.kind === 'PERSON' && m.entity !== undefined,
  );
  if (PRONOUN.test(phrase)) {
    const last = earlier.at(-1);
    return last ? [last.entity!] : [];
  }
  if (GROUP.test(phrase)) {
    const seen: number[] = [];
    for (const m of [...earlier].reverse()) {
      if (!seen.includes(m.entity!)) seen.push(m.entity!);
      if (seen.length === 2) break;
    }
    return seen.length === 2 ? seen : [];
  }
  const title = TITLE_REF.exec(phrase);
  if (title) {
    // `The Deputy Secretary`: a person introduced with that title, or with a title ending in it.
    const withTitle = doc.mentions.filter(
      (m) =>
        m.entity !== undefined &&
        m.title !== undefined &&
        (m.title === title[1] || (!title[2] && m.title.endsWith(` ${title[1]}`))),
    );
    const last = withTitle.filter((m) => m.end <= at).at(-1) ?? withTitle[0];
    return last ? [last.entity!] : [];
  }
  const description = DESCRIPTION.exec(phrase);
  if (description) {
    // `the expert`, `the tech market analyst firm`: the nearest actor of a kind the noun fits.
    const kinds = DESCRIPTION_KINDS.find(([re]) => re.test(description[1]!))![1];
    const last = doc.mentions
      .filter((m) => m.end <= at && m.entity !== undefined && kinds.includes(m.kind))
      .at(-1);
    return last ? [last.entity!] : [];
  }
  return [];
}

/**
 * `The Minister`, `The Deputy Secretary`: a title standing for the person introduced with it; group 2
 * is the qualifier (`Deputy`) when there is one.
 */
const TITLE_REF =
  /^(?:The|the) ((Deputy |Vice |Prime |Foreign |Trade |Assistant |Under |Commerce )?(?:President|Secretary|Ambassador|Minister|Premier|Chairman|Chair|Director|Spokesperson))$/;

/** A definite description of an actor by its head noun (`the expert`, `the analyst firm`). */
export const DESCRIPTION =
  /^(?:The|the) (?:[\p{Ll}][\p{L}-]* ){0,3}(expert|analyst|official|spokesperson|spokesman|spokeswoman|economist|researcher|professor|firm|company|group|ministry|agency|department|newspaper|outlet|association|alliance)$/u;
const PERSON_ONLY: ActorKind[] = ['PERSON'];
const DESCRIPTION_KINDS: Array<[RegExp, ActorKind[]]> = [
  [/^(?:firm|company|group)$/, ['COMPANY', 'ANALYST_FIRM', 'BUSINESS_UNIT', 'ORGANIZATION']],
  [/^(?:ministry|agency|department)$/, ['AGENCY', 'GOVERNMENT']],
  [/^(?:newspaper|outlet)$/, ['MEDIA_OUTLET']],
  [/^(?:association|alliance)$/, ['INDUSTRY_ASSOCIATION', 'ORGANIZATION']],
  [/./, PERSON_ONLY],
];

/**
 * The other party of a call or meeting the title names (`… Call with President Xi Jinping`):
 * statements of one party are said to the other.
 */
export function counterparts(doc: DraftDoc): [number, number] | null {
  const title = doc.meta.titleSpan;
  if (
    !title ||
    !/\b(?:Call|Meeting|Meets|Spoke|Speaks|Talks)\b.* with /i.test(
      doc.text.slice(title.start, title.end),
    )
  )
    return null;
  const people = mentionsIn(doc, title).filter((m) => m.kind === 'PERSON');
  const distinct = [...new Set(people.map((m) => m.entity!))];
  return distinct.length === 2 ? [distinct[0]!, distinct[1]!] : null;
}
