/**
 * @policygraph/model: the graph's data model, shared by the seed loader, the importers, the
 * synthetic data and the API. It holds the vocabulary (node kinds and their Neo4j labels, measure
 * types and statuses, relationship types and which kinds each joins), the Neo4j schema (the
 * constraints, indexes and full-text indexes, and `applySchema` that creates and checks them), the
 * in-memory graph a loader writes (`GraphNode`, `GraphRelationship`, `EvidenceRecord`), the
 * conversion of Neo4j values to plain ones, partial-date rules, and the pure, parameterised Cypher
 * write builders every loader uses. docs/data-model.md describes the model itself.
 */
export {
  ACTOR_KINDS,
  ACTOR_LABELS,
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ENTRY_ORIGINS,
  ITEM_TYPES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  NODE_DATE_PROPERTIES,
  NODE_KINDS,
  STATEMENT_FORMS,
  isActorKind,
  labelsOf,
  type ActorKind,
  type DatePrecision,
  type EntryOrigin,
  type MeasureStatus,
  type NodeKind,
} from './vocabulary.ts';
export {
  RELATIONSHIP_DATE_PROPERTIES,
  RELATIONSHIP_RULES,
  RELATIONSHIP_TYPES,
  describeKinds,
  relationshipId,
  type EndpointRule,
  type RelationshipType,
} from './relationship-rules.ts';
export {
  EXPECTED_INDEXES,
  LEGACY_INDEX_NAMES,
  createStatement,
  schemaStatements,
  type ExpectedIndex,
} from './neo4j-schema.ts';
export { applySchema, checkSchema, SchemaMismatchError } from './apply-neo4j-schema.ts';
export { absorbedSurvivorExpr, buildResolveAbsorbed } from './merged-ids.ts';
export {
  evidenceKey,
  type EntryProvenanceRecord,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
  type StoredReview,
  type ValidatedDocument,
} from './graph-types.ts';
export { toNumber, toPlain } from './neo4j-values.ts';
export {
  ISO_DATE_FORMAT,
  PARTIAL_DATE_FORMAT,
  isCalendarDate,
  parsePartialDate,
  todayIso,
  type PreciseDate,
} from './dates.ts';
export {
  BATCH_SIZE,
  buildKindConflictQuery,
  buildNodeWrites,
  buildRelationshipWrites,
  buildStatusUpdate,
  evidenceParams,
  orderNodes,
  type CypherQuery,
  type WriteStep,
} from './build-writes.ts';
export {
  appendEvidenceCypher,
  keepEvidenceCypher,
  keptEvidenceKey,
  type EvidenceParam,
} from './cypher-evidence.ts';
export { MERGE_RULES, type MergeRule } from './vocabulary.ts';
