/** The offline path of the bulk loader: CSV for `neo4j-admin database import full`, then the schema. */
export { offlineLoad, type OfflineLoadOptions, type OfflineLoadSummary } from './offline-load.ts';
export { finishOfflineLoad } from './finish-load.ts';
export { RepeatedEntryError, writeGraphCsv, type GraphCsv } from './write-graph-csv.ts';
export {
  ARRAY_DELIMITER_CANDIDATES,
  ArrayDelimiterError,
  chooseArrayDelimiter,
  csvArray,
  csvLine,
  csvText,
} from './csv-text.ts';
