/**
 * Full-text search over node names and aliases in both indexes of the data model
 * (`entity_names_folding` for Latin text regardless of case and accents, `entity_names_cjk` for
 * Chinese, Japanese and Korean). The query returns the candidates light (id, kind, names, score);
 * ../search-ranking.ts ranks them, and the page's nodes are then loaded by id.
 */
import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import { luceneQuery } from './lucene.ts';
import { lines, type CypherQuery } from './query.ts';

/** The full-text indexes searched, by name (created by @policygraph/model's applySchema). */
export const FULLTEXT_INDEXES = ['entity_names_folding', 'entity_names_cjk'] as const;

/**
 * Builds the candidate query for `text`: at most LIMITS.searchCandidates nodes from each index,
 * one row per node with columns `id`, `kind`, `name`, `aliases` (list, possibly empty) and `score`
 * (the better Lucene score of the two indexes). Kinds are not filtered here, so that the counts by
 * kind cover every candidate.
 * @returns null when the text holds no word to search for (the result is then empty).
 */
export function buildSearchCandidates(text: string): CypherQuery | null {
  const query = luceneQuery(text);
  if (query === null) return null;
  const cypher = lines(
    'CALL () {',
    FULLTEXT_INDEXES.map(
      (index) =>
        `  CALL db.index.fulltext.queryNodes('${index}', $query, {limit: $candidates}) YIELD node, score\n` +
        '  RETURN node, score',
    ).join('\n  UNION ALL\n'),
    '}',
    'WITH node, max(score) AS score',
    'RETURN node.id AS id, node.kind AS kind, node.name AS name, coalesce(node.aliases, []) AS aliases, score',
  );
  return { cypher, params: { query, candidates: neo4j.int(LIMITS.searchCandidates) } };
}
