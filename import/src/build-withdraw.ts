/**
 * Pure Cypher builders of an import's removal (remove-import.ts): reading the imported versions,
 * and withdrawing what a set of imports (DATASET documents) gave, as a seed document's reload
 * withdraws what it no longer states (graph-seed's build-retract.ts): their evidence entries,
 * identity records, the aliases only they gave (`aliasSources`) and the properties they filled
 * (`importFilled`); relationships left without evidence are deleted, and so are nodes left with no
 * evidence and no relationship that hold no text, and the imports' own documents.
 */
import type { CypherQuery } from '@policygraph/model';
import { IMPORT_FILLED_PROPERTIES } from './import-writes.ts';

/**
 * Every imported version (DATASET document) with what reading it again needs, in the order they
 * were imported (`importSequence`; versions imported before it was recorded first, by as-of day).
 * Rows `{id, format, fileName, text, asOf, title, origin, licence, attribution, url, sha256, description}`.
 */
export const IMPORTED_VERSIONS_QUERY: CypherQuery = {
  cypher: [
    "MATCH (d:Document {documentType: 'DATASET'})",
    'WHERE d.importFormat IS NOT NULL',
    'RETURN d.id AS id, d.importFormat AS format, d.fileName AS fileName, d.text AS text,',
    '  toString(d.publishedOn) AS asOf, d.title AS title, d.origin AS origin, d.licence AS licence,',
    '  d.attribution AS attribution, d.url AS url, d.sha256 AS sha256, d.description AS description',
    'ORDER BY coalesce(d.importSequence, 0), asOf, id',
  ].join('\n'),
  params: {},
};

/** Counts of nodes and relationships: one row `{nodes, relationships}`. */
export const GRAPH_COUNTS_QUERY: CypherQuery = {
  cypher: [
    'CALL () { MATCH (n) RETURN count(n) AS nodes }',
    'CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }',
    'RETURN nodes, relationships',
  ].join('\n'),
  params: {},
};

/** Keeps the entries of four parallel evidence lists not of `$documentIds`. */
function keepOthersEvidence(v: string): string[] {
  return [
    `WITH ${v}, coalesce(${v}.evidenceDocumentIds, []) AS ids, coalesce(${v}.evidenceQuotes, []) AS quotes,`,
    `     coalesce(${v}.evidenceStarts, []) AS starts, coalesce(${v}.evidenceEnds, []) AS ends`,
    `WITH ${v}, ids, quotes, starts, ends, [i IN range(0, size(ids) - 1) WHERE NOT ids[i] IN $documentIds] AS kept`,
    `SET ${v}.evidenceDocumentIds = [i IN kept | ids[i]], ${v}.evidenceQuotes = [i IN kept | quotes[i]],`,
    `    ${v}.evidenceStarts = [i IN kept | starts[i]], ${v}.evidenceEnds = [i IN kept | ends[i]]`,
    `WITH ${v}`,
  ];
}

/*
 * MATCHED_FIRST: the withdrawals collect what they match before they change and delete it. A
 * removal first rewinds merges in the same transaction (undo-merges.ts), which creates nodes and
 * relationships again; Neo4j 5.26 streamed a scan over relationships created in the transaction
 * while deleting them, and one relationship the scan should have matched was never seen (a
 * restored LISTS relationship survived its import's removal, import-remove-merges.test.ts).
 */

/** Withdraws the evidence of `documentIds` from relationships; deletes those left with none. Row `{removed}`. */
export function buildWithdrawRelationships(documentIds: readonly string[]): CypherQuery {
  return {
    cypher: [
      'MATCH ()-[r]->()',
      'WHERE any(id IN coalesce(r.evidenceDocumentIds, []) WHERE id IN $documentIds)',
      // Every match is read before any is changed or deleted (see MATCHED_FIRST).
      'WITH collect(r) AS matched',
      'UNWIND matched AS r',
      ...keepOthersEvidence('r'),
      'WITH r WHERE size(r.evidenceDocumentIds) = 0',
      'DELETE r',
      'RETURN count(r) AS removed',
    ].join('\n'),
    params: { documentIds: [...documentIds] },
  };
}

const IDENTITY_LISTS = [
  'identityDocumentIds',
  'identityRows',
  'identityDatasets',
  'identityRules',
  'identityKeys',
  'identityNames',
] as const;

/**
 * Withdraws from nodes what `documentIds` gave (see the module comment), then deletes the nodes
 * left with nothing and the documents themselves. Row `{touched}`.
 */
export function buildWithdrawNodes(documentIds: readonly string[]): CypherQuery {
  const of = (list: string) =>
    `any(x IN coalesce(n.${list}, []) WHERE split(x, '|')[0] IN $documentIds)`;
  return {
    cypher: [
      'MATCH (n:Entity)',
      'WHERE n.id IN $documentIds',
      '  OR any(id IN coalesce(n.evidenceDocumentIds, []) WHERE id IN $documentIds)',
      '  OR any(id IN coalesce(n.identityDocumentIds, []) WHERE id IN $documentIds)',
      `  OR ${of('aliasSources')} OR ${of('importFilled')}`,
      // Every match is read before any is changed or deleted (see MATCHED_FIRST).
      'WITH collect(n) AS matched',
      'UNWIND matched AS n',
      ...keepOthersEvidence('n'),
      // Identity records of other imports stay, in order; none left: the lists go.
      'WITH n, [i IN range(0, size(coalesce(n.identityDocumentIds, [])) - 1) WHERE NOT n.identityDocumentIds[i] IN $documentIds] AS kept',
      `SET ${IDENTITY_LISTS.map((list) => `n.${list} = CASE WHEN size(kept) = 0 THEN null ELSE [i IN kept | n.${list}[i]] END`).join(',\n    ')}`,
      // Aliases only these imports gave go; those another source gives stay.
      "WITH n, [s IN coalesce(n.aliasSources, []) WHERE NOT split(s, '|')[0] IN $documentIds] AS sources,",
      "     [s IN coalesce(n.aliasSources, []) WHERE split(s, '|')[0] IN $documentIds | substring(s, size(split(s, '|')[0]) + 1)] AS given",
      "WITH n, sources, [a IN given WHERE NOT a IN [s IN sources | substring(s, size(split(s, '|')[0]) + 1)]] AS withdrawn",
      'SET n.aliasSources = CASE WHEN n.aliasSources IS NULL THEN null ELSE sources END,',
      '    n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN withdrawn]',
      'SET n.names = [n.name] + n.aliases',
      // Properties these imports filled in go back to none.
      "WITH n, [f IN coalesce(n.importFilled, []) WHERE split(f, '|')[0] IN $documentIds | split(f, '|')[1]] AS filled",
      ...IMPORT_FILLED_PROPERTIES.map(
        (property) =>
          `SET n.${property} = CASE WHEN '${property}' IN filled THEN null ELSE n.${property} END`,
      ),
      "SET n.importFilled = [f IN coalesce(n.importFilled, []) WHERE NOT split(f, '|')[0] IN $documentIds]",
      'SET n.importFilled = CASE WHEN size(n.importFilled) = 0 THEN null ELSE n.importFilled END',
      'WITH n',
      'CALL (n) {',
      '  WITH n WHERE n.id IN $documentIds',
      '    OR (size(n.evidenceDocumentIds) = 0 AND n.text IS NULL AND NOT EXISTS { (n)--() })',
      '  DETACH DELETE n',
      '}',
      'RETURN count(*) AS touched',
    ].join('\n'),
    params: { documentIds: [...documentIds] },
  };
}
