/**
 * Stage 9: what each drafted measure covers and whom it applies to or targets, from the words of
 * its own sentence (its clause for an enumerated measure):
 * - `COVERS` items named after a cue (`export controls on X and Y`, `restrictions on exports of X`,
 *   `covering X`) or as the subject of `X shall not be exported without permission`; a list is split
 *   on commas, `and`, `or` and `such as` (`X-related items such as A, B, etc.` is three items);
 *   vague phrases (`some metals`, `relevant products`) are left out; an item is linked to the
 *   graph's Item node of the same name or alias;
 * - `APPLIES_TO` the actors a measure requires to act (`could require A, B and other providers to …`,
 *   `applies to A`);
 * - `TARGETS` a country or organisation after a cue (`on China's industry`, `to Chinese customers`,
 *   `imports from China`, `entities in X`, `against X`, `targeting X`), demonyms read with
 *   world-countries.
 */
import countriesJson from 'world-countries/countries.json' with { type: 'json' };
import type { DraftDoc, DraftMeasure, MeasureScope, Span } from '../document.ts';
import { key, type Gazetteer } from '../gazetteer.ts';
import { itemsOfPhrase, itemTypeOf } from './item-phrases.ts';

interface WorldCountry {
  cca2: string;
  demonyms?: Record<string, { m: string; f: string }>;
}
/** Demonym (`Chinese`) → ISO country code (`CN`), from world-countries. */
const DEMONYMS = new Map<string, string>();
for (const c of countriesJson as unknown as WorldCountry[]) {
  const eng = c.demonyms?.eng;
  if (eng) for (const d of [eng.m, eng.f]) if (!DEMONYMS.has(d)) DEMONYMS.set(d, c.cca2);
}
DEMONYMS.set('PRC', 'CN');

const COVER_CUE =
  /\b(?:(?:export |import )?(?:controls?|restrictions?|curbs?|bans?|tariffs?|duties|prohibitions?|limits?|caps?)|licen[cs]e requirements?|(?:orders?|rules?|regulations?)(?=\s+on\b)|^(?:one|another|a second|a third|the other)(?=\s+on\b))\s+(?:on|over|of|covering)\s+(?:the\s+)?(?:(?:exports?|imports?|shipments?|sales?|transfers?|supply|trade)\s+of\s+)?|\b(?:restrict\w*|prohibit\w*|ban(?:s|ned|ning)?|control(?:s|led|ling)?|curb(?:s|ed|ing)?|block\w*|limit\w*)\s+(?:the\s+)?(?:exports?|imports?|shipments?|sales?|transfers?)\s+of\s+|\bcover(?:s|ing|ed)?\s+/gi;
const SUBJECT_CUE =
  /\s(?:shall|must|may|will|cannot|can|could|would)(?:\s+not)?\s+(?:not\s+)?be\s+(?:exported|imported|sold|shipped|transferred)\b/i;
const APPLIES_CUE = /\brequir(?:e|es|ed|ing)\s+([^;]{1,160}?)\s+to\s|\bappl(?:y|ies)\s+to\s+/gi;
const TARGET_CUE =
  /\b(?:on|against|targeting|targets?|to|import(?:s|ed)?\s+from|entities\s+in)\s+(?:the\s+)?(?=\p{Lu})/gu;
const ACTOR_KINDS = new Set([
  'COUNTRY_OR_BLOC',
  'GOVERNMENT',
  'COMPANY',
  'ORGANIZATION',
  'BUSINESS_UNIT',
  'AGENCY',
]);

/** Adds `scope` to every measure and the items they cover to `doc.items`. */
export function findMeasureScope(doc: DraftDoc, gazetteer: Gazetteer): void {
  for (const measure of doc.measures) {
    if (measure.rule === 'named-instrument') continue;
    const region = regionOf(doc, measure);
    const scope: MeasureScope[] = [];
    coveredItems(doc, gazetteer, region, scope);
    appliesTo(doc, region, measure, scope);
    targets(doc, region, measure, scope);
    measure.scope = dedupe(scope);
  }
}

/** The words a measure's scope is read from: its clause when enumerated, else its sentence(s). */
function regionOf(doc: DraftDoc, m: DraftMeasure): Span {
  if (m.rule === 'enumerated') return m.evidence;
  if (m.rule === 'country-measure') {
    // `U.S. curbs on China’s industry`: the phrase and what follows it in its sentence.
    const s = doc.sentences.find((x) => x.start <= m.evidence.start && m.evidence.start < x.end);
    return { start: m.evidence.start, end: s?.end ?? m.evidence.end };
  }
  const first = doc.sentences.find((s) => s.start <= m.evidence.start && m.evidence.start < s.end);
  return {
    start: Math.min(first?.start ?? m.evidence.start, m.evidence.start),
    end: Math.max(first?.end ?? 0, m.evidence.end),
  };
}

