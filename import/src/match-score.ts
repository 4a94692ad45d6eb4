/**
 * The match score of two descriptions of actors (a row's and a node's, or two nodes'): every piece
 * of evidence they carry weighed into one number in [0, 1], with each feature's part explained, in
 * the manner of OpenSanctions' nomenklatura matchers. Pure.
 *
 * Never scored (score 0, `blocked` says why): a person with an organisation; countries, unnamed
 * sources; two different Wikidata ids; two different known countries. Otherwise the features:
 *
 * | feature            | part   | when                                                                              |
 * | ------------------ | ------ | --------------------------------------------------------------------------------- |
 * | WIKIDATA_SAME      | +1.00  | the same Wikidata id                                                              |
 * | NAME_SAME          | +0.50  | a strong name (merge-evidence.ts) primary-grade on both sides (people: +0.45)     |
 * | NAME_DISTINCTIVE   | +0.15  | that name has four words or more (three: +0.10)                                   |
 * | NAME_LEGAL_FORM    | +0.45  | organisations whose names differ only in legal form (`Summit Technologies Inc.`)  |
 * | NAME_GROUP_FORM    | +0.25  | … or also in `Group`, `Holding(s)`, `Corporation` (`Tencent Holdings Limited`: a parent may be meant) |
 * | NAME_IS_ALIAS      | +0.30  | one side's name is an alias the other's source gives (`Tencent`)                 |
 * | ALIAS_SHARED       | +0.15  | a strong alias in common, neither side's name (+0.03 when the only ones are weak); besides NAME_SAME +0.10 (an acronym +0.05) |
 * | CJK_NAME_SAME      | +0.20  | the same full name in Chinese script                                              |
 * | CJK_NAME_DIFFERENT | −0.30  | organisations with names in Chinese script, none shared (people: −0.05: one name has several transliterations) |
 * | ROLE_SAME          | +0.30  | role or summary text that contains the other's words (people; organisations +0.10) |
 * | ROLE_DIFFERENT     | −0.10  | role or summary texts sharing under a third of their words                        |
 * | COUNTRY_SAME       | +0.15  | the same known country                                                            |
 * | WIKIDATA_ONE_SIDE  | −0.05  | a Wikidata id on one side only                                                    |
 * | SAME_DATASET       | +0.05  | both from one data set (a list repeats its entities across announcements)         |
 * | KIND_DIFFERENT     | −0.10  | different kinds of one family (a COMPANY and an ORGANIZATION)                     |
 *
 * Without a name feature (NAME_SAME, NAME_LEGAL_FORM, NAME_IS_ALIAS, ALIAS_SHARED, WIKIDATA_SAME)
 * the score is 0. THRESHOLDS says what a score means; docs/import.md gives the precision and
 * recall measured on a hand-labelled sample.
 */
import type { ActorKind } from '@policygraph/model';
import { actorProfile, familyOf, sharedNames } from './merge-evidence.ts';
import { hasCjk, looseKey, nameKey } from './names.ts';

/** What the scorer reads of an actor. */
export interface MatchSide {
  kind: ActorKind;
  name: string;
  aliases: readonly string[];
  /** Primary-grade names besides `name` (merge-evidence.ts). */
  primaryNames?: readonly string[];
  country: string | null;
  wikidataId: string | null;
  /** Role or summary text (`Chief Operating Officer of Lockheed Martin`), null when none. */
  description: string | null;
  /** Data sets whose rows describe it. */
  datasets: readonly string[];
}

/** One feature's part in a score. */
export interface MatchFeature {
  feature: string;
  weight: number;
  /** What was compared: `"tencent holdings limited" ~ "tencent"`. */
  detail: string;
}

/** A score in [0, 1] with its features, or why the pair is never scored. */
export interface MatchScore {
  score: number;
  features: MatchFeature[];
  blocked: string | null;
}

