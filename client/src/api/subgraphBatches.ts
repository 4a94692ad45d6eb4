/**
 * How the explorer asks for the induced subgraph of more nodes than one `subgraph(ids:)` call
 * takes (a large shared view): the ids are split into chunks of the maximum; each chunk is asked
 * for with `subgraph` (its nodes and the relationships inside it) and each pair of chunks with
 * `relationshipsBetween` (the relationships joining them), so every relationship between two
 * wanted nodes comes back exactly once. Pure.
 */

/** One call: `subgraph` of `ids`, or `relationshipsBetween` of `from` and `to`. */
export type SubgraphCall =
  { kind: 'subgraph'; ids: string[] } | { kind: 'between'; from: string[]; to: string[] };

/**
 * The calls for the nodes `ids` (duplicates dropped, order kept) with at most `max` ids in each
 * list: one `subgraph` call when they fit, else k chunks and k `subgraph` calls followed by
 * k (k − 1) / 2 `relationshipsBetween` calls.
 */
export function subgraphCalls(ids: string[], max: number): SubgraphCall[] {
  const unique = [...new Set(ids)];
  const chunks: string[][] = [];
  for (let at = 0; at < unique.length; at += max) chunks.push(unique.slice(at, at + max));
  const calls: SubgraphCall[] = chunks.map((chunk) => ({ kind: 'subgraph', ids: chunk }));
  for (let i = 0; i < chunks.length; i += 1) {
    for (let j = i + 1; j < chunks.length; j += 1)
      calls.push({ kind: 'between', from: chunks[i]!, to: chunks[j]! });
  }
  return calls;
}
