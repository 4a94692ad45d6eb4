/**
 * Ranks full-text candidates the way people mean a search (pure; the candidates come from
 * cypher/search.ts). A node's names (its name and aliases) are compared with the text word by
 * word, after folding case and accents:
 *
 * | tier | a name of the node…                                                    |
 * | ---- | ---------------------------------------------------------------------- |
 * | 5    | is the text (`MOFCOM`, `商务部`)                                          |
 * | 4    | holds every word of the text as a whole word (`Ministry of Commerce`)    |
 * | 3    | starts with the text (`Xiang Lig` → `Xiang Ligang`)                      |
 * | 2    | has a word starting with each word of the text (`Comm` → `Commerce`)   |
 * | 1    | holds some word of the text, whole or as a word's start                |
 * | 0    | none of these (Lucene matched it otherwise)                            |
 *
 * Words in Chinese, Japanese or Korean script count as whole words wherever a name contains them
 * (those scripts do not separate words by spaces). Common English words (`of`, `and`, `the`) are
 * not required when the text has other words. Hits are ordered by tier, then actors before items,
 * measures, documents and statements, then by the shorter matching name, then by Lucene score, then
 * by id. So `Commerce` puts the two commerce authorities before the rules whose titles mention the
 * Commerce Control List. The tier of each name is worked out by ./search-tiers.ts.
 */
import type { NodeKindValue } from './model.ts';
import { foldedWords, nameTierOf, prepareWords, type PreparedWords } from './search-tiers.ts';

/** One candidate of the full-text query. */
export interface SearchCandidate {
  id: string;
  kind: NodeKindValue;
  name: string;
  aliases: string[];
  /** Lucene score, the better of the two indexes. */
  score: number;
}

/** A ranked candidate. */
export interface RankedCandidate extends SearchCandidate {
  /** See the module comment (0 to 5). */
  tier: number;
  /** The name or alias that matched best: the canonical name when it is among the best. */
  matchedName: string;
}

/** Order of kinds at equal tier: actors, then items, measures, documents, statements. */
const KIND_GROUP: Partial<Record<NodeKindValue, number>> = {
  ITEM: 1,
  MEASURE: 2,
  DOCUMENT: 3,
  STATEMENT: 4,
};

/** The number of Unicode code points of `text` (what `Array.from(text).length` counts). */
function codePoints(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

/** A ranked candidate with what orders it among equal tiers. */
interface RankEntry {
  hit: RankedCandidate;
  group: number;
  /** Code points of its shortest name in its best tier. */
  length: number;
}

/** Ranks one candidate: its tier, the name that matched, and its sort keys. */
function rankPrepared(candidate: SearchCandidate, prepared: PreparedWords): RankEntry {
  const { name, aliases } = candidate;
  // Each name is folded once: its tier decides the candidate's tier, its matched name and length.
  const canonicalTier = nameTierOf(name, prepared);
  let tier = canonicalTier;
  let matchedName = name;
  let length: number;
  if (aliases.length === 0) length = codePoints(name);
  else {
    const tiers = aliases.map((alias) => nameTierOf(alias, prepared));
    for (let i = 0; i < aliases.length; i += 1) {
      const alias = aliases[i]!;
      const aliasTier = tiers[i]!;
      const better =
        aliasTier > tier ||
        (aliasTier === tier && matchedName !== name && alias.length < matchedName.length);
      if (better) {
        tier = aliasTier;
        matchedName = alias;
      }
    }
    length = canonicalTier === tier ? codePoints(name) : Infinity;
    for (let i = 0; i < aliases.length; i += 1) {
      if (tiers[i] === tier) length = Math.min(length, codePoints(aliases[i]!));
    }
  }
  const { id, kind, score } = candidate;
  return {
    hit: { id, kind, name, aliases, score, tier, matchedName },
    group: KIND_GROUP[kind] ?? 0,
    length,
  };
}

/** Orders entries best first (see the module comment). */
function byRank(a: RankEntry, b: RankEntry): number {
  return (
    b.hit.tier - a.hit.tier ||
    a.group - b.group ||
    a.length - b.length ||
    b.hit.score - a.hit.score ||
    (a.hit.id < b.hit.id ? -1 : a.hit.id > b.hit.id ? 1 : 0)
  );
}

/** The candidates ranked for `text`, best first (see the module comment). */
export function rankCandidates(
  candidates: readonly SearchCandidate[],
  text: string,
): RankedCandidate[] {
  const prepared = prepareWords(foldedWords(text));
  const ranked: RankEntry[] = new Array<RankEntry>(candidates.length);
  for (let i = 0; i < candidates.length; i += 1) ranked[i] = rankPrepared(candidates[i]!, prepared);
  ranked.sort(byRank);
  return ranked.map((entry) => entry.hit);
}

/** How many candidates there are of each kind, most first (then by kind). */
export function countByKind(
  candidates: readonly SearchCandidate[],
): { kind: NodeKindValue; count: number }[] {
  const counts = new Map<NodeKindValue, number>();
  for (const candidate of candidates)
    counts.set(candidate.kind, (counts.get(candidate.kind) ?? 0) + 1);
  return [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : 1));
}
