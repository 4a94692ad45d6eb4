/**
 * What the words before or after a capitalised run say it is: a lower-case descriptor in apposition
 * (`the lidar maker Acme`, `chipmaker Acme`, `the Dutch firm Acme`, `research firm Acme Group`), a
 * list a plural noun introduces (`companies including Acme Co. and Bard Photonics`), or a relative
 * clause between a name and its reporting verb (`Jo Bard, who leads the review, said`).
 */
import type { ActorKind } from '@policygraph/model';
import type { Span } from '../document.ts';
import { REPORTING_VERBS } from '../lexicon.ts';

/** A firm's descriptor noun written in lower case right before its name. */
const FIRM_NOUN = String.raw`(?:[\p{Ll}-]*makers?|firm|company|manufacturer|supplier|start-?up|giant|conglomerate|operator|developer|provider|retailer|producer|distributor|exporter|importer|vendor|carrier|shipper|foundry|designer)`;
const RESEARCH_NOUN = String.raw`(?:research|analyst|analytics|consulting|consultancy|market[- ]research|data|advisory|forecasting)\s+(?:firm|company|group|house)|consultancy|think[- ]tank`;
const APPOSED = new RegExp(String.raw`(?:^|[\s,(])(?:(${RESEARCH_NOUN})|(${FIRM_NOUN}))\s+$`, 'u');
/** Capitalised list items after `companies including` (each item opens with a capital). */
const LISTED = new RegExp(
  String.raw`\b(?:companies|firms|[\p{Ll}-]*makers|suppliers|manufacturers|producers|providers|exporters|entities)\s+(?:including|such as|like|led by|among them)\s+(?:[\p{Lu}\p{N}][^,;:]*?(?:,\s+(?:and\s+)?|\s+and\s+))*$`,
  'u',
);

/** The kind a descriptor before `part` gives it, with the rule; null when none does. */
export function descriptorKind(
  text: string,
  part: Span,
  sentence: Span,
): { kind: ActorKind; rule: string } | null {
  const before = text.slice(Math.max(sentence.start, part.start - 60), part.start);
  const apposed = APPOSED.exec(before);
  if (apposed) {
    return apposed[1]
      ? { kind: 'ANALYST_FIRM', rule: 'descriptor-research' }
      : { kind: 'COMPANY', rule: 'descriptor-firm' };
  }
  const wide = text.slice(Math.max(sentence.start, part.start - 200), part.start);
  if (LISTED.test(wide)) return { kind: 'COMPANY', rule: 'descriptor-list' };
  return null;
}

const OPENING = new RegExp(
  String.raw`^(?:The\s+)?(\p{Lu}[\p{Ll}-]*(?:makers?|firm|company|manufacturer|supplier|maker))\s+(?=\p{Lu})`,
  'u',
);

/**
 * The length of a capitalised descriptor that opens a run at a sentence's start (`Chipmaker Acme
 * said`), 0 when there is none: the name is the words after it.
 */
export function openingDescriptor(words: string): number {
  const m = OPENING.exec(words);
  return m && new RegExp(`^${FIRM_NOUN}$`, 'u').test(m[1]!.toLowerCase()) ? m[0].length : 0;
}

const RELATIVE = new RegExp(
  String.raw`^,\s+(who|which|whose)\b[^,;“”"]{1,160},\s+(?:also\s+)?(?:${REPORTING_VERBS})\b`,
);

/**
 * `, who leads the review, said`: a relative clause between a name and its reporting verb; `who`
 * for a person, `which` for an organisation. Null when `after` does not start so.
 */
export function relativeClauseSpeaker(after: string): 'PERSON' | 'ORGANISATION' | null {
  const m = RELATIVE.exec(after);
  if (!m) return null;
  return m[1] === 'which' ? 'ORGANISATION' : 'PERSON';
}

/** The relative clause (`, who …,`) that ends `before`, as offsets within it; null if none. */
export function trailingRelativeClause(before: string): { start: number; end: number } | null {
  const m = /,\s+(?:who|which|whose)\b[^,;“”"]{1,160},\s*(?:also\s+)?$/.exec(before);
  return m ? { start: m.index, end: before.length } : null;
}

const ASIDE = new RegExp(
  String.raw`^,\s+(?:(?:who|which|whose)\b|(?:a|an|the)\s)[^;“”"]{1,160}?,\s+(?=(?:also\s+)?(?:${REPORTING_VERBS})\b)`,
);

/**
 * The length of an aside between a subject and its reporting verb (`, who leads the review, `,
 * `, a spokesperson for the embassy, `), 0 when `rest` does not open with one.
 */
export function asideLength(rest: string): number {
  return ASIDE.exec(rest)?.[0].length ?? 0;
}
