/**
 * Who issues a measure: the actor acting in its sentence (`by X` in a passive, a possessive
 * before the measure, the subject of a modal before it, the last agency or government), else the
 * government or agency the document speaks for.
 */
import type { DraftDoc, Sentence } from '../document.ts';
import { mentionsIn } from './attribution-rules.ts';

/**
 * The actor acting in the sentence: the last agency or government before the trigger (a passive
 * `X was designated` makes X the target, and `by Y` the issuer), else one after it, else a person
 * or country before it.
 */
export function issuerOf(doc: DraftDoc, sentence: Sentence, triggerAt: number): number | undefined {
  const text = doc.text.slice(sentence.start, sentence.end);
  const actors = mentionsIn(doc, sentence).filter((m) =>
    ['AGENCY', 'GOVERNMENT', 'COUNTRY_OR_BLOC', 'PERSON'].includes(m.kind),
  );
  const by = /\bby (?:the )?/.exec(text.slice(triggerAt));
  if (by) {
    const at = sentence.start + triggerAt + by.index;
    const agent = actors.find((m) => m.start >= at && m.start <= at + by[0].length + 2);
    if (agent) return agent.entity;
  }
  // `the Harbour Agency’s new export controls`: the possessive before the measure is its issuer.
  const owner = actors.find(
    (m) =>
      m.kind !== 'PERSON' && POSSESSIVE_BEFORE.test(text.slice(m.end - sentence.start, triggerAt)),
  );
  if (owner) return owner.entity;
  const passive = /\b(?:was|were|been|be|being)\s+(?:\w+\s+)?$/.test(text.slice(0, triggerAt));
  const before = passive ? [] : actors.filter((m) => m.start < sentence.start + triggerAt);
  // `Japan will require licenses`: the country or body right before the measure's verb acts.
  const subject = before.at(-1);
  if (
    subject &&
    subject.kind !== 'PERSON' &&
    /^\s+(?:will|would|shall|could|can|may|must|plans? to|intends? to)\s+(?:\p{Ll}+\s+){1,2}$/u.test(
      text.slice(subject.end - sentence.start, triggerAt),
    )
  )
    return subject.entity;
  const official = (m: { kind: string }): boolean => m.kind === 'AGENCY' || m.kind === 'GOVERNMENT';
  const agency =
    [...before].reverse().find(official) ??
    actors.find((m) => official(m) && m.start > sentence.start + triggerAt);
  return (
    agency ??
    [...before].reverse().find((m) => m.kind === 'PERSON') ??
    (passive ? undefined : before.at(-1))
  )?.entity;
}

const POSSESSIVE_BEFORE = /^(?:[’']s?)\s+(?:[\p{Ll}\p{N}-]+\s+){0,5}$/u;

/** The government or agency the document speaks for: its first mentioned one. */
export function documentIssuer(doc: DraftDoc): number | undefined {
  return doc.mentions.find(
    (m) => m.entity !== undefined && (m.kind === 'GOVERNMENT' || m.kind === 'AGENCY'),
  )?.entity;
}
