/**
 * Entities after grouping, joined or dropped by what the whole document shows:
 * - a bare acronym whose letters are the initials of a named actor's words (`the ACL` after
 *   `Atlantic Cargo League`) is that actor; two names it abbreviates that differ in one word only
 *   (a typo) are one actor;
 * - `Smith-Jones administration` and `Smith administration` are one government;
 * - a company named by the first words of one other company's full name is that company;
 * - a head word standing alone (`the Coalition`, `the Union`) is the one actor of the document
 *   whose name ends with it, and nothing when there is no such actor or more than one;
 * - a person known only by a title and one name (`Ambassador Tai`) is named with the title, as a
 *   reader would write it, since the text does not give the full name.
 */
import type { DraftDoc, Entity } from '../document.ts';
import { ORG_SUFFIXES } from '../lexicon.ts';

const SMALL = new Set(['of', 'for', 'and', 'the', 'a', 'on', 'in', '&']);

/** The capital initials of a name's words (`Chinese Communist Party` → `CCP`). */
export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w.length > 0 && !SMALL.has(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

const isAcronym = (name: string): boolean => /^\p{Lu}[\p{Lu}&]{1,7}$/u.test(name);

/** True when two names have as many words and differ in at most one of them. */
function nearlySame(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.length === y.length && x.filter((w, i) => w !== y[i]).length <= 1;
}

/** Joins or drops entities as the module comment says; mention indices are kept valid. */
export function mergeEntities(doc: DraftDoc): void {
  const into = new Map<number, number>();
  const dropped = new Set<number>();
  const root = (i: number): number => (into.has(i) ? root(into.get(i)!) : i);
  const names = doc.entities.map((e) => e.name);

  doc.entities.forEach((e, i) => {
    if (e.kind === 'PERSON' || e.kind === 'COUNTRY_OR_BLOC') return;
    if (isAcronym(e.name)) {
      const full = doc.entities
        .map((f, j) => ({ f, j }))
        .filter(({ f, j }) => j !== i && !isAcronym(f.name) && f.kind !== 'PERSON')
        .filter(({ f }) => initialsOf(f.name) === e.name);
      if (full.length > 0 && full.every(({ f }) => nearlySame(f.name, full[0]!.f.name))) {
        for (const { j } of full.slice(1)) into.set(j, full[0]!.j);
        into.set(i, full[0]!.j);
      }
      return;
    }
    const admin = /^(\p{Lu}[\p{L}]+)-\p{Lu}[\p{L}]+ administration$/iu.exec(e.name);
    if (admin && e.kind === 'GOVERNMENT') {
      const shorter = names.findIndex(
        (n, j) => j !== i && n.toLowerCase() === `${admin[1]!} administration`.toLowerCase(),
      );
      if (shorter >= 0) into.set(i, shorter);
      return;
    }
    if (e.kind === 'COMPANY' && e.name.includes(' ')) {
      // `Acme Technology` after `Acme Technology Company Limited`: the full name's first words.
      const longer = names
        .map((n, j) => ({ n, j }))
        .filter(({ j }) => j !== i && doc.entities[j]!.kind === 'COMPANY')
        .filter(({ n }) => n.startsWith(`${e.name} `));
      if (longer.length === 1) into.set(i, longer[0]!.j);
      return;
    }
    if (!/^\p{Lu}\p{Ll}+$/u.test(e.name) || !ORG_SUFFIXES.has(e.name)) return;
    if (ORG_SUFFIXES.get(e.name) === 'AGENCY') return; // `Treasury`, `Customs`: names on their own
    // The dateline's outlet, or a turn label (`Harbour:` asking a question), names itself.
    const named = e.mentions.some((m) =>
      /^(?:outlet|label-|question-label)/.test(doc.mentions[m]!.rule),
    );
    if (named) return;
    const heads = names
      .map((n, j) => ({ n, j }))
      .filter(({ n, j }) => j !== i && n.endsWith(` ${e.name}`));
    if (heads.length === 1) into.set(i, heads[0]!.j);
    else dropped.add(i);
  });

  for (const e of doc.entities) {
    if (e.kind !== 'PERSON' || e.name.includes(' ')) continue;
    const titled = e.mentions.map((m) => doc.mentions[m]!).find((m) => m.title);
    if (titled && !/\.$/.test(titled.title!)) e.name = `${titled.title} ${e.name}`;
  }

  if (into.size === 0 && dropped.size === 0) return;
  const kept: Entity[] = [];
  const newIndex = new Map<number, number>();
  doc.entities.forEach((e, i) => {
    if (into.has(i) || dropped.has(i)) return;
    newIndex.set(i, kept.length);
    kept.push({ ...e, mentions: [...e.mentions] });
  });
  for (const [from, to] of into) {
    const target = kept[newIndex.get(root(to))!]!;
    target.mentions.push(...doc.entities[from]!.mentions);
  }
  const droppedMentions = new Set([...dropped].flatMap((i) => doc.entities[i]!.mentions));
  const mentionIndex = new Map<number, number>();
  const mentions = doc.mentions.filter((m, mi) => {
    if (droppedMentions.has(mi)) return false;
    mentionIndex.set(mi, mentionIndex.size);
    if (m.entity !== undefined) m.entity = newIndex.get(root(m.entity));
    return true;
  });
  for (const e of kept)
    e.mentions = e.mentions.map((m) => mentionIndex.get(m)!).sort((a, b) => a - b);
  doc.mentions = mentions;
  doc.entities = kept;
}
