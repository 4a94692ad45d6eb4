/**
 * Bulk loading of a stream of documents (the synthetic graph, or any producer of ValidatedDocument)
 * with the seed loader's guarantees: every chunk is validated before anything is written, and
 * each chunk (several documents) is written in ONE transaction, with the kind-conflict check and
 * the count of every batch verified, so a failure rolls back the whole chunk and never leaves a
 * document half-written. Chunks written before a failure stay.
 */
import neo4j, {
  isRetryableError,
  type Driver,
  type ManagedTransaction,
  type QueryResult,
} from 'neo4j-driver';
import { toNumber, type ValidatedDocument } from '@policygraph/model';
import { SeedValidationError, SeedWriteError, type SeedProblem } from '@policygraph/graph-seed';
import { prepareBulkSchema } from './bulk-schema.ts';
import { buildChunkWrites, chunkDocuments, chunkLabel, type ChunkWrites } from './chunk-writes.ts';
import { GraphValidator } from './validate-graph.ts';

/** Nodes per chunk (one transaction) when not given. */
export const DEFAULT_CHUNK_NODES = 4_000;
/**
 * How long one chunk's transaction may take before Neo4j ends it (the server's default,
 * `db.transaction.timeout`, is 60 s, which a cold server on a busy machine can exceed).
 */
export const DEFAULT_CHUNK_TIMEOUT_MS = 600_000;
/** Problems reported at most before validation stops reading. */
const MAX_PROBLEMS = 100;

export interface BulkLoadOptions {
  database?: string;
  /** Most nodes per transaction (documents are never split). @default DEFAULT_CHUNK_NODES */
  chunkNodes?: number;
  /** Transaction timeout of each chunk, in milliseconds. @default DEFAULT_CHUNK_TIMEOUT_MS */
  chunkTimeoutMs?: number;
  /** Stops the load between chunks when aborted (the chunks committed stay). */
  signal?: AbortSignal;
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
 * Validates every document of `source()` (read once), then creates the write-path constraints
 * (prepareBulkSchema: without them each MERGE scans) and reads the documents again, writing them in chunks.
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
    for (const problem of validator.check(chunk)) problems.push(problem); // may be more than a call takes as arguments
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw new SeedValidationError(problems.slice(0, MAX_PROBLEMS));
  const validateMs = performance.now() - validating;

  const writing = performance.now();
  await prepareBulkSchema(driver, { database: options.database });
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
      if (options.signal?.aborted) break;
      const writes = buildChunkWrites(chunk);
      const created = await session.executeWrite(
        (tx) => writeChunk(tx, chunkLabel(chunk), writes),
        { timeout: options.chunkTimeoutMs ?? DEFAULT_CHUNK_TIMEOUT_MS },
      );
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

/**
 * Writes one chunk inside `tx`. Every statement is sent at once (the driver pipelines them in the
 * transaction, so Neo4j runs one while the next is encoded), then the answers are read in order:
 * the kind-conflict check must return no row and every step must write its expected count. Any
 * failure throws, and executeWrite rolls the whole chunk back.
 */
async function writeChunk(
  tx: ManagedTransaction,
  label: string,
  writes: ChunkWrites,
): Promise<{ nodesCreated: number; relationshipsCreated: number }> {
  const file = `bulk chunk ${label}`;
  const conflictsRun = settle(tx.run(writes.conflicts.cypher, writes.conflicts.params));
  const stepRuns = writes.steps.map((step) => settle(tx.run(step.cypher, step.params)));
  const conflicts = await conflictsRun;
  if (!conflicts.ok) throw conflicts.error;
  if (conflicts.result.records.length > 0) {
    const list = conflicts.result.records
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
  for (const [index, step] of writes.steps.entries()) {
    const answer = await stepRuns[index]!;
    if (!answer.ok) {
      if (isRetryableError(answer.error)) throw answer.error; // executeWrite retries the whole chunk
      const reason =
        answer.error instanceof Error ? answer.error.message.split('\n')[0] : String(answer.error);
      throw new SeedWriteError(
        'WRITE_FAILED',
        label,
        file,
        `Writing ${step.description} failed: ${reason}.`,
        answer.error,
      );
    }
    const written = answer.result.records.reduce(
      (sum, record) => sum + toNumber(record.get('written')),
      0,
    );
    const updates = answer.result.summary.counters.updates();
    created.nodesCreated += updates.nodesCreated;
    created.relationshipsCreated += updates.relationshipsCreated;
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

/** A statement's answer, or its error, without an unhandled rejection when an earlier one fails. */
function settle(
  run: PromiseLike<QueryResult>,
): Promise<{ ok: true; result: QueryResult } | { ok: false; error: unknown }> {
  return Promise.resolve(run).then(
    (result) => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}
