/**
 * The baseline of the bulk-load benchmark: the same chunks and the same batched statements as
 * bulkLoad, written straight through neo4j-driver (one executeWrite per chunk, each statement
 * run as is), without validation, the kind-conflict check or the verification of written counts.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { ValidatedDocument } from '@policygraph/model';
import { buildChunkWrites, chunkDocuments, DEFAULT_CHUNK_NODES } from '@policygraph/synthetic';

/** Counts and wall-clock milliseconds of a raw load. */
export interface RawLoadSummary {
  chunks: number;
  nodes: number;
  relationships: number;
  writeMs: number;
}

/** Writes every chunk of `documents` with the driver alone. */
export async function rawLoad(
  driver: Driver,
  documents: Iterable<ValidatedDocument>,
  chunkNodes = DEFAULT_CHUNK_NODES,
): Promise<RawLoadSummary> {
  const started = performance.now();
  const summary: RawLoadSummary = { chunks: 0, nodes: 0, relationships: 0, writeMs: 0 };
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    for (const chunk of chunkDocuments(documents, chunkNodes)) {
      const writes = buildChunkWrites(chunk);
      await session.executeWrite(async (tx) => {
        // Sent at once and pipelined by the driver, as bulkLoad does.
        const runs = writes.steps.map((step) => tx.run(step.cypher, step.params));
        for (const run of runs) await run;
      });
      summary.chunks += 1;
      summary.nodes += writes.nodes;
      summary.relationships += writes.relationships;
    }
  } finally {
    await session.close();
  }
  summary.writeMs = performance.now() - started;
  return summary;
}
