/**
 * Items as noun phrases: the phrase after a measure's cue (`export controls on X, Y and Z that …`)
 * runs until a word that cannot belong to a noun phrase (a verb, a relative pronoun, a preposition
 * other than `of`) or a clause mark, and is split on coordination (`,`, `and`, `or`, `as well as`)
 * and on `such as` / `including` (the head and its kinds are each an item). Vague phrases (`some
 * metals`, `two key metals`, `relevant products`, `$18 billion`) and bare generic nouns (`items`,
 * `products`) are not items.
 */
import nlp from 'compromise/two';
import type { DraftItem, Span } from '../document.ts';

/** Words that end a noun phrase. */
const STOP = new Set(
  (
    'that which who whose whom to for from in into on by with under as if when where because since after before until ' +
    'while is are was were be been being will would shall should could can may might must has have had do does did ' +
    'amid despite through via at against without within across during per than so but not nor also said says ' +
    'used made produced manufactured sold imported exported shipped containing including'
  ).split(' '),
);
/** Leading words that make a phrase vague (a quantity or a reference, not a kind of thing). */
const VAGUE =
  /^(?:some|several|many|most|more|other|others|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*|\$|these|those|this|that|such|relevant|various|certain|all|any|each|their|its|it|them|they|key)\b/i;
/** Bare generic nouns that name no particular item. */
/** Heads that name actors (firms, people), not items: `export controls on chipmakers`. */
const ACTOR_HEAD =
  /(?:makers?|providers?|companies|company|firms?|producers?|manufacturers?|vendors?|suppliers?|customers?|buyers?|users?|entities|entity|persons?|people|nationals?|countries|governments?)$/i;
const GENERIC =
  /^(?:items?|products?|goods|materials?|technolog(?:y|ies)|things?|metals?|commodit(?:y|ies)|exports?|imports?|shipments?|access|industry|sector|trade|inputs?|components?|parts|equipment)$/i;
const DROP_LEAD = /^(?:the|a|an)\s+/i;

/**
 * The items of `phrase` (offsets relative to it). `whole`: the phrase is a clause's subject, so it
 * is taken whole rather than cut at the first stop word's clause.
 */
export function itemsOfPhrase(phrase: string, whole = false): Span[] {
  const end = whole ? phrase.length : phraseEnd(phrase);
  const out: Span[] = [];
  const SEP =
    /,\s+(?:and|or)\s+|,\s+|\s+(?:and|or|as well as)\s+|\s+(?:such as|including)\s+|;\s+/g;
  let at = 0;
  const body = phrase.slice(0, end);
  const parts: Span[] = [];
  for (const m of body.matchAll(SEP)) {
    parts.push({ start: at, end: m.index });
    at = m.index + m[0].length;
  }
  parts.push({ start: at, end: body.length });
  for (const p of parts) {
    let { start, end: e } = p;
    let words = phrase.slice(start, e);
    const lead = DROP_LEAD.exec(words);
    if (lead) {
      start += lead[0].length;
      words = words.slice(lead[0].length);
    }
    const tail = /(?:,?\s*etc\.?|[\s,.;:”"’)]+)$/.exec(words);
    if (tail) {
      e -= tail[0].length;
      words = words.slice(0, words.length - tail[0].length);
    }
    if (!words || VAGUE.test(words) || GENERIC.test(words) || ACTOR_HEAD.test(words)) continue;
    if (words.split(/\s+/).length > 6 || !/\p{L}/u.test(words)) continue;
    if (/[“”"(]/.test(words)) continue;
    out.push({ start, end: e });
  }
  return out;
}

/** Where a noun phrase after a cue ends: a clause mark or a word that cannot belong to it. */
function phraseEnd(phrase: string): number {
  const clause = /[.;:!?()“”"]|,\s+(?!(?:and|or)\s)(?=\S+\s+(?:said|says|according)\b)/.exec(
    phrase,
  );
  let limit = clause ? clause.index : phrase.length;
  for (const m of phrase.slice(0, limit).matchAll(/[\p{L}’'-]+/gu)) {
    const w = m[0].toLowerCase();
    const next = /^\s+([\p{L}]+)/u.exec(phrase.slice(m.index + m[0].length))?.[1]?.toLowerCase();
    // A participle followed by a preposition (`imported from`) ends it; `zone refined ingots` does not.
    const participle = /(?:ed|ing)$/.test(w) && next !== undefined && STOP.has(next) && m.index > 0;
    if (STOP.has(w) || participle) {
      limit = m.index;
      break;
    }
  }
  limit = Math.min(limit, finiteVerbAt(phrase.slice(0, limit)));
  return phrase.slice(0, limit).trimEnd().replace(/,$/, '').length;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number };
}

/**
 * The offset of the first finite verb after the phrase's first word (`cloud services came as …`,
 * compromise's part-of-speech tags), or the phrase's length when there is none.
 */
function finiteVerbAt(phrase: string): number {
  const sentences = nlp(phrase).json({ offset: true }) as Array<{ terms: TermJson[] }>;
  const terms = sentences.flatMap((s) => s.terms);
  const verb = terms.find(
    (t, i) =>
      i > 0 &&
      t.tags.includes('Verb') &&
      !t.tags.includes('Adjective') &&
      ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'].some((g) => t.tags.includes(g)),
  );
  return verb ? verb.offset.start : phrase.length;
}

/** The item type a phrase's head suggests: services, materials, else products. */
export function itemTypeOf(words: string): DraftItem['itemType'] {
  if (/\bservices?$/i.test(words)) return 'SERVICE';
  // Heads of materials, and the chemical suffixes of elements and compounds (`-ium`, `-ide`).
  if (
    /(?:metals?|minerals?|materials?|ores?|ingots?|alloys?|elements?|rare earths?|compounds?|chemicals?|\p{L}+ium|\p{L}+ides?)$/iu.test(
      words,
    )
  )
    return 'MATERIAL';
  return 'PRODUCT';
}
