/**
 * Pure Cypher builders for the first steps of a document's load: withdrawing what an earlier load
 * of the same document stated and this one no longer does, so that the graph holds the document as
 * it is now (docs/data-model.md, "Loading a document again"). Every node and relationship with
 * evidence of the document loses the entries the document no longer gives; a relationship left
 * with no evidence is deleted, and so is a node left with no evidence and no relationship that no
 * document holds the text of; aliases only this document gave are removed; nodes whose properties
 * it owned and no longer declares are left without an owner (`declaredIn` null), and measures get
 * their status again from the REPORTS_STATUS that remain.
 */
import {
  type CypherQuery,
  keepEvidenceCypher,
  keptEvidenceKey,
  type ValidatedDocument,
} from '@policygraph/model';

/** A step whose rows are not counted against an expected number: `description` names it in errors. */
export interface RetractStep extends CypherQuery {
  description: string;
}

/** `documentId|`: the prefix of the document's entries in `aliasSources`. */
export function aliasSourcePrefix(documentId: string): string {
  return `${documentId}|`;
}

/**
 * The parameters both steps share: the document's id, the ids of the nodes and relationships it
 * states, `keep` (id → keptEvidenceKey of each entry it gives now) and `aliases` (node id → the
 * aliases it gives now).
 */
function retractParams(document: ValidatedDocument): Record<string, unknown> {
  const keep: Record<string, string[]> = {};
  for (const item of [...document.nodes, ...document.relationships])
    keep[item.id] = item.evidence.map(keptEvidenceKey);
  return {
    documentId: document.documentId,
    sourcePrefix: aliasSourcePrefix(document.documentId),
    nodeIds: document.nodes.map((node) => node.id),
    relationshipIds: document.relationships.map((relationship) => relationship.id),
    keep,
    aliases: Object.fromEntries(document.nodes.map((node) => [node.id, node.aliases])),
  };
}

/**
 * The nodes carrying the document's evidence, and its own node. Every relationship a document
 * states joins two nodes its file declares, each with evidence of it (or its own node), so the
 * relationships with its evidence are found from these nodes without a scan of all relationships.
 */
const DOCUMENT_NODES = [
  'MATCH (n:Entity)',
  'WHERE n.id = $documentId OR $documentId IN coalesce(n.evidenceDocumentIds, [])',
];

/** Withdraws the document's stale evidence from relationships; deletes those left without evidence it does not state again. */
export function buildRetractRelationships(document: ValidatedDocument): RetractStep {
  return {
    description: `relationships of an earlier load of ${document.documentId}`,
    cypher: [
      ...DOCUMENT_NODES,
      'MATCH (n)-[r]-()',
      'WHERE $documentId IN coalesce(r.evidenceDocumentIds, [])',
      'WITH DISTINCT r',
      keepEvidenceCypher('r'),
      'WITH r WHERE size(r.evidenceDocumentIds) = 0 AND NOT r.id IN $relationshipIds',
      'DELETE r',
      'RETURN count(r) AS removed',
    ].join('\n'),
    params: retractParams(document),
  };
}

/**
 * Withdraws the document's stale evidence and aliases from nodes, gives up the properties of nodes
 * it no longer declares, refreshes the status of measures, and deletes nodes left with nothing.
 */
export function buildRetractNodes(document: ValidatedDocument): RetractStep {
  return {
    description: `nodes of an earlier load of ${document.documentId}`,
    cypher: [
      ...DOCUMENT_NODES,
      keepEvidenceCypher('n'),
      'WITH n, coalesce(n.aliasSources, []) AS sources, coalesce($aliases[n.id], []) AS still',
      'WITH n, sources, still, [s IN sources WHERE NOT s STARTS WITH $sourcePrefix] AS others,',
      '     [s IN sources WHERE s STARTS WITH $sourcePrefix | substring(s, size($sourcePrefix))] AS given',
      "WITH n, sources, still, given, [s IN others | substring(s, size(split(s, '|')[0]) + 1)] AS otherAliases",
      'WITH n, [s IN sources WHERE NOT s STARTS WITH $sourcePrefix OR substring(s, size($sourcePrefix)) IN still] AS sources,',
      '     [a IN given WHERE NOT a IN still AND NOT a IN otherAliases] AS withdrawn',
      'SET n.aliasSources = sources, n.aliases = [a IN coalesce(n.aliases, []) WHERE NOT a IN withdrawn],',
      '    n.declaredIn = CASE WHEN n.declaredIn = $documentId AND NOT n.id IN $nodeIds THEN null ELSE n.declaredIn END',
      'SET n.names = [n.name] + n.aliases',
      'WITH n',
      'CALL (n) {',
      '  WITH n WHERE n:Measure',
      '  OPTIONAL MATCH (:Document)-[r:REPORTS_STATUS]->(n)',
      '  WITH n, r ORDER BY r.asOf DESC, r.id DESC LIMIT 1',
      '  SET n.status = coalesce(r.status, n.status)',
      '}',
      'CALL (n) {',
      '  WITH n WHERE size(n.evidenceDocumentIds) = 0 AND NOT n.id IN $nodeIds AND n.text IS NULL',
      '    AND NOT EXISTS { (n)--() }',
      '  DELETE n',
      '}',
      'RETURN count(*) AS touched',
    ].join('\n'),
    params: retractParams(document),
  };
}
