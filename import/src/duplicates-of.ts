/**
 * The possible duplicates of one actor node, for the API (`Actor.possibleDuplicates`) and the
 * explorer: the actors a full-text look-up finds under any of its names (at most
 * DUPLICATE_LOOKUP_LIMIT), kept when they share a blocking key with it (match-score.ts), scored,
 * at or above THRESHOLDS.review, pairs judged different left out, best first. The Cypher is pure
 * (snapshot-tested); `scoreDuplicates` is pure too.
 */
import type { CypherQuery } from '@policygraph/model';
import type { ReviewActor } from './dedupe-candidates.ts';
import type { JudgementIndex } from './judgements.ts';
import { THRESHOLDS, blockingKeys, scoreMatch, type MatchScore } from './match-score.ts';
import { looseKey } from './names.ts';

/** How many actors sharing a name are scored at most. */
export const DUPLICATE_LOOKUP_LIMIT = 50;

/** What review reads of an actor `v` (the columns of ReviewActor), as a map. */
export function reviewActorMap(v: string): string {
  return [
    `${v} {.id, .kind, .name, aliases: coalesce(${v}.aliases, []),`,
    `  primaryNames: coalesce(${v}.identityNames, []), country: ${v}.country, wikidataId: ${v}.wikidataId,`,
    `  description: ${v}.description, datasets: coalesce(${v}.identityDatasets, []),`,
    `  rows: [i IN range(0, size(coalesce(${v}.identityRows, [])) - 1) WHERE ${v}.identityRules[i] <> 'ISSUING_BODY_TABLE' | ${v}.identityDocumentIds[i] + '|' + toString(${v}.identityRows[i])],`,
    `  listings: COUNT { (${v})<-[:LISTS]-() }}`,
  ].join('\n');
}

/** The Lucene query of phrases, one per loose spelling of `names` (quotes and operators removed). */
export function duplicateLookup(names: readonly string[]): string {
  const phrases = [
    ...new Set(
      names
        .map((name) =>
          looseKey(name)
            .replace(/[^\p{L}\p{N} ]/gu, ' ')
            .replace(/\s+/g, ' ')
            .trim(),
        )
        .filter((phrase) => phrase !== ''),
    ),
  ];
  return phrases.map((phrase) => `"${phrase}"`).join(' OR ');
}

/**
 * The actor `id` (column `self`, null when there is none) and the actors the full-text index finds
 * under `lookup` (duplicateLookup), at most DUPLICATE_LOOKUP_LIMIT (column `others`).
 */
export function buildDuplicatesRead(id: string, lookup: string): CypherQuery {
  return {
    cypher: [
      'OPTIONAL MATCH (self:Entity:Actor {id: $id})',
      'CALL (self) {',
      "  WITH self WHERE self IS NOT NULL AND $lookup <> ''",
      "  CALL db.index.fulltext.queryNodes('entity_names_folding', $lookup, {limit: toInteger($scan)}) YIELD node",
      '  WITH node WHERE node:Actor AND node.id <> $id',
      '  WITH node LIMIT toInteger($limit)',
      `  RETURN collect(${reviewActorMap('node')}) AS others`,
      '}',
      `RETURN CASE WHEN self IS NULL THEN null ELSE ${reviewActorMap('self')} END AS self, others`,
    ].join('\n'),
    params: { id, lookup, limit: DUPLICATE_LOOKUP_LIMIT, scan: DUPLICATE_LOOKUP_LIMIT * 4 },
  };
}

/** One possible duplicate: the other actor and the score explained. */
export interface Duplicate {
  other: ReviewActor;
  match: MatchScore;
}

/** The possible duplicates of `self` among `others` (see the module comment), at most `first`. */
export function scoreDuplicates(
  self: ReviewActor,
  others: readonly ReviewActor[],
  options: { judgements?: JudgementIndex; first: number },
): Duplicate[] {
  const keys = new Set(blockingKeys(self));
  return others
    .filter((other) => other.id !== self.id && blockingKeys(other).some((key) => keys.has(key)))
    .filter((other) => !options.judgements?.apart(self, other))
    .map((other) => ({ other, match: scoreMatch(self, other) }))
    .filter(({ match }) => !match.blocked && match.score >= THRESHOLDS.review)
    .sort((x, y) => y.match.score - x.match.score || x.other.id.localeCompare(y.other.id))
    .slice(0, options.first);
}
