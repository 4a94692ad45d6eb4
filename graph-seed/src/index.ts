/**
 * @policygraph/graph-seed: the source documents as editable YAML, their validation, and the loader
 * that writes them to Neo4j as docs/data-model.md describes.
 */
export { applySchema, SchemaMismatchError } from './apply-schema.ts';
export { countGraph, type GraphCounts } from './count-graph.ts';
export { loadDocuments, seedDatabase } from './load.ts';
export { defaultDocumentsDir, readSeedDocuments } from './read-documents.ts';
export {
  formatProblem,
  SeedValidationError,
  SeedWriteError,
  type LoadedDocument,
  type LoadProgress,
  type ProblemCode,
  type SeedProblem,
} from './problems.ts';
export { checkAgainstDatabase } from './check-database.ts';
export { COUNTRY_CODES } from './schema-fields.ts';
export { formatSummary, type LoadSummary } from './summary.ts';
export { locateQuote, type QuoteLocation } from './locate-quotes.ts';
export { EXPECTED_INDEXES } from './schema-statements.ts';
export {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  DOCUMENT_TYPES,
  ITEM_TYPES,
  MEASURE_TYPES,
  MEASURE_STATUSES,
  STATEMENT_FORMS,
  NODE_KINDS,
  labelsOf,
  type ActorKind,
  type NodeKind,
} from './model.ts';
export { RELATIONSHIP_TYPES, type RelationshipType } from './relationship-rules.ts';
export type { EvidenceRecord, GraphNode, GraphRelationship, ValidatedDocument } from './types.ts';
export type { DocumentWriteResult } from './write-document.ts';
export { importListFile, readImportFile, type ImportOptions, type ImportReport } from './importers/run-import.ts';
export { ImportRefusedError } from './importers/import-errors.ts';
export { formatImportReport } from './importers/import-report.ts';
export { FORMATS, type FormatName } from './importers/import-model.ts';
export { rejectsCsv } from './importers/rejects.ts';
