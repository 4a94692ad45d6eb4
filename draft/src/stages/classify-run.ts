/**
 * What a capitalised run names: a person (after a title, or starting with a known given name, or
 * with a middle initial), an organisation by its last word (`… Co., Ltd.`, `… Bureau`) or its head
 * (`Department of …`), a government (`Biden administration`, `Zimbabwean government`). A run may
 * hold several: `Under Secretary of the Treasury … Brian E. Nelson` is a title, an agency and a
 * person. Runs it cannot place come back with no kind, for the context rules to decide.
 */
import type { ActorKind } from '@policygraph/model';
import type { Span } from '../document.ts';
import {
  FIRST_NAMES,
  HEADING_NOUNS,
  INSTITUTIONS,
  ORG_HEADS,
  ORG_LEXICON,
  ORG_SUFFIXES,
  SENTENCE_STARTERS,
  TITLES,
} from '../lexicon.ts';
import { wordsOf } from './names.ts';

/** One thing a run names; `kind` undefined when only context can tell. `title` for persons. */
export interface RunPart extends Span {
  kind?: ActorKind;
  rule: string;
  confidence: number;
  title?: string;
  titleSpan?: Span;
}

type Word = Span & { text: string };
const CONNECTORS = new Set([
  'of',
  'a',
  'the',
  'for',
  'and',
  'on',
  'de',
  'du',
  'da',
  'van',
  'von',
  'al',
  'bin',
  '&',
]);
/** Lower-case particles inside a person's name: `Pieter van Doorn`, `Ursula von der Leyen`. */
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'del',
  'dos',
  'da',
  'du',
  'ter',
  'le',
  'al',
  'bin',
  'ibn',
]);
const INITIAL = /^\p{Lu}\.$/u;

function isName(w: Word): boolean {
  return !CONNECTORS.has(w.text) && !TITLES.includes(w.text);
}

/**
 * The length of the person's name that opens `words`: name words, with lower-case particles
 * between two of them (`Pieter van Doorn`); 0 when `words` does not open with a name word.
 */
function nameLength(words: Word[]): number {
  // `Minister van Doorn`: after a title a name may open with its particle.
  let n = 0;
  while (n < words.length && PARTICLES.has(words[n]!.text)) n++;
  if (n === 0 || n >= words.length || !isName(words[n]!)) n = 0;
  while (n < words.length) {
    if (isName(words[n]!)) n++;
    else if (n > 0 && PARTICLES.has(words[n]!.text)) {
      let k = n;
      while (k < words.length && PARTICLES.has(words[k]!.text)) k++;
      if (k < words.length && isName(words[k]!)) n = k;
      else break;
    } else break;
  }
  return n;
}

/**
 * A person's name at the end of `words`: 2 to 4 name words starting with a known given name, or
 * three with a middle initial (`Brian E. Nelson`), or (after a title) the whole of up to 3 words.
 */
function personTail(words: Word[], afterTitle: boolean): Word[] | null {
  const fits = (k: number): Word[] | null => {
    const tail = words.slice(words.length - k);
    if (k > words.length || !tail.every(isName)) return null;
    const last = tail[tail.length - 1]!.text.replace(/,$/, '');
    if (ORG_SUFFIXES.has(last) || /^\p{Lu}{2,}$/u.test(last)) return null;
    return tail;
  };
  for (let k = Math.min(4, words.length); k >= 2; k--) {
    const tail = fits(k);
    if (tail && FIRST_NAMES.has(tail[0]!.text.toLowerCase())) return tail;
  }
  for (let k = 3; k <= Math.min(4, words.length); k++) {
    const tail = fits(k);
    if (
      tail &&
      tail.slice(1, -1).some((w) => INITIAL.test(w.text)) &&
      !ORG_SUFFIXES.has(tail[0]!.text)
    )
      return tail;
  }
  if (afterTitle && words.length <= 3) return fits(words.length);
  return null;
}

/** After a comma-listed portfolio (`of Economy, Trade and Industry Kenji Sato`), the words past `and X`. */
function portfolioPerson(words: Word[]): Word[] | null {
  if (!words.some((w) => w.text.endsWith(','))) return null;
  const and = words.map((w) => w.text).lastIndexOf('and');
  const name = and > 0 ? words.slice(and + 2) : [];
  return name.length >= 2 && name.length <= 4 && name.every(isName) ? name : null;
}

function span(words: Word[]): Span {
  return { start: words[0]!.start, end: words[words.length - 1]!.end };
}

