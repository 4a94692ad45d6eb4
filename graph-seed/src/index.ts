/**
 * @policygraph/graph-seed: the source documents as editable YAML (the document format in
 * document-format.ts, docs/seed-format.md), their validation, and the loader that writes them to
 * Neo4j as docs/data-model.md describes. The vocabulary, the Neo4j schema and the shared write
 * builders it uses are @policygraph/model's.
 */
export { countGraph, type GraphCounts } from './count-graph.ts';
export { loadDocuments, seedDatabase } from './load.ts';
export {
  defaultDocumentsDir,
  readSeedDocuments,
  validateSeedSource,
  type SeedSource,
} from './read-documents.ts';
export {
  formatProblem,
  ProblemList,
  SeedValidationError,
  SeedWriteError,
  type LoadedDocument,
  type LoadProgress,
  type ProblemCode,
  type SeedProblem,
} from './problems.ts';
export { checkAgainstDatabase } from './check-database.ts';
export { COUNTRY_CODES } from './document-fields.ts';
export { SECTIONS, type Evidence, type Section } from './document-format.ts';
export { formatSummary, type LoadSummary } from './summary.ts';
export { locateQuote, type QuoteLocation } from './locate-quotes.ts';
export { deriveStatementName } from './statement-name.ts';
export { writeDocument, type DocumentWriteResult } from './write-document.ts';
export { runSteps as writeDocumentInTransaction } from './write-document.ts';
export { extractionYamlOf } from './review-provenance.ts';
