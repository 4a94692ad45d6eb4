/**
 * Measure cues a document defines or lists itself: an instrument named with its acronym in
 * brackets (`Withhold Release Order (WRO)`, `Foreign Direct Product Rule (FDPR)`) makes its name and
 * acronym measure words for that document; an enumeration (`six orders, including one on X,
 * another on Y, and one on Z`) names one measure per item.
 */
import nlp from 'compromise/two';
import type { DraftDoc, Sentence, Span } from '../document.ts';

const DEFINED =
  /((?:\p{Lu}[\p{L}-]+ ){1,4}(?:Order|Rule|List|Program|Programme|Regulation|Directive|Notice|Determination|Finding|Tariff|Control|Ban|Restriction)s?) \((\p{Lu}{2,6})\)/gu;

/** A pattern for the instruments `text` defines with an acronym, or undefined when it defines none. */
export function definedInstruments(text: string): RegExp | undefined {
  const words = new Set<string>();
  for (const m of text.matchAll(DEFINED)) {
    // The name is as many words as the acronym has letters, when their initials spell it.
    const acronym = m[2]!;
    const name = m[1]!.replace(/s$/, '').split(' ').slice(-acronym.length);
    if (name.map((w) => w[0]).join('') !== acronym) continue;
    words.add(name.join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    words.add(acronym);
  }
  if (words.size === 0) return undefined;
  return new RegExp(String.raw`\b(?:${[...words].join('|')})s?\b`, 'u');
}

const ITEM =
  /\b(?:including |such as )?(?:one|another|a second|a third|the other) (?:on|against|covering|targeting) /g;

/**
 * The items of an enumeration of measures in `sentence` (offsets relative to it): each runs from
 * `one on`/`another on` to the next item or the end of the clause. Fewer than two items: none.
 */
export function enumeratedItems(sentence: string): Span[] {
  const starts = [...sentence.matchAll(ITEM)].map(
    (m) => m.index + m[0].indexOf(m[0].trim().replace(/^(?:including|such as) /, '')),
  );
  if (starts.length < 2) return [];
  return starts.map((start, i) => {
    const next = starts[i + 1] ?? sentence.length;
    let end = next;
    const clause = /[.;]|,\s+(?:and\s+)?$/.exec(sentence.slice(start, next));
    if (clause) end = start + clause.index;
    while (end > start && /[\s,.;]|and$/.test(sentence.slice(start, end).slice(-1))) end--;
    const tail = /,?\s+and$/.exec(sentence.slice(start, end));
    if (tail) end = start + tail.index;
    return { start, end };
  });
}

const LIST_INTRO =
  /\b(?:rules?|regulations?|controls?|measures|actions|mechanisms|steps|provisions|sanctions|restrictions|requirements)\b.*:\s*$/i;
const BULLET = /^(?:[-•*–]|\d{1,2}[.)])\s+/;

/**
 * The bulleted lists that a paragraph ending in a colon introduces as measures (`Six key mechanisms
 * in the rule …:`, `These actions include:`): the introducing paragraphs, and each item's span
 * without the bullet mark.
 */
export function listedMeasureItems(doc: DraftDoc): { intros: Span[]; items: Span[] } {
  const items: Span[] = [];
  const intros: Span[] = [];
  let intro: Span | undefined;
  for (const p of doc.paragraphs) {
    if (p.furniture) continue;
    const words = doc.text.slice(p.start, p.end);
    const bullet = BULLET.exec(words);
    if (!bullet) {
      intro = LIST_INTRO.test(words) ? p : undefined;
      continue;
    }
    if (!intro) continue;
    if (intros.at(-1) !== intro) intros.push(intro);
    items.push({ start: p.start + bullet[0].length, end: p.end });
  }
  return { intros, items };
}

const COUNTRY_MEASURE =
  /^(?:[’']s)?\s+((?:[\p{Ll}-]+\s+){0,4}?)(export controls?|sanctions|tariffs|curbs|restrictions)\b/u;

/**
 * Measures named with the country that imposes them (`U.S. chip export controls`, `the PRC’s
 * export controls`, `U.S.’s increasing efforts for more curbs`): the span from the country to the
 * measure word, and the country's entity as issuer. The words between may not hold a finite verb or
 * an article (`China announced an export control` is a sentence's own report, found elsewhere).
 */
export function countryMeasures(
  doc: DraftDoc,
  sentence: Sentence,
): Array<{ span: Span; issuer: number; word: string }> {
  const out: Array<{ span: Span; issuer: number; word: string }> = [];
  for (const m of doc.mentions) {
    if (m.start < sentence.start || m.end > sentence.end || m.entity === undefined) continue;
    if (m.kind !== 'COUNTRY_OR_BLOC') continue;
    const after = COUNTRY_MEASURE.exec(doc.text.slice(m.end, sentence.end));
    if (!after) continue;
    const between = after[1]!.trim();
    if (between && !nounish(between, after[2]!)) continue;
    out.push({
      span: { start: m.start, end: m.end + after.index + after[0].length },
      issuer: m.entity,
      word: after[2]!,
    });
  }
  return out;
}

/**
 * True when no word of `words` is an article or a finite verb (compromise's tags, read with the
 * measure word after them so that `chip export controls` tags `chip` as a noun).
 */
function nounish(words: string, head: string): boolean {
  const terms = (nlp(`${words} ${head}`).json() as Array<{ terms: Array<{ tags: string[] }> }>)
    .flatMap((s) => s.terms)
    .slice(0, words.split(/\s+/).length);
  return !terms.some(
    (t) =>
      t.tags.includes('Determiner') ||
      (t.tags.includes('Verb') &&
        !t.tags.includes('Adjective') &&
        !t.tags.includes('Gerund') &&
        ['PastTense', 'PresentTense', 'Modal', 'Copula', 'Auxiliary'].some((g) =>
          t.tags.includes(g),
        )),
  );
}
