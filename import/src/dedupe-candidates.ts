/**
 * Candidate pairs for review: actor nodes that share a name (strict or loose key, blocking as
 * nomenklatura does), scored by match-score.ts, at or above THRESHOLDS.review, not yet judged
 * (judgements.ts), best first. Pure; dedupe-cli.ts reads the nodes and asks a person.
 */
import type { CypherQuery } from '@policygraph/model';
import type { JudgementIndex } from './judgements.ts';
import {
  THRESHOLDS,
  blockingKeys,
  scoreMatch,
  type MatchScore,
  type MatchSide,
} from './match-score.ts';

/** An actor node as review sees it: what the scorer reads, its id and its rows. */
export interface ReviewActor extends MatchSide {
  id: string;
  /** `documentId|row` of the rows it records. */
  rows: string[];
  /** How many lists name it (LISTS relationships). */
  listings: number;
}

/** Every actor with what review shows; rows as ReviewActor. */
export const REVIEW_ACTORS_QUERY: CypherQuery = {
  cypher: [
    'MATCH (a:Actor)',
    'WITH a, coalesce(a.identityDocumentIds, []) AS docs, coalesce(a.identityRows, []) AS rows, coalesce(a.identityRules, []) AS rules',
    'RETURN a.id AS id, a.kind AS kind, a.name AS name, coalesce(a.aliases, []) AS aliases,',
    '  coalesce(a.identityNames, []) AS primaryNames, a.country AS country, a.wikidataId AS wikidataId,',
    '  a.description AS description, coalesce(a.identityDatasets, []) AS datasets,',
    "  [i IN range(0, size(docs) - 1) WHERE rules[i] <> 'ISSUING_BODY_TABLE' | docs[i] + '|' + toString(rows[i])] AS rows,",
    '  COUNT { (a)<-[:LISTS]-() } AS listings',
    'ORDER BY id',
  ].join('\n'),
  params: {},
};

/** A pair worth a person's look. */
export interface Candidate {
  a: ReviewActor;
  b: ReviewActor;
  match: MatchScore;
}

/**
 * Scored pairs of `actors` sharing a blocking key, `minimum` (default THRESHOLDS.review) and up,
 * best first (then by ids). Pairs `judgements` already decided are left out unless `includeJudged`.
 */
export function findCandidates(
  actors: readonly ReviewActor[],
  options: { judgements?: JudgementIndex; minimum?: number; includeJudged?: boolean } = {},
): Candidate[] {
  const minimum = options.minimum ?? THRESHOLDS.review;
  const byKey = new Map<string, ReviewActor[]>();
  for (const actor of actors)
    for (const key of blockingKeys(actor)) byKey.set(key, [...(byKey.get(key) ?? []), actor]);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const group of byKey.values()) {
    if (group.length > 50) continue; // a key this common (`china`) tells nothing
    for (let i = 0; i < group.length; i += 1)
      for (let j = i + 1; j < group.length; j += 1) {
        const [a, b] = [group[i]!, group[j]!].sort((x, y) => x.id.localeCompare(y.id)) as [
          ReviewActor,
          ReviewActor,
        ];
        const key = `${a.id}|${b.id}`;
        if (a.id === b.id || seen.has(key)) continue;
        seen.add(key);
        if (!options.includeJudged && options.judgements?.of(a.id, b.id)) continue;
        const match = scoreMatch(a, b);
        if (!match.blocked && match.score >= minimum) candidates.push({ a, b, match });
      }
  }
  return candidates.sort(
    (x, y) =>
      y.match.score - x.match.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id),
  );
}
