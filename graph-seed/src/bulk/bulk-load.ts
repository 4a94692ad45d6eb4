/**
 * Bulk loading of a stream of documents (the synthetic graph, or any producer of ValidatedDocument)
 * with the seed loader's guarantees: every chunk is validated before anything is written, and
 * each chunk (several documents) is written in ONE transaction, with the kind-conflict check and
 * the count of every batch verified, so a failure rolls back the whole chunk and never leaves a
 * document half-written. Chunks written before a failure stay.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toNumber } from '../neo4j-values.ts';
import { SeedValidationError, SeedWriteError, type SeedProblem } from '../problems.ts';
import type { ValidatedDocument } from '../types.ts';
import { buildChunkWrites, chunkDocuments, chunkLabel, type ChunkWrites } from './chunk-writes.ts';
import { GraphValidator } from './validate-graph.ts';

/** Nodes per chunk (one transaction) when not given. */
export const DEFAULT_CHUNK_NODES = 4_000;
/** Problems reported at most before validation stops reading. */
const MAX_PROBLEMS = 100;

export interface BulkLoadOptions {
  database?: string;
  /** Most nodes per transaction (documents are never split). @default DEFAULT_CHUNK_NODES */
  chunkNodes?: number;
  /** Called after each chunk is committed. */
  onChunk?: (progress: {
    chunks: number;
    nodes: number;
    relationships: number;
    elapsedMs: number;
  }) => void;
}

/** What a bulk load did; times in milliseconds. */
export interface BulkLoadSummary {
  chunks: number;
  documents: number;
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  /** Generating and validating every chunk (the first pass). */
  validateMs: number;
  /** Generating the chunks again and writing them (the second pass). */
  writeMs: number;
}

/**
 * Validates every document of `source()` (read once), then reads it again and writes it in chunks.
 * `source` must give the same documents each time it is called.
 * @throws SeedValidationError (nothing written), SeedWriteError KIND_CONFLICT / WRITE_FAILED (that
 *   chunk rolled back; earlier chunks stay), the driver's errors when Neo4j is unreachable.
 */
export async function bulkLoad(
  driver: Driver,
  source: () => Iterable<ValidatedDocument>,
  options: BulkLoadOptions = {},
): Promise<BulkLoadSummary> {
  const chunkNodes = options.chunkNodes ?? DEFAULT_CHUNK_NODES;
  const validating = performance.now();
  const validator = new GraphValidator();
  const problems: SeedProblem[] = [];
  for (const chunk of chunkDocuments(source(), chunkNodes)) {
    problems.push(...validator.check(chunk));
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw new SeedValidationError(problems.slice(0, MAX_PROBLEMS));
  const validateMs = performance.now() - validating;

  const writing = performance.now();
  const summary: BulkLoadSummary = {
    chunks: 0,
    documents: 0,
    nodes: 0,
    relationships: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    validateMs,
    writeMs: 0,
  };
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    for (const chunk of chunkDocuments(source(), chunkNodes)) {
      const writes = buildChunkWrites(chunk);
      const created = await session.executeWrite((tx) => writeChunk(tx, chunkLabel(chunk), writes));
      summary.chunks += 1;
      summary.documents += chunk.length;
      summary.nodes += writes.nodes;
      summary.relationships += writes.relationships;
      summary.nodesCreated += created.nodesCreated;
      summary.relationshipsCreated += created.relationshipsCreated;
      options.onChunk?.({
        chunks: summary.chunks,
        nodes: summary.nodes,
        relationships: summary.relationships,
        elapsedMs: performance.now() - writing,
      });
    }
  } finally {
    await session.close();
  }
  summary.writeMs = performance.now() - writing;
  return summary;
}

async function writeChunk(
  tx: ManagedTransaction,
  label: string,
  writes: ChunkWrites,
): Promise<{ nodesCreated: number; relationshipsCreated: number }> {
  const file = `bulk chunk ${label}`;
  const conflicts = await tx.run(writes.conflicts.cypher, writes.conflicts.params);
  if (conflicts.records.length > 0) {
    const list = conflicts.records
      .slice(0, 10)
      .map(
        (record) =>
          `"${String(record.get('id'))}" is stored as ${String(record.get('existing'))}, here ${String(record.get('wanted'))}`,
      )
      .join('; ');
    throw new SeedWriteError(
      'KIND_CONFLICT',
      label,
      file,
      `The database already holds other kinds under these ids: ${list}.`,
    );
  }
  const created = { nodesCreated: 0, relationshipsCreated: 0 };
  for (const step of writes.steps) {
    let written: number;
    try {
      const result = await tx.run(step.cypher, step.params);
      written = result.records.reduce((sum, record) => sum + toNumber(record.get('written')), 0);
      const updates = result.summary.counters.updates();
      created.nodesCreated += updates.nodesCreated;
      created.relationshipsCreated += updates.relationshipsCreated;
    } catch (error) {
      if (isRetryableError(error)) throw error; // executeWrite retries the whole chunk
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new SeedWriteError(
        'WRITE_FAILED',
        label,
        file,
        `Writing ${step.description} failed: ${reason}.`,
        error,
      );
    }
    if (written !== step.expected) {
      throw new SeedWriteError(
        'WRITE_FAILED',
        label,
        file,
        `Writing ${step.description} wrote ${written} of ${step.expected} (an end node is missing).`,
      );
    }
  }
  return created;
}