function findTitle(
  words: Word[],
  from: number,
): { at: number; length: number; title: string } | null {
  for (let i = from; i < words.length; i++) {
    for (const title of TITLES) {
      const parts = title.split(' ');
      if (parts.every((p, j) => words[i + j]?.text === p)) {
        // `President and CEO Rich Nolan`: two titles joined by `and` are one.
        const more =
          words[i + parts.length]?.text === 'and' ? findTitle(words, i + parts.length + 1) : null;
        if (more && more.at === i + parts.length + 1)
          return {
            at: i,
            length: parts.length + 1 + more.length,
            title: `${title} and ${more.title}`,
          };
        return { at: i, length: parts.length, title };
      }
    }
  }
  return null;
}

/** The kind an organisation's words imply, from its last word or its head. */
export function orgKind(words: Word[]): ActorKind | undefined {
  const last = words[words.length - 1]!.text.replace(/\.$/, '');
  const lastKind = ORG_SUFFIXES.get(words[words.length - 1]!.text) ?? ORG_SUFFIXES.get(last);
  if (last === 'Administration' && words.length === 1) return undefined;
  if (last === 'Administration' && words.length === 2 && !CONNECTORS.has(words[0]!.text)) {
    return 'GOVERNMENT';
  }
  const before = words[words.length - 2]?.text ?? '';
  // `Working Group`, `Contact Group`: a body of members, not a company group.
  if (last === 'Group' && /^(?:Working|Study|Expert|Contact|Steering|Advisory)$/.test(before))
    return 'ORGANIZATION';
  // `World Bank`, `Development Bank`: lenders of governments, not companies.
  if (last === 'Bank' && /^(?:World|Development|Investment|Settlements)$/.test(before))
    return 'ORGANIZATION';
  if (
    lastKind === 'ORGANIZATION' &&
    /^(?:Association|Alliance|Federation|Chamber|Council)$/.test(last)
  ) {
    // An association of firms says so: `Solar Makers Association`, `Chamber of Commerce`.
    const industry = words.some((w) =>
      /^(?:Industry|Industries|Manufacturers|Producers|Business|Businesses|Commerce|Exporters|Importers|Companies|Makers|Retailers|Automakers)$/.test(
        w.text,
      ),
    );
    if (industry) return 'INDUSTRY_ASSOCIATION';
  }
  if (lastKind) return lastKind;
  for (let i = 0; i + 1 < words.length; i++) {
    const head = ORG_HEADS.get(`${words[i]!.text} ${words[i + 1]!.text}`);
    if (head) return head;
  }
  return undefined;
}

/** Classifies one capitalised run of `text` (see the module comment). */
export function classifyRun(text: string, run: Span, sentenceStart: boolean): RunPart[] {
  let words = wordsOf(text, run);
  while (
    words.length > 0 &&
    (SENTENCE_STARTERS.has(words[0]!.text) || CONNECTORS.has(words[0]!.text))
  ) {
    words = words.slice(1);
  }
  if (words.length === 0) return [];
  const title = findTitle(words, 0);
  if (title) {
    const before = words.slice(0, title.at);
    const after = words.slice(title.at + title.length);
    const titleWords = words.slice(title.at, title.at + title.length);
    const parts: RunPart[] = [];
    if (before.length > 0) parts.push(...classifyWords(before, sentenceStart && title.at > 0));
    const prefix = after.slice(0, nameLength(after));
    let person: Word[] | null = null;
    let orgWords: Word[] = [];
    let rest: Word[] = [];
    const prefixNames = prefix.filter((w) => !PARTICLES.has(w.text)).length;
    if (prefixNames > 0 && prefixNames <= 4 && !prefix.some((w) => ORG_SUFFIXES.has(w.text))) {
      // `President Xi Jinping of the People’s Republic`, `President Biden and President Xi`
      person = prefix;
      rest = after.slice(prefix.length);
    } else if (prefix.length === 0 && after.length > 0) {
      // `Under Secretary of the Treasury for … Brian E. Nelson`
      person = personTail(after, true) ?? portfolioPerson(after);
      if (person && after.some((w) => w.text.endsWith(','))) {
        // `Minister of Economy, Trade and Industry Kenji Sato`: the whole title is the role.
        const titleEnd = after[after.length - person.length - 1]!;
        title.title = text.slice(titleWords[0]!.start, titleEnd.end);
        titleWords.push(...after.slice(0, after.length - person.length));
      } else if (person) {
        orgWords = after.slice(0, after.length - person.length);
        orgWords = orgWords.slice(orgWords.findIndex((w) => !CONNECTORS.has(w.text)));
        const cut = orgWords.findIndex((w) => w.text === 'for');
        if (cut > 0) orgWords = orgWords.slice(0, cut);
      }
    }
    if (person) {
      parts.push({
        ...span(person),
        kind: 'PERSON',
        rule: 'title-name',
        confidence: 0.9,
        title: title.title,
        titleSpan: span(titleWords),
      });
    }
    if (orgWords.length > 0 && orgWords.some((w) => !CONNECTORS.has(w.text))) {
      parts.push({
        ...span(orgWords),
        kind: orgKind(orgWords),
        rule: 'title-of-org',
        confidence: 0.6,
      });
    }
    const restWords = rest.slice(
      Math.max(
        0,
        rest.findIndex((w) => !CONNECTORS.has(w.text)),
      ),
    );
    if (restWords.length > 0 && restWords.some((w) => !CONNECTORS.has(w.text))) {
      parts.push(...classifyRun(text, span(restWords), false));
    }
    return parts;
  }
  return classifyWords(words, sentenceStart);
}

