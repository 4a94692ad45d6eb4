/**
 * Node ids as they come in (query arguments, shared links, review links) resolved to the nodes
 * they name now. A merge (docs/data-model.md, _Merged actors_) deletes the absorbed node and keeps
 * a `:MergeRecord {absorbedId, survivorId}`; its `survivorId` always names the latest survivor of a
 * chain of merges (a merge of the survivor moves the records that led to it). So an id that no
 * `:Entity` holds but a merge record does stands for that record's survivor; any other id stands
 * for itself (an unknown id stays unknown, and a node that exists again under an absorbed id wins).
 *
 * The rule itself is `absorbedSurvivorExpr` of @policygraph/model (model/src/merged-ids.ts);
 * every builder that takes ids splices these expressions of it instead of `$ids`, and returns
 * `resolvedIdsOf(...)` so that the caller can say which ids it followed.
 */

import { absorbedSurvivorExpr as survivorOf } from '@policygraph/model';

/**
 * The Cypher expression of one id (`$from`, or null) as the graph knows it now: its survivor when
 * it was absorbed by a merge, else itself (null stays null).
 */
export function resolvedIdExpr(id: string): string {
  return `coalesce(${survivorOf(id)}, ${id})`;
}

/** The Cypher expression of a list of ids (`$ids`), each resolved as `resolvedIdExpr` does, in order. */
export function resolvedIdsExpr(ids: string): string {
  return `[asked IN ${ids} | coalesce(${survivorOf('asked')}, asked)]`;
}

/**
 * The Cypher expression of the ids of the lists `ids` (expressions such as `$ids` or `[$from, $to]`;
 * nulls ignored) that were absorbed: a list of `{asked, id}` maps (`id` the survivor), distinct,
 * ordered by `asked`. The GraphQL `resolvedIds` of an answer.
 */
export function resolvedIdsOf(...ids: string[]): string {
  const all = ids.length === 1 ? ids[0]! : ids.join(' + ');
  return (
    `COLLECT { UNWIND ${all} AS asked WITH DISTINCT asked WHERE asked IS NOT NULL ` +
    `WITH asked, ${survivorOf('asked')} AS id WHERE id IS NOT NULL ` +
    'RETURN {asked: asked, id: id} AS resolved ORDER BY resolved.asked }'
  );
}
