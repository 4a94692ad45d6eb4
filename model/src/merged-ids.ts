/**
 * Following ids that a merge absorbed (docs/data-model.md, _Merged actors_). A merge deletes the
 * absorbed node and keeps a `:MergeRecord {absorbedId, survivorId}` whose `survivorId` is the node
 * the id names now (the latest survivor of a chain: a merge of the survivor moves the records that
 * led to it). The one rule, used by the importers (merges, splits), the API's queries that take
 * ids (server/src/cypher/resolve-ids.ts), `node(id:)` and review links.
 */
import type { CypherQuery } from './build-writes.ts';

/**
 * The Cypher expression of the node the id `id` (an expression: `$from`, a variable) was merged
 * into: its merge record's `survivorId`, or null when it was never absorbed or a node holds it
 * again.
 */
export function absorbedSurvivorExpr(id: string): string {
  return (
    `head(COLLECT { MATCH (rec:MergeRecord {absorbedId: ${id}}) ` +
    `WHERE NOT EXISTS { MATCH (:Entity {id: ${id}}) } RETURN rec.survivorId })`
  );
}

/** The survivor of each absorbed id of `ids` (columns `absorbedId`, `survivorId`; no row for others). */
export function buildResolveAbsorbed(ids: readonly string[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $ids AS id',
      `WITH id, ${absorbedSurvivorExpr('id')} AS survivorId`,
      'WHERE survivorId IS NOT NULL',
      'RETURN id AS absorbedId, survivorId',
    ].join('\n'),
    params: { ids: [...ids] },
  };
}