function classifyWords(input: Word[], sentenceStart: boolean): RunPart[] {
  let words = input;
  while (words.length > 0 && CONNECTORS.has(words[0]!.text)) words = words.slice(1);
  while (words.length > 0 && CONNECTORS.has(words[words.length - 1]!.text))
    words = words.slice(0, -1);
  if (words.length === 0) return [];
  // A heading in capitals run into a paragraph: drop its words.
  const caps = words.findIndex((w) => !/^[\p{Lu}\p{N}.,&’'-]+$/u.test(w.text));
  // Two capitalised words are kept (`SZ DJI Technology Co., Ltd.`: a name may start with
  // acronyms); a heading is longer.
  if (caps >= 3) words = words.slice(caps);
  // A name written twice in a row (a list laid out in two columns).
  const half = words.length / 2;
  if (
    Number.isInteger(half) &&
    half > 0 &&
    words.slice(0, half).every((w, i) => w.text === words[half + i]!.text)
  ) {
    return [
      ...classifyWords(words.slice(0, half), sentenceStart),
      ...classifyWords(words.slice(half), false),
    ];
  }
  // `the Coalition for X and the Center for Y`: `and the` joins two names, not one.
  const andThe = words.findIndex((w, i) => w.text === 'and' && words[i + 1]?.text === 'the');
  if (andThe > 0)
    return [
      ...classifyWords(words.slice(0, andThe), sentenceStart),
      ...classifyWords(words.slice(andThe + 2), false),
    ];
  while (words.length > 1 && HEADING_NOUNS.has(words[words.length - 1]!.text))
    words = words.slice(0, -1);
  const institution = INSTITUTIONS.get(words.map((w) => w.text).join(' '));
  if (institution)
    return [{ ...span(words), kind: institution, rule: 'institution', confidence: 0.8 }];
  const known = ORG_LEXICON.get(
    words
      .map((w) => w.text)
      .join(' ')
      .toLowerCase(),
  );
  // The lexicon calls most organisations companies; a name's own last word says more (`… Journal`).
  const ownKind = known ? orgKind(words) : undefined;
  if (known)
    return [{ ...span(words), kind: ownKind ?? known, rule: 'org-lexicon', confidence: 0.8 }];
  const kind = orgKind(words);
  if (kind) return [{ ...span(words), kind, rule: 'org-suffix', confidence: 0.8 }];
  const person = personTail(words, false);
  if (person && person.length === words.length) {
    return [{ ...span(words), kind: 'PERSON', rule: 'given-name', confidence: 0.85 }];
  }
  if (person) {
    const rest = words.slice(0, words.length - person.length);
    return [
      ...classifyWords(rest, sentenceStart),
      { ...span(person), kind: 'PERSON', rule: 'given-name', confidence: 0.75 },
    ];
  }
  if (words.length === 1 && sentenceStart && SENTENCE_STARTERS.has(words[0]!.text)) return [];
  const and = words.findIndex((w, i) => i > 0 && w.text === 'and');
  const leftKind = and > 1 ? orgKind(words.slice(0, and)) : undefined;
  if (leftKind === 'AGENCY' && !orgKind(words.slice(and + 1))) {
    // `U.S. Customs and Border Protection`: one agency named with `and`.
    return [{ ...span(words), kind: leftKind, rule: 'org-suffix', confidence: 0.6 }];
  }
  if (and > 0)
    return [
      ...classifyWords(words.slice(0, and), sentenceStart),
      ...classifyWords(words.slice(and + 1), false),
    ];
  return [{ ...span(words), rule: 'capitalised', confidence: 0.4 }];
}
