/**
 * Full-text search over node names and aliases in both indexes of the data model
 * (`entity_names_folding` for Latin text regardless of case and accents, `entity_names_cjk` for
 * Chinese, Japanese and Korean), ranked: exact name or alias match first, then prefix match, then
 * by Lucene score.
 */
import neo4j from 'neo4j-driver';
import { LIMITS } from '../limits.ts';
import type { NodeKindValue } from '../model.ts';
import { foldForComparison, luceneQuery, searchTerms } from './lucene.ts';
import { nodeMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';

/** The full-text indexes searched, by name (created by @policygraph/model's applySchema). */
export const FULLTEXT_INDEXES = ['entity_names_folding', 'entity_names_cjk'] as const;

export interface SearchArgs {
  text: string;
  kinds?: NodeKindValue[] | null;
  first: number;
}

/**
 * Builds the search query; columns `node` (node map), `score` (float), `rank` (2 exact, 1 prefix,
 * 0 other) and `matchedName` (the name or alias that matched best).
 * @returns null when the text holds no word to search for (the result is then empty).
 */
export function buildSearch({ text, kinds, first }: SearchArgs): CypherQuery | null {
  const query = luceneQuery(text);
  if (query === null) return null;
  const filterKinds = kinds && kinds.length > 0;
  const cypher = lines(
    'CALL () {',
    FULLTEXT_INDEXES.map(
      (index) =>
        `  CALL db.index.fulltext.queryNodes('${index}', $query, {limit: $candidates}) YIELD node, score\n` +
        '  RETURN node, score',
    ).join('\n  UNION ALL\n'),
    '}',
    'WITH node, max(score) AS score',
    filterKinds && 'WHERE node.kind IN $kinds',
    'WITH node, score, [name IN [node.name] + coalesce(node.aliases, []) | {name: name, folded: toLower(name)}] AS names',
    'WITH node, score,',
    '  [n IN names WHERE n.folded = $folded | n.name] AS exact,',
    '  [n IN names WHERE n.folded STARTS WITH $folded | n.name] AS prefix,',
    '  [n IN names WHERE any(term IN $terms WHERE n.folded CONTAINS term) | n.name] AS partial',
    'WITH node, score, CASE WHEN size(exact) > 0 THEN 2 WHEN size(prefix) > 0 THEN 1 ELSE 0 END AS rank,',
    '  coalesce(exact[0], prefix[0], partial[0], node.name) AS matchedName',
    'ORDER BY rank DESC, score DESC, node.id',
    'LIMIT $first',
    `RETURN ${nodeMap('node')} AS node, score, rank, matchedName`,
  );
  return {
    cypher,
    params: {
      query,
      folded: foldForComparison(text),
      terms: searchTerms(text),
      candidates: neo4j.int(LIMITS.searchCandidates),
      first: neo4j.int(first),
      ...(filterKinds ? { kinds } : {}),
    },
  };
}
