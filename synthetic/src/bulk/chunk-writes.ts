/**
 * The Cypher of one bulk-load chunk (several documents written in one transaction): the
 * kind-conflict check over all its nodes, then the seed loader's batched UNWIND MERGE steps for its
 * nodes and relationships, then the status of the measures it reports. Pure: the same chunk gives
 * the same queries.
 */
import {
  buildKindConflictQuery,
  buildNodeWrites,
  buildStatusUpdate,
  type CypherQuery,
  type WriteStep,
  type ValidatedDocument,
} from '@policygraph/model';
import { buildTypedRelationshipWrites } from './relationship-writes.ts';

/** What writing a chunk runs: `conflicts` first (it must return no row), then `steps` in order. */
export interface ChunkWrites {
  conflicts: CypherQuery;
  steps: WriteStep[];
  nodes: number;
  relationships: number;
}

/** A chunk's name in messages: `syn-registry-countries-0 … syn-article-41 (12 documents)`. */
export function chunkLabel(chunk: readonly ValidatedDocument[]): string {
  const first = chunk[0]?.documentId ?? '';
  const last = chunk[chunk.length - 1]?.documentId ?? '';
  return chunk.length === 1 ? first : `${first} … ${last} (${chunk.length} documents)`;
}

/** The writes of `chunk`: all its nodes first, so relationships between its documents find both ends. */
export function buildChunkWrites(chunk: readonly ValidatedDocument[]): ChunkWrites {
  const nodes = chunk.flatMap((document) => document.nodes);
  const relationships = chunk.flatMap((document) => document.relationships);
  const reported = [
    ...new Set(relationships.filter((r) => r.type === 'REPORTS_STATUS').map((r) => r.to)),
  ].sort();
  const label = chunkLabel(chunk);
  return {
    conflicts: buildKindConflictQuery({ file: label, documentId: label, nodes, relationships: [] }),
    steps: [
      ...buildNodeWrites(nodes),
      ...buildTypedRelationshipWrites(relationships),
      ...(reported.length > 0 ? [buildStatusUpdate(reported)] : []),
    ],
    nodes: nodes.length,
    relationships: relationships.length,
  };
}

/** Groups documents into chunks of at most `maxNodes` nodes (a document is never split). */
export function* chunkDocuments(
  documents: Iterable<ValidatedDocument>,
  maxNodes: number,
): Generator<ValidatedDocument[]> {
  let chunk: ValidatedDocument[] = [];
  let size = 0;
  for (const document of documents) {
    if (chunk.length > 0 && size + document.nodes.length > maxNodes) {
      yield chunk;
      chunk = [];
      size = 0;
    }
    chunk.push(document);
    size += document.nodes.length;
  }
  if (chunk.length > 0) yield chunk;
}