/**
 * At or above `auto`, a row's actor merges into the node (rule SCORE); from `review` up to `auto`,
 * the pair is a candidate for review (`npm run dedupe`); below, nothing. Chosen on the labelled
 * sample (docs/import.md, _Scores and thresholds_).
 */
export const THRESHOLDS = { auto: 0.7, review: 0.45 } as const;

/** Words of a name that may tell a group or holding company from its subsidiaries. */
const GROUP_WORDS = new Set(['group', 'holding', 'holdings', 'corporation', 'corp']);

const WORD = /[\p{L}\p{N}]+/gu;
const words = (text: string) =>
  new Set((text.toLowerCase().match(WORD) ?? []).filter((w) => w.length > 1));

/** Share of the shorter text's words found in the other (0 when either is blank). */
export function roleOverlap(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  const [x, y] = [words(a), words(b)];
  const smaller = x.size <= y.size ? x : y;
  const larger = smaller === x ? y : x;
  if (smaller.size === 0) return 0;
  return [...smaller].filter((word) => larger.has(word)).length / smaller.size;
}

const round = (value: number) => Math.round(value * 100) / 100;

/** Scores `a` against `b` (see the module comment). Symmetric in what it finds. */
export function scoreMatch(a: MatchSide, b: MatchSide): MatchScore {
  const family = familyOf(a.kind);
  const blocked = (reason: string): MatchScore => ({ score: 0, features: [], blocked: reason });
  if (familyOf(b.kind) !== family)
    return blocked(`an actor of kind ${a.kind} cannot be the same as one of kind ${b.kind}`);
  if (family === 'OTHER') return blocked(`${a.kind} nodes are never matched`);
  if (a.wikidataId && b.wikidataId && a.wikidataId !== b.wikidataId)
    return blocked(`different Wikidata ids (${a.wikidataId}, ${b.wikidataId})`);
  if (a.country && b.country && a.country !== b.country)
    return blocked(`different countries (${a.country} / ${b.country})`);

  const features: MatchFeature[] = [];
  const add = (feature: string, weight: number, detail: string) =>
    features.push({ feature, weight, detail });
  const person = family === 'PERSON';
  if (a.wikidataId && a.wikidataId === b.wikidataId) add('WIKIDATA_SAME', 1, a.wikidataId);

  const [pa, pb] = [actorProfile(a), actorProfile(b)];
  const shared = sharedNames(pa, pb).filter((s) => !hasCjk(s.key));
  const strongPrimary = shared.find((s) => s.primaryOfBoth && !s.weak);
  const looseA = [...pa.primary].filter((key) => !hasCjk(key)).map(looseKey);
  const looseB = new Set([...pb.primary].filter((key) => !hasCjk(key)).map(looseKey));
  const legal = looseA.find((key) => looseB.has(key) && key.replace(/ /g, '').length >= 4);
  if (strongPrimary) {
    add('NAME_SAME', person ? 0.45 : 0.5, `"${strongPrimary.key}"`);
    const count = strongPrimary.key.split(' ').length;
    if (count >= 4) add('NAME_DISTINCTIVE', 0.15, `${count} words`);
    else if (count === 3) add('NAME_DISTINCTIVE', 0.1, '3 words');
    const alias = shared.find((s) => !s.primaryOfBoth && !s.anchored);
    if (alias) add('ALIAS_SHARED', alias.weak ? 0.05 : 0.1, `"${alias.key}" besides the name`);
  } else if (!person && legal) {
    // `Group`, `Holding(s)` and `Corporation` also tell a parent from its subsidiary (`Hanwha
    // Shipping Holdings LLC` owns `Hanwha Shipping LLC`): weaker evidence than a mere `Co., Ltd.`.
    const groupWords = (key: string) =>
      key
        .split(' ')
        .filter((word) => GROUP_WORDS.has(word))
        .sort()
        .join(' ');
    const pairs = [...pa.primary].flatMap((x) => [...pb.primary].map((y) => [x, y] as const));
    const sameGroupWords = pairs.some(
      ([x, y]) => looseKey(x) === legal && looseKey(y) === legal && groupWords(x) === groupWords(y),
    );
    if (sameGroupWords) add('NAME_LEGAL_FORM', 0.45, `"${legal}" once legal forms are set aside`);
    else
      add(
        'NAME_GROUP_FORM',
        0.25,
        `"${legal}" once legal forms and group, holding or corporation are set aside`,
      );
  }
  const nameIsAlias = shared.find((s) => s.anchored && !s.primaryOfBoth);
  if (nameIsAlias && !strongPrimary)
    add('NAME_IS_ALIAS', 0.3, `"${nameIsAlias.key}" is one side's name, the other's alias`);
  const aliasOnly = shared.filter((s) => !s.anchored);
  if (!strongPrimary && !legal && !nameIsAlias && aliasOnly.length > 0) {
    const strong = aliasOnly.find((s) => !s.weak);
    if (strong) add('ALIAS_SHARED', 0.15, `"${strong.key}"`);
    else add('ALIAS_SHARED', 0.03, `only weak: "${aliasOnly[0]!.key}" (${aliasOnly[0]!.weak})`);
  }
  if (features.length === 0) return { score: 0, features, blocked: null };

  const cjk = (p: typeof pa) => [...p.names.keys()].filter(hasCjk);
  const [ca, cb] = [cjk(pa), cjk(pb)];
  const sharedCjk = ca.filter((key) => cb.includes(key) && (key.length > 3 || !person));
  if (sharedCjk.length > 0) add('CJK_NAME_SAME', 0.2, sharedCjk[0]!);
  else if (ca.length > 0 && cb.length > 0 && !ca.some((key) => cb.includes(key)))
    add('CJK_NAME_DIFFERENT', person ? -0.05 : -0.3, `${ca.join(', ')} / ${cb.join(', ')}`);

  if (a.description && b.description) {
    const overlap = roleOverlap(a.description, b.description);
    if (overlap >= 0.8)
      add('ROLE_SAME', person ? 0.3 : 0.1, `"${a.description}" ~ "${b.description}"`);
    else if (overlap < 1 / 3)
      add('ROLE_DIFFERENT', -0.1, `"${a.description}" / "${b.description}"`);
  }
  if (a.country && a.country === b.country) add('COUNTRY_SAME', 0.15, a.country);
  if (Boolean(a.wikidataId) !== Boolean(b.wikidataId))
    add('WIKIDATA_ONE_SIDE', -0.05, a.wikidataId ?? b.wikidataId ?? '');
  const dataset = a.datasets.find((d) => b.datasets.includes(d));
  if (dataset) add('SAME_DATASET', 0.05, dataset);
  if (a.kind !== b.kind) add('KIND_DIFFERENT', -0.1, `${a.kind} / ${b.kind}`);

  const total = features.reduce((sum, f) => sum + f.weight, 0);
  return { score: round(Math.min(1, Math.max(0, total))), features, blocked: null };
}

/** One line per feature: `+0.50 NAME_SAME "acme"`. */
export function explainScore(score: MatchScore): string[] {
  if (score.blocked) return [`never: ${score.blocked}`];
  return score.features.map(
    (f) => `${f.weight >= 0 ? '+' : '−'}${Math.abs(f.weight).toFixed(2)} ${f.feature} ${f.detail}`,
  );
}

/** Keys under which an actor is found as a candidate: strict and loose keys of all its names. */
export function blockingKeys(side: Pick<MatchSide, 'name' | 'aliases' | 'primaryNames'>): string[] {
  const names = [side.name, ...(side.primaryNames ?? []), ...side.aliases];
  return [...new Set(names.flatMap((name) => [nameKey(name), `~${looseKey(name)}`]))].filter(
    (key) => key !== '' && key !== '~',
  );
}
