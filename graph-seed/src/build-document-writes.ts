/**
 * Pure Cypher builders for loading one seed document: the retract steps (build-retract.ts), then
 * its nodes with the ownership of their properties, its relationships, and the status of its
 * measures. Run in order in one transaction, they leave the graph holding the document as it is
 * now; run again, they change nothing.
 */
import {
  appendEvidenceCypher,
  BATCH_SIZE,
  buildRelationshipWrites,
  evidenceParams,
  orderNodes,
  type WriteStep,
  labelsOf,
  type ValidatedDocument,
} from '@policygraph/model';
import {
  aliasSourcePrefix,
  buildRetractNodes,
  buildRetractRelationships,
  type RetractStep,
} from './build-retract.ts';
import { OWNED_DATE_KEYS, ownedProperties } from './owned-properties.ts';

/**
 * MERGE of the document's nodes by id. The document owns a node's properties (owned-properties.ts)
 * when it is the node's own document, when no document owns them (`declaredIn` null, also for a
 * new node) or when it owns them already: it then sets those its entry gives, removes those a
 * declaring document gave before (`declaredKeys`) and its entry leaves out, and records
 * `declaredIn` and `declaredKeys`. Otherwise they stay (findDeclarationConflicts has checked that
 * it gives no others). Every document adds its aliases (recording each in `aliasSources` as
 * `documentId|alias`) and its evidence; `names` is `name` then `aliases`.
 */
export function buildOwnedNodeWrites(document: ValidatedDocument): WriteStep[] {
  const cypher = [
    'UNWIND $rows AS row',
    'MERGE (n:Entity {id: row.id})',
    'SET n:$(row.labels)',
    'WITH n, row, (row.id = $documentId OR n.declaredIn IS NULL OR n.declaredIn = $documentId) AS owns',
    'FOREACH (key IN CASE WHEN owns THEN [k IN coalesce(n.declaredKeys, []) WHERE NOT k IN row.given] ELSE [] END |',
    '  REMOVE n[key])',
    'SET n += CASE WHEN owns THEN row.properties ELSE {} END',
    ...OWNED_DATE_KEYS.map(
      (key) =>
        `SET n.${key} = CASE WHEN owns AND row.dates.${key} IS NOT NULL THEN date(row.dates.${key}) ELSE n.${key} END`,
    ),
    'SET n.declaredIn = CASE WHEN owns THEN $documentId ELSE n.declaredIn END,',
    '    n.declaredKeys = CASE WHEN owns THEN row.given ELSE n.declaredKeys END',
    'SET n.aliases = coalesce(n.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(n.aliases, [])]',
    'SET n.aliasSources = coalesce(n.aliasSources, []) +',
    '    [alias IN row.aliases WHERE NOT $sourcePrefix + alias IN coalesce(n.aliasSources, []) | $sourcePrefix + alias]',
    'SET n.names = [n.name] + n.aliases',
    appendEvidenceCypher('n'),
    'RETURN count(n) AS written',
  ].join('\n');
  const ordered = orderNodes(document.nodes);
  const steps: WriteStep[] = [];
  for (let at = 0; at < ordered.length; at += BATCH_SIZE) {
    const batch = ordered.slice(at, at + BATCH_SIZE);
    steps.push({
      description: `${batch.length} node(s)`,
      cypher,
      expected: batch.length,
      params: {
        documentId: document.documentId,
        sourcePrefix: aliasSourcePrefix(document.documentId),
        rows: batch.map((node) => ({
          id: node.id,
          labels: labelsOf(node.kind).slice(1),
          ...ownedProperties(node),
          aliases: node.aliases,
          dates: node.dates,
          evidence: evidenceParams(node.evidence),
        })),
      },
    });
  }
  return steps;
}

/**
 * Sets the status of each measure in `measureIds` to that of its latest REPORTS_STATUS (greatest
 * asOf, then greatest id), or keeps it when none is left.
 */
export function buildStatusRefresh(measureIds: readonly string[]): WriteStep {
  return {
    description: `status of ${measureIds.length} measure(s)`,
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (m:Entity:Measure {id: id})',
      'CALL (m) {',
      '  OPTIONAL MATCH (:Document)-[r:REPORTS_STATUS]->(m)',
      '  WITH r ORDER BY r.asOf DESC, r.id DESC LIMIT 1',
      '  RETURN r.status AS latest',
      '}',
      'SET m.status = coalesce(latest, m.status)',
      'RETURN count(m) AS written',
    ].join('\n'),
    params: { ids: [...measureIds] },
    expected: measureIds.length,
  };
}

/**
 * Every step of a document's load, in order: withdraw what it no longer states (RetractStep, not
 * counted), then nodes, relationships and the status of the measures it declares or reports
 * (WriteStep, each writing `expected` rows).
 */
export function buildDocumentWrites(document: ValidatedDocument): (WriteStep | RetractStep)[] {
  const measures = [
    ...new Set([
      ...document.nodes.filter((node) => node.kind === 'MEASURE').map((node) => node.id),
      ...document.relationships.filter((r) => r.type === 'REPORTS_STATUS').map((r) => r.to),
    ]),
  ].sort();
  return [
    buildRetractRelationships(document),
    buildRetractNodes(document),
    ...buildOwnedNodeWrites(document),
    ...buildRelationshipWrites(document.relationships),
    ...(measures.length > 0 ? [buildStatusRefresh(measures)] : []),
  ];
}
