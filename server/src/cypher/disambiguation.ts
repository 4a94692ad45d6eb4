/**
 * What tells same-named nodes apart, for `Node.disambiguation` (../disambiguation.ts): the
 * issuing authorities of measures, the outlet of documents, the speaker of statements, and for a
 * measure that shares its name and announcement day with another one, the first actors it lists.
 */
import { lines, type CypherQuery } from './query.ts';

/**
 * Facts of many nodes at once; one row per node found, columns `id`, `issuers`, `outlets`,
 * `speakers` (lists of `{name, aliases}`, at most 2, 1 and 1), `namesakes` (other measures of the
 * same name announced the same day: found through the `measure_announced` index), `listed` (the
 * first 2 names of the actors it LISTS, by name, only when it has namesakes) and `listedCount`.
 */
export function buildDisambiguationFacts(ids: readonly string[]): CypherQuery {
  const names = (pattern: string, most: number) =>
    `[${pattern} | {name: a.name, aliases: coalesce(a.aliases, [])}][0..${most}]`;
  return {
    cypher: lines(
      'UNWIND $ids AS id',
      'MATCH (n:Entity {id: id})',
      'WITH n, CASE WHEN n:Measure AND n.announcedOn IS NOT NULL',
      '  THEN COUNT { MATCH (o:Measure) WHERE o.announcedOn = n.announcedOn AND o.name = n.name AND o <> n }',
      '  ELSE 0 END AS namesakes',
      'RETURN n.id AS id,',
      `  ${names('(n)-[:ISSUED_BY]->(a:Entity)', 2)} AS issuers,`,
      `  ${names('(n)-[:PUBLISHED_BY]->(a:Entity)', 1)} AS outlets,`,
      `  ${names('(n)-[:SAID_BY]->(a:Entity)', 1)} AS speakers,`,
      '  namesakes,',
      '  CASE WHEN namesakes > 0 THEN COLLECT { MATCH (n)-[:LISTS]->(a:Entity) RETURN a.name ORDER BY a.name LIMIT 2 } ELSE [] END AS listed,',
      '  CASE WHEN namesakes > 0 THEN COUNT { (n)-[:LISTS]->() } ELSE 0 END AS listedCount',
    ),
    params: { ids: [...ids] },
  };
}
