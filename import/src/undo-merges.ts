/**
 * The merges of an import's removal (remove-import.ts), so that the graph afterwards is the graph
 * of the other imports alone, merges included. A merge (node-merge.ts) is one that would not have
 * happened without the removed import when either node, as the merge snapshotted it, was supported
 * only by that import (every evidence entry and identity record of it, no text): the absorbed node
 * it brought, or the survivor it brought. Such a merge may be followed by others on the same
 * nodes (a chain: the survivor later absorbed in turn, its records moved to the new survivor), so
 * inside the removal's transaction:
 * 1. `rewindMerges`: from the latest merge back to the earliest such one, each is split
 *    (node-merge-cypher.ts), restoring both nodes exactly as they were before it;
 * 2. the removal withdraws every import and writes the others again;
 * 3. `replayMerges`: the rewound merges whose two nodes are still there are made again, in their
 *    order, with their who, when, why and score; the others are undone for good.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from '@policygraph/model';
import { mergeNodes, NodeEditError, splitNode } from './node-merge.ts';
import { ImportRefusedError } from './import-errors.ts';

/** A merge as its record holds it, and whether either node came only from the removed import. */
export interface MergeHistoryEntry {
  absorbedId: string;
  /** The node it was merged into then (not the latest survivor of a chain). */
  survivorId: string;
  who: string;
  when: string;
  why: string;
  score: number | null;
  /** The absorbed node or the survivor, as snapshotted, was supported only by the removed import. */
  onlyOfRemoved: boolean;
}

/** `x` (a snapshot) was supported by `$documentId` alone. */
const onlyOf = (x: string) =>
  `(${x}.text IS NULL AND size(coalesce(${x}.evidenceDocumentIds, []) + coalesce(${x}.identityDocumentIds, [])) > 0 ` +
  `AND all(id IN coalesce(${x}.evidenceDocumentIds, []) + coalesce(${x}.identityDocumentIds, []) WHERE id = $documentId))`;

/**
 * Every merge record, in the order the merges were made (by `when`; of equal times, a survivor
 * with fewer absorbed ids first, as a chain grows), with whether the removal of `documentId` takes
 * one of its nodes away. Rows as MergeHistoryEntry.
 */
export function buildMergeHistory(documentId: string): CypherQuery {
  return {
    cypher: [
      "MATCH (rec:MergeRecord)-[:SNAPSHOT {role: 'SURVIVOR'}]->(a:MergeSnapshot)",
      "MATCH (rec)-[:SNAPSHOT {role: 'ABSORBED'}]->(b:MergeSnapshot)",
      "OPTIONAL MATCH (rec)-[:SNAPSHOT {role: 'SURVIVOR_AFTER'}]->(after:MergeSnapshot)",
      'RETURN rec.absorbedId AS absorbedId, a.id AS survivorId, rec.who AS who, rec.when AS when,',
      `  rec.why AS why, rec.score AS score, ${onlyOf('a')} OR ${onlyOf('b')} AS onlyOfRemoved`,
      'ORDER BY rec.when, size(coalesce(after.absorbedIds, [])), rec.absorbedId',
    ].join('\n'),
    params: { documentId },
  };
}

/**
 * Splits, in `tx`, the merges from the latest back to the earliest one the removal of
 * `documentId` takes a node of (see the module comment); the merges split, in the order they were
 * made (none when no merge involves a node only that import supported).
 * @throws ImportRefusedError WRITE_FAILED when a merge cannot be split (a node exists again
 *   under its absorbed id); nothing is then changed.
 */
export async function rewindMerges(
  tx: ManagedTransaction,
  documentId: string,
): Promise<MergeHistoryEntry[]> {
  const query = buildMergeHistory(documentId);
  const history = (await tx.run(query.cypher, query.params)).records.map(
    (record): MergeHistoryEntry => ({
      absorbedId: String(record.get('absorbedId')),
      survivorId: String(record.get('survivorId')),
      who: String(record.get('who')),
      when: String(record.get('when')),
      why: String(record.get('why')),
      score: record.get('score') == null ? null : Number(record.get('score')),
      onlyOfRemoved: record.get('onlyOfRemoved') === true,
    }),
  );
  const first = history.findIndex((entry) => entry.onlyOfRemoved);
  if (first < 0) return [];
  const rewound = history.slice(first);
  for (const entry of [...rewound].reverse()) {
    try {
      await splitNode(tx, entry.absorbedId, { rewind: true });
    } catch (error) {
      if (!(error instanceof NodeEditError)) throw error;
      throw new ImportRefusedError('WRITE_FAILED', [
        `${documentId}: the merge of "${entry.absorbedId}" into "${entry.survivorId}" (${entry.when}) cannot be undone for the removal: ${error.message}`,
      ]);
    }
  }
  return rewound;
}

/**
 * Makes again, in `tx` and in order, the rewound merges whose two nodes exist after the other
 * imports were written again; the absorbed ids of those that cannot be (a node gone with the
 * removed import), in order.
 * @throws ImportRefusedError WRITE_FAILED when a merge of two nodes still there is refused now.
 */
export async function replayMerges(
  tx: ManagedTransaction,
  rewound: readonly MergeHistoryEntry[],
): Promise<string[]> {
  const undone: string[] = [];
  for (const entry of rewound) {
    const found = await tx.run(
      'MATCH (n:Entity) WHERE n.id IN [$survivorId, $absorbedId] RETURN count(n) AS found',
      { survivorId: entry.survivorId, absorbedId: entry.absorbedId },
    );
    if (Number(found.records[0]?.get('found')) < 2) {
      undone.push(entry.absorbedId);
      continue;
    }
    const { who, when, why, score } = entry;
    try {
      await mergeNodes(tx, entry, { who, when, why, score });
    } catch (error) {
      if (!(error instanceof NodeEditError)) throw error;
      throw new ImportRefusedError('WRITE_FAILED', [
        `the merge of "${entry.absorbedId}" into "${entry.survivorId}" (${entry.when}) cannot be made again without the removed import: ${error.message}`,
      ]);
    }
  }
  return undone;
}
