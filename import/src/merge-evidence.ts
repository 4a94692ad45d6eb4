/**
 * What two descriptions of actors (a row's and a node's, or two nodes') have in common, and whether
 * it is enough to make them one node: the judgement behind merge-rules.ts and near-misses.ts.
 *
 * Names are compared by strict key (names.ts). A shared name is WEAK, never enough alone, when it
 * is an acronym (`NIO`, `S-SEA`: no lower-case letter and at most 8 letters), shorter
 * than 4 characters, one word (`Alibaba`, `Smith`) unless it is the primary name of both, or in
 * Chinese script at most 3 characters or, for a person, without the dot between given and family
 * name (`史密斯` is Chris, Robert and Neil Smith alike; `杰西·马莱夫` is Jesus Malave).
 * PRIMARY-GRADE names are an actor's name, the names earlier rows gave it as their name, and the
 * aliases a source gives as good as a name (the name in Chinese script, former names); a shared
 * name is ANCHORED when it is primary-grade on at least one side. Two aliases alone never merge.
 *
 * Verdicts, for actors of one family (people or organisations) with no different Wikidata ids and
 * no different countries:
 * - NAME_COUNTRY: organisations with the same known country and a strong anchored shared name.
 * - PERSON_NAMES_COUNTRY: people with the same known country and two strong shared names, one
 *   anchored.
 * - SAME_DATASET_NAME: within one data set, the same kind, a strong anchored shared name (the same
 *   name, or the name of one given by the other: a rename), for people two strong shared names,
 *   and, the country being unknown on a side, nothing else that differs (names in Chinese script,
 *   when both have some, must overlap; a Wikidata id on one side only is a difference).
 * Anything else is not a merge, with the reason.
 */
import type { ActorKind } from '@policygraph/model';
import { hasCjk, nameKey } from './names.ts';

type Family = 'PERSON' | 'ORGANISATION' | 'OTHER';

/** People, organisations, and the rest (countries, unnamed sources), which lists never merge into. */
export function familyOf(kind: ActorKind): Family {
  if (kind === 'PERSON') return 'PERSON';
  if (kind === 'COUNTRY_OR_BLOC' || kind === 'UNNAMED_SOURCE') return 'OTHER';
  return 'ORGANISATION';
}

/** An actor as the judgement sees it: names by strict key (with their spellings), primary-grade keys, attributes. */
export interface ActorProfile {
  kind: ActorKind;
  names: Map<string, string[]>;
  primary: Set<string>;
  country: string | null;
  wikidataId: string | null;
}

const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/gu;
const PARENTHESISED = /\s*\(([^()]*)\)/gu;

/** True for an abbreviation: no lower-case letter, 2 to 8 letters (`NIO`, `S-SEA`, `CH UAV`). */
function isAcronym(text: string): boolean {
  const letters = text.match(LETTER)?.length ?? 0;
  return !LOWER.test(text) && letters >= 2 && letters <= 8;
}

/** `name` without the abbreviations it gives in brackets (`Moscow Institute of Physics and Technology (MIPT)`), or null. */
export function withoutAbbreviations(name: string): string | null {
  let found = false;
  const stripped = name.replace(PARENTHESISED, (whole, inside: string) => {
    if (!isAcronym(inside)) return whole;
    found = true;
    return '';
  });
  return found && nameKey(stripped) ? stripped.trim() : null;
}

/**
 * The profile of an actor with `name`, `aliases` and the primary-grade names `primaryNames` (the
 * name included). A primary-grade name that gives abbreviations in brackets is primary-grade
 * without them too: `Chinese Academy of Engineering Physics (CAEP)` is also `Chinese Academy of
 * Engineering Physics`.
 */
export function actorProfile(actor: {
  kind: ActorKind;
  name: string;
  aliases: readonly string[];
  primaryNames?: readonly string[];
  country: string | null;
  wikidataId: string | null;
}): ActorProfile {
  const primaries = [actor.name, ...(actor.primaryNames ?? [])];
  const plain = primaries.map(withoutAbbreviations).filter((name) => name !== null);
  const names = new Map<string, string[]>();
  for (const spelling of [...primaries, ...plain, ...actor.aliases]) {
    const key = nameKey(spelling);
    if (key) names.set(key, [...new Set([...(names.get(key) ?? []), spelling])]);
  }
  const primary = new Set([...primaries, ...plain].map(nameKey).filter((key) => key !== ''));
  return { kind: actor.kind, names, primary, country: actor.country, wikidataId: actor.wikidataId };
}

/** Why the shared name `key` is weak (see the module comment), or null when it is strong. */
export function weakness(
  key: string,
  spellings: readonly string[],
  family: Family,
  primaryOfBoth: boolean,
): string | null {
  if (hasCjk(key)) {
    if (spellings.some((s) => /[·•・‧]/u.test(s))) return null; // given and family name, transliterated
    if (family === 'PERSON') return 'a name in Chinese script without a given name';
    return key.length <= 3 ? 'too short' : null;
  }
  if (spellings.some(isAcronym)) return 'an acronym';
  if (key.replace(/ /g, '').length < 4) return 'too short';
  if (!key.includes(' ') && (family === 'PERSON' || !primaryOfBoth)) return 'one word';
  return null;
}