function coveredItems(
  doc: DraftDoc,
  gazetteer: Gazetteer,
  region: Span,
  out: MeasureScope[],
): void {
  const text = doc.text.slice(region.start, region.end);
  const phrases: Array<{ start: number; end: number; cue: number; rule: string }> = [];
  for (const m of text.matchAll(COVER_CUE)) {
    // `Interim Final Rule on Artificial Intelligence Diffusion`: a title, not what the rule covers.
    if (/^(?:Orders?|Rules?|Regulations?)\b/.test(m[0])) continue;
    const start = m.index + m[0].length;
    phrases.push({ start, end: text.length, cue: m.index, rule: 'covers-cue' });
  }
  const subject = SUBJECT_CUE.exec(text);
  if (subject) {
    // `X, Y and Z shall not be exported without permission`: the subject, from the clause's start.
    const clauseStart = Math.max(0, text.lastIndexOf('; ', subject.index) + 1);
    phrases.push({
      start: clauseStart,
      end: subject.index,
      cue: clauseStart,
      rule: 'covers-subject',
    });
  }
  for (const p of phrases) {
    const items = itemsOfPhrase(text.slice(p.start, p.end), p.rule === 'covers-subject');
    for (const item of items) {
      const span = {
        start: region.start + p.start + item.start,
        end: region.start + p.start + item.end,
      };
      if (actorAt(doc, span)) continue;
      const evidenceEnd =
        p.rule === 'covers-subject' ? region.start + subject!.index + subject![0].length : span.end;
      const index = itemIndex(doc, gazetteer, span);
      out.push({
        type: 'COVERS',
        to: index,
        evidence: { start: region.start + p.cue, end: Math.max(evidenceEnd, span.end) },
        rule: p.rule,
        confidence: 0.5,
      });
    }
  }
}

/** True when an actor mention overlaps `span` (then the phrase names whom, not what). */
function actorAt(doc: DraftDoc, span: Span): boolean {
  return doc.mentions.some((m) => m.start < span.end && span.start < m.end);
}

/** The index in `doc.items` of the item `span` names, added when new; linked to the graph's Item. */
function itemIndex(doc: DraftDoc, gazetteer: Gazetteer, span: Span): number {
  const words = doc.text.slice(span.start, span.end);
  const k = key(words);
  const known =
    gazetteer.bySurface.get(words)?.find((n) => n.kind === 'ITEM')?.node ??
    gazetteer.byKey.get(k)?.find((n) => n.kind === 'ITEM');
  const existing = doc.items.findIndex(
    (i) => (known && i.linkedId === known.id) || key(i.name) === k,
  );
  if (existing >= 0) return existing;
  doc.items.push({
    name: known?.name ?? words.charAt(0).toUpperCase() + words.slice(1),
    itemType: known?.itemType ?? itemTypeOf(words),
    span,
    ...(known ? { linkedId: known.id } : {}),
    rule: known ? 'item-linked' : 'item-phrase',
    confidence: known ? 0.7 : 0.5,
  });
  return doc.items.length - 1;
}

function appliesTo(doc: DraftDoc, region: Span, m: DraftMeasure, out: MeasureScope[]): void {
  const text = doc.text.slice(region.start, region.end);
  for (const cue of text.matchAll(APPLIES_CUE)) {
    const from = region.start + cue.index;
    const to = cue[1] !== undefined ? from + cue[0].length : from + cue[0].length + 80;
    for (const mention of doc.mentions) {
      if (mention.start < from || mention.end > to || mention.entity === undefined) continue;
      if (!ACTOR_KINDS.has(mention.kind) || mention.entity === m.issuer) continue;
      out.push({
        type: 'APPLIES_TO',
        to: mention.entity,
        evidence: {
          start: from,
          end: cue[1] !== undefined ? from + cue[0].trimEnd().length : mention.end,
        },
        rule: 'applies-require',
        confidence: 0.5,
      });
    }
  }
}

function targets(doc: DraftDoc, region: Span, m: DraftMeasure, out: MeasureScope[]): void {
  const text = doc.text.slice(region.start, region.end);
  for (const cue of text.matchAll(TARGET_CUE)) {
    const at = region.start + cue.index + cue[0].length;
    // A country, government or organisation named right after the cue.
    const mention = doc.mentions.find((x) => x.start === at && x.entity !== undefined);
    let entity =
      mention && ACTOR_KINDS.has(mention.kind) && mention.kind !== 'AGENCY'
        ? mention.entity
        : undefined;
    let end = mention?.end ?? at;
    if (entity === undefined) {
      // `to Chinese customers`: a demonym before the people or firms it stands for.
      const demonym =
        /^(\p{Lu}[\p{L}]+)\s+(?:customers|companies|firms|entities|buyers|users|end users|nationals|persons|industry|manufacturers|suppliers|military)\b/u.exec(
          doc.text.slice(at, region.end),
        );
      const code = demonym ? DEMONYMS.get(demonym[1]!) : undefined;
      if (code) {
        entity = doc.entities.findIndex((e) => e.kind === 'COUNTRY_OR_BLOC' && e.country === code);
        end = at + demonym![0].length;
        if (entity < 0) entity = undefined;
      }
    }
    if (entity === undefined || entity === m.issuer) continue;
    if (doc.entities[entity]!.kind === 'PERSON') continue;
    out.push({
      type: 'TARGETS',
      to: entity,
      evidence: { start: region.start + cue.index, end },
      rule: 'targets-cue',
      confidence: 0.4,
    });
  }
  // `added five PRC entities`, `identified eight Chinese technology firms`: counted firms of a country.
  for (const counted of text.matchAll(COUNTED)) {
    const code = DEMONYMS.get(counted[1]!);
    const entity = doc.entities.findIndex(
      (e) => e.kind === 'COUNTRY_OR_BLOC' && e.country === code,
    );
    if (!code || entity < 0 || entity === m.issuer) continue;
    out.push({
      type: 'TARGETS',
      to: entity,
      evidence: {
        start: region.start + counted.index,
        end: region.start + counted.index + counted[0].length,
      },
      rule: 'targets-counted',
      confidence: 0.4,
    });
  }
}
const COUNTED =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of)\s+(?:new\s+)?(\p{Lu}[\p{L}]+)\s+(?:[\p{Ll}-]+\s+)?(?:entities|companies|firms|individuals|persons)\b/gu;

function dedupe(scope: MeasureScope[]): MeasureScope[] {
  const seen = new Set<string>();
  return scope.filter((s) => {
    const k = `${s.type}|${s.to}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
