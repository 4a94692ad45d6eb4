/**
 * @policygraph/import: the list importers. A list file (CSV of a known format: the Chinese
 * sanctions lists, the US 1260H list, the US special legislation lists, Federal Register rules) is
 * read and checked row by row, planned into nodes and relationships of the data model with each row
 * as evidence, merged with the actors already in the graph by the merge rules, compared with the
 * list's earlier versions, and written in one transaction (`npm run import`); `npm run merges`
 * reviews the merges and near misses. docs/import.md describes the formats and the rules.
 */
export {
  importListFile,
  readImportFile,
  type ImportOptions,
  type ImportReport,
} from './run-import.ts';
export { ImportRefusedError } from './import-errors.ts';
export { removeImport, formatRemovalReport, type RemovalReport } from './remove-import.ts';
export {
  resolveProvenance,
  type SourceFields,
  type SourceProvenance,
} from './source-provenance.ts';
export { formatImportReport } from './import-report.ts';
export { FORMATS, type FormatName } from './import-model.ts';
export { rejectsCsv } from './rejects.ts';
export {
  NodeEditError,
  mergeNodes,
  splitNode,
  survivorOf,
  type MergeResult,
  type SplitResult,
} from './node-merge.ts';
export { buildForwardMergeRecords, type EditMeta } from './node-merge-cypher.ts';
export { buildResolveAbsorbed } from '@policygraph/model';
export {
  findCandidates,
  REVIEW_ACTORS_QUERY,
  type Candidate,
  type ReviewActor,
} from './dedupe-candidates.ts';
export {
  THRESHOLDS,
  explainScore,
  scoreMatch,
  type MatchFeature,
  type MatchScore,
} from './match-score.ts';
export {
  JUDGEMENTS_FILE,
  JudgementIndex,
  appendJudgement,
  readJudgements,
  type Judgement,
} from './judgements.ts';
export {
  DUPLICATE_LOOKUP_LIMIT,
  buildDuplicatesRead,
  duplicateLookup,
  scoreDuplicates,
  type Duplicate,
} from './duplicates-of.ts';
export { judgementOfEdit, reviewActor } from './dedupe-edits.ts';
