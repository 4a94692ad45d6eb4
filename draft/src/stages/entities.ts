/**
 * Stage 5: entities. Mentions of one actor are grouped: the same name; a person's surname or given
 * name alone (`Mao` → Mao Ning, `MR. SULLIVAN` → Jake Sullivan) when one person of the document
 * has it; an acronym defined in brackets; an agency's short form (`Treasury`, `Commerce
 * Department`) when one agency of the document contains it. A person's surname is then looked for
 * in the rest of the text, so `Mao said` is found once `Mao Ning` is known.
 */
import type { DraftDoc, Entity, Mention } from '../document.ts';
import { key } from '../gazetteer.ts';
import { SENTENCE_STARTERS, TITLES } from '../lexicon.ts';
import { mergeEntities } from './entity-merges.ts';

function personKey(text: string): string {
  return text
    .replace(/[’']s$/, '')
    .replace(/’/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A person's surname and first initial (`Joseph R. Biden, Jr.` → `biden|j`), for merging full names. */
function personIdentity(name: string): string | null {
  const words = personKey(name)
    .replace(/,?\s+(?:Jr|Sr|II|III)\.?$/, '')
    .split(' ');
  if (words.length < 2) return null;
  return `${words.at(-1)!.toLowerCase()}|${words[0]!.charAt(0).toLowerCase()}`;
}

function mentionKey(m: Mention): string {
  if (m.known) return `known:${m.known.id ?? m.known.country ?? m.known.canonical}`;
  return m.kind === 'PERSON' ? `person:${personKey(m.text)}` : `${m.kind}:${key(m.text)}`;
}

/** Groups `doc.mentions` into `doc.entities` and adds surname and turn-label mentions. */
export function groupEntities(doc: DraftDoc): void {
  addSurnameMentions(doc);
  const entities: Entity[] = [];
  const byKey = new Map<string, number>();
  const ordered = [...doc.mentions.keys()].sort(
    (a, b) => doc.mentions[b]!.text.length - doc.mentions[a]!.text.length,
  );
  for (const index of ordered) {
    const m = doc.mentions[index]!;
    let target = byKey.get(mentionKey(m)) ?? shortFormOf(doc, entities, m);
    if (target === undefined) {
      target = entities.length;
      entities.push({
        name:
          m.known?.canonical ??
          (m.kind === 'PERSON' ? personKey(m.text) : m.text.replace(/^the /i, '')),
        kind: m.kind,
        mentions: [],
        rule: m.rule,
        confidence: m.confidence,
        ...(m.known?.country ? { country: m.known.country } : {}),
      });
    }
    byKey.set(mentionKey(m), target);
    m.entity = target;
    entities[target]!.mentions.push(index);
  }
  for (const e of entities) e.mentions.sort((a, b) => a - b);
  doc.entities = entities;
  mergeEntities(doc);
}

/** The entity a short mention stands for, when exactly one fits. */
function shortFormOf(doc: DraftDoc, entities: Entity[], m: Mention): number | undefined {
  const words = personKey(m.text).split(' ');
  if (m.kind === 'PERSON' && words.length > 1) {
    const identity = personIdentity(m.text);
    const same = entities.findIndex(
      (e) => e.kind === 'PERSON' && identity !== null && personIdentity(e.name) === identity,
    );
    if (same >= 0) return same;
  }
  if (m.kind === 'PERSON' && words.length === 1) {
    const word = words[0]!;
    const fits = entities
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.kind === 'PERSON' && e.name.split(' ').length > 1)
      .filter(({ e }) => {
        const parts = e.name
          .toLowerCase()
          .replace(/,?\s+(?:jr|sr|ii|iii)\.?$/, '')
          .split(' ');
        return parts.at(-1) === word.toLowerCase() || parts[0] === word.toLowerCase();
      });
    if (fits.length === 1) return fits[0]!.i;
  }
  if (m.rule === 'acronym') {
    const defining = doc.mentions.find(
      (d) => d.rule !== 'acronym' && doc.text.startsWith(` (${m.text})`, d.end),
    );
    if (defining?.entity !== undefined) return defining.entity;
  }
  if (m.kind === 'AGENCY' && !m.known) {
    const k = key(m.text);
    const fits = entities
      .map((e, i) => ({ e, i }))
      .filter(({ e }) => e.kind === 'AGENCY' && key(e.name) !== k && key(e.name).includes(k));
    if (fits.length === 1 && k.length > 3) return fits[0]!.i;
  }
  return undefined;
}

/** Surnames of the document's full-named people, alone in the text or in a turn label. */
function addSurnameMentions(doc: DraftDoc): void {
  const people = doc.mentions.filter((m) => m.kind === 'PERSON' && m.text.includes(' '));
  const names = new Map<string, Set<string>>();
  for (const p of people) {
    const who = personIdentity(p.text) ?? p.text;
    const parts = personKey(p.text)
      .replace(/,?\s+(?:Jr|Sr|II|III)\.?$/, '')
      .split(' ');
    // Either end may be the surname (`Mao Ning` is Mao; `Jake Sullivan` is Sullivan).
    for (const word of new Set([parts[0]!, parts.at(-1)!])) {
      if (
        word.length < 2 ||
        /\.$/.test(word) ||
        TITLES.includes(word) ||
        SENTENCE_STARTERS.has(word)
      )
        continue;
      names.set(word, (names.get(word) ?? new Set()).add(who));
    }
  }
  // A word two different people share stands for neither.
  for (const [word, people] of names) if (people.size > 1) names.delete(word);
  const added: Mention[] = [];
  const taken = (start: number, end: number): boolean =>
    [...doc.mentions, ...added].some((m) => m.start < end && start < m.end);
  for (const surname of names.keys()) {
    // `O'Brien` written `O’Brien` elsewhere: either apostrophe matches.
    const pattern = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
    const re = new RegExp(String.raw`(?<![\p{L}\p{N}\-])${pattern}(?![\p{L}\p{N}\-])`, 'gu');
    for (const s of doc.sentences) {
      const part = doc.text.slice(s.start, s.end);
      for (let m = re.exec(part); m; m = re.exec(part)) {
        const start = s.start + m.index;
        if (taken(start, start + surname.length)) continue;
        added.push({
          start,
          end: start + surname.length,
          text: m[0],
          kind: 'PERSON',
          rule: 'surname',
          confidence: 0.7,
        });
      }
    }
    for (const p of doc.paragraphs) {
      if (!p.turnLabel) continue;
      const label = doc.text.slice(p.turnLabel.start, p.turnLabel.end);
      const at = label.toUpperCase().lastIndexOf(surname.toUpperCase());
      if (at < 0 || at + surname.length !== label.length) continue;
      const start = p.turnLabel.start + at;
      if (taken(start, start + surname.length)) continue;
      const text = doc.text.slice(start, start + surname.length);
      added.push({
        start,
        end: start + surname.length,
        text,
        kind: 'PERSON',
        rule: 'turn-label',
        confidence: 0.8,
      });
    }
  }
  doc.mentions = [...doc.mentions, ...added].sort((a, b) => a.start - b.start);
}