/** A name two actors share: primary-grade on both sides, on at least one (anchored), and whether it is weak. */
export interface SharedName {
  key: string;
  primaryOfBoth: boolean;
  anchored: boolean;
  weak: string | null;
}

/** The names `a` and `b` share, strong ones first, primary-grade of both first. */
export function sharedNames(a: ActorProfile, b: ActorProfile): SharedName[] {
  const family = familyOf(a.kind);
  const shared: SharedName[] = [];
  for (const [key, spellings] of a.names) {
    const others = b.names.get(key);
    if (!others) continue;
    const primaryOfBoth = a.primary.has(key) && b.primary.has(key);
    shared.push({
      key,
      primaryOfBoth,
      anchored: a.primary.has(key) || b.primary.has(key),
      weak: weakness(key, [...spellings, ...others], family, primaryOfBoth),
    });
  }
  const rank = (s: SharedName) => (s.weak ? 4 : 0) + (s.primaryOfBoth ? 0 : s.anchored ? 1 : 2);
  return shared.sort((x, y) => rank(x) - rank(y) || x.key.localeCompare(y.key));
}

/** A merge (the rule and the key recorded on the node) or why not; `shared` is the name shown. */
export type Verdict =
  | {
      rule: 'NAME_COUNTRY' | 'PERSON_NAMES_COUNTRY' | 'SAME_DATASET_NAME';
      key: string;
      shared: string;
    }
  | { rule: null; reason: string; shared: string };

const cjkKeys = (profile: ActorProfile) => [...profile.names.keys()].filter(hasCjk);

/**
 * Whether `row` is `node` (see the module comment). `dataset` is the data set both record, if any.
 * Reasons name the node's value first: `different countries (CN / IN)`.
 */
export function judge(row: ActorProfile, node: ActorProfile, dataset: string | null): Verdict {
  const shared = sharedNames(row, node);
  const strong = shared.filter((s) => !s.weak);
  const shown = shared[0]?.key ?? '';
  const no = (reason: string): Verdict => ({ rule: null, reason, shared: shown });
  const family = familyOf(row.kind);
  if (shared.length === 0) return no('no name in common');
  if (familyOf(node.kind) !== family || family === 'OTHER')
    return no(`an actor of kind ${node.kind} cannot be the same as one of kind ${row.kind}`);
  if (node.wikidataId && row.wikidataId && node.wikidataId !== row.wikidataId)
    return no(`different Wikidata ids (${node.wikidataId}, ${row.wikidataId})`);
  if (node.country && row.country && node.country !== row.country)
    return no(`different countries (${node.country} / ${row.country})`);
  const sameCountry = node.country !== null && node.country === row.country;
  const countries = `(${node.country ?? '?'} / ${row.country ?? '?'})`;
  const anchor = strong.find((s) => s.anchored);
  if (sameCountry && family === 'ORGANISATION' && anchor)
    return { rule: 'NAME_COUNTRY', key: `name:${anchor.key}|${row.country}`, shared: anchor.key };
  if (sameCountry && family === 'PERSON' && strong.length >= 2 && anchor)
    return {
      rule: 'PERSON_NAMES_COUNTRY',
      key: `names:${strong[0]!.key}+${strong[1]!.key}|${row.country}`,
      shared: strong[0]!.key,
    };
  const sameDataset = dataset !== null && node.kind === row.kind;
  if (!sameCountry && !sameDataset) return no(`country unknown ${countries}`);
  if (strong.length === 0) {
    const [first] = shared;
    return no(`the only names in common are weak ("${first!.key}": ${first!.weak})`);
  }
  if (family === 'PERSON' && strong.length < 2)
    return no(`people need two strong names in common, they share one ("${strong[0]!.key}")`);
  if (!anchor)
    return no(`they share only aliases ("${strong[0]!.key}"), not a name either goes by`);
  // From here: one data set, the country unknown on a side: a name in common, nothing else different.
  const [rowCjk, nodeCjk] = [cjkKeys(row), cjkKeys(node)];
  if (rowCjk.length > 0 && nodeCjk.length > 0 && !rowCjk.some((key) => nodeCjk.includes(key)))
    return no(`different names in Chinese script (${nodeCjk.join(', ')} / ${rowCjk.join(', ')})`);
  if ((node.wikidataId ?? row.wikidataId) && node.wikidataId !== row.wikidataId)
    return no(
      `a Wikidata id on one side only (${node.wikidataId ?? '?'}, ${row.wikidataId ?? '?'})`,
    );
  return {
    rule: 'SAME_DATASET_NAME',
    key: `dataset:${dataset}|${anchor.key}|${row.country ?? '-'}`,
    shared: anchor.key,
  };
}
