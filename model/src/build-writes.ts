/**
 * Pure Cypher builders shared by the loaders: parameterised MERGE statements batched with UNWIND
 * that add nodes, relationships and evidence (the importers and bulk loads use them as they are;
 * a seed document's load is graph-seed's build-document-writes.ts). Labels and relationship types
 * are parameters too (`$(row.labels)`, `$(row.type)`, Neo4j 5.26+), taken only from the allow-lists
 * in vocabulary.ts and relationship-rules.ts; one statement serves every kind and type, so a cold
 * server plans each once. Running them again changes nothing.
 */
import { labelsOf, NODE_DATE_PROPERTIES, type NodeKind } from './vocabulary.ts';
import { RELATIONSHIP_DATE_PROPERTIES, RELATIONSHIP_TYPES } from './relationship-rules.ts';
import { appendEvidenceCypher, type EvidenceParam } from './cypher-evidence.ts';
import {
  evidenceKey,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
  type ValidatedDocument,
} from './graph-types.ts';

/** A Cypher statement and its parameters. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** A write step: `expected` is the number of rows its `written` column must total (else the write is refused). */
export interface WriteStep extends CypherQuery {
  description: string;
  expected: number;
}

/** Rows per UNWIND batch of nodes and relationships. */
export const BATCH_SIZE = 500;

/** Kinds in the order they are written. */
const KIND_ORDER: readonly NodeKind[] = [
  'COUNTRY_OR_BLOC',
  'GOVERNMENT',
  'AGENCY',
  'COMPANY',
  'ORGANIZATION',
  'BUSINESS_UNIT',
  'MEDIA_OUTLET',
  'INDUSTRY_ASSOCIATION',
  'ANALYST_FIRM',
  'PERSON',
  'UNNAMED_SOURCE',
  'ITEM',
  'MEASURE',
  'DOCUMENT',
  'STATEMENT',
];

/** Evidence records as parameters of appendEvidenceCypher (each with its `documentId|start|end` key). */
export function evidenceParams(evidence: readonly EvidenceRecord[]): EvidenceParam[] {
  return evidence.map((entry) => ({ key: evidenceKey(entry), ...entry }));
}

function chunks<T>(rows: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < rows.length; at += BATCH_SIZE) out.push(rows.slice(at, at + BATCH_SIZE));
  return out;
}

/** Nodes in the order they are written: by kind (KIND_ORDER: actors, items, measures, documents, statements). */
export function orderNodes(nodes: readonly GraphNode[]): GraphNode[] {
  return [...nodes].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

/**
 * Finds nodes already stored under one of the document's ids with another kind.
 * Returns rows `{ id, existing, wanted }`, ordered by id.
 */
export function buildKindConflictQuery(document: ValidatedDocument): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (n:Entity {id: row.id})',
      'WHERE n.kind <> row.kind',
      'RETURN n.id AS id, n.kind AS existing, row.kind AS wanted',
      'ORDER BY id',
    ].join('\n'),
    params: { rows: document.nodes.map((node) => ({ id: node.id, kind: node.kind })) },
  };
}

const NODE_DATES = [...new Set(Object.values(NODE_DATE_PROPERTIES).flat())].sort();
const RELATIONSHIP_DATES = [...new Set(Object.values(RELATIONSHIP_DATE_PROPERTIES).flat())].sort();

/**
 * MERGE of nodes by id: labels (`SET n:$(row.labels)`, the labels of the node's kind from
 * labelsOf), properties, aliases (union, existing first), `names` (name then aliases), dates and
 * evidence. One statement for every kind, so Neo4j plans it once.
 */
export function buildNodeWrites(nodes: readonly GraphNode[]): WriteStep[] {
  const cypher = [
    'UNWIND $rows AS row',
    'MERGE (n:Entity {id: row.id})',
    'SET n:$(row.labels)',
    'SET n += row.properties',
    'SET n.aliases = coalesce(n.aliases, []) + [alias IN row.aliases WHERE NOT alias IN coalesce(n.aliases, [])]',
    'SET n.names = [n.name] + n.aliases',
    ...NODE_DATES.map(
      (property) => `SET n.${property} = coalesce(date(row.dates.${property}), n.${property})`,
    ),
    appendEvidenceCypher('n'),
    'RETURN count(n) AS written',
  ].join('\n');
  return chunks(orderNodes(nodes)).map((batch) => ({
    description: `${batch.length} node(s)`,
    cypher,
    expected: batch.length,
    params: {
      rows: batch.map((node) => ({
        id: node.id,
        labels: labelsOf(node.kind).slice(1),
        properties: node.properties,
        aliases: node.aliases,
        dates: node.dates,
        evidence: evidenceParams(node.evidence),
      })),
    },
  }));
}

/**
 * MERGE of relationships by `id` between existing nodes, the type given as `$(row.type)` (a
 * RelationshipType, checked against RELATIONSHIP_TYPES), then properties, dates and evidence.
 */
export function buildRelationshipWrites(relationships: readonly GraphRelationship[]): WriteStep[] {
  const cypher = [
    'UNWIND $rows AS row',
    'MATCH (a:Entity {id: row.from})',
    'MATCH (b:Entity {id: row.to})',
    'MERGE (a)-[r:$(row.type) {id: row.id}]->(b)',
    'SET r += row.properties',
    ...RELATIONSHIP_DATES.map(
      (property) => `SET r.${property} = coalesce(date(row.dates.${property}), r.${property})`,
    ),
    appendEvidenceCypher('r'),
    'RETURN count(r) AS written',
  ].join('\n');
  const ordered = [...relationships].sort(
    (a, b) => RELATIONSHIP_TYPES.indexOf(a.type) - RELATIONSHIP_TYPES.indexOf(b.type),
  );
  return chunks(ordered).map((batch) => ({
    description: `${batch.length} relationship(s)`,
    cypher,
    expected: batch.length,
    params: {
      rows: batch.map((relationship) => {
        if (!RELATIONSHIP_TYPES.includes(relationship.type))
          throw new Error(`Unknown relationship type ${relationship.type}`);
        return {
          id: relationship.id,
          type: relationship.type,
          from: relationship.from,
          to: relationship.to,
          properties: relationship.properties,
          dates: relationship.dates,
          evidence: evidenceParams(relationship.evidence),
        };
      }),
    },
  }));
}

/**
 * Sets each measure's `status` to that of its latest REPORTS_STATUS (greatest asOf, then greatest
 * id); each measure must have one (else it is not counted as written).
 */
export function buildStatusUpdate(measureIds: readonly string[]): WriteStep {
  return {
    description: `status of ${measureIds.length} measure(s)`,
    cypher: [
      'UNWIND $ids AS id',
      'MATCH (m:Entity:Measure {id: id})',
      'CALL (m) {',
      '  MATCH (:Document)-[r:REPORTS_STATUS]->(m)',
      '  RETURN r.status AS latest',
      '  ORDER BY r.asOf DESC, r.id DESC',
      '  LIMIT 1',
      '}',
      'SET m.status = latest',
      'RETURN count(m) AS written',
    ].join('\n'),
    params: { ids: [...measureIds] },
    expected: measureIds.length,
  };
}
