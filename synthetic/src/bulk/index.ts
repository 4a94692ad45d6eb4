/**
 * The bulk loader (exported by @policygraph/synthetic): validated, chunked bulk loading of a stream
 * of documents through transactions, with the schema prepared before and completed after; the
 * offline importer's path for first loads (offline/); and loadGraph, which picks between them.
 */
export {
  bulkLoad,
  DEFAULT_CHUNK_NODES,
  type BulkLoadOptions,
  type BulkLoadSummary,
} from './bulk-load.ts';
export { buildChunkWrites, chunkDocuments, chunkLabel, type ChunkWrites } from './chunk-writes.ts';
export { finishBulkSchema, prepareBulkSchema, WRITE_PATH_INDEXES } from './bulk-schema.ts';
export { GraphValidator } from './validate-graph.ts';
export { buildTypedRelationshipWrites, relationshipMergeCypher } from './relationship-writes.ts';
export { loadGraph, type LoadGraphOptions, type LoadGraphResult } from './load-graph.ts';
export * from './offline/index.ts';
