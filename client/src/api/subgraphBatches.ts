/**
 * How the explorer asks for the induced subgraph of more nodes than one `subgraph(ids:)` call
 * takes (a large shared view): the ids are split into chunks of half the maximum, and every pair
 * of chunks is asked for together, so every relationship between two wanted nodes comes back in
 * some request. The nodes themselves are asked for only until each chunk has come once; the other
 * pairs ask only for relationships. Pure.
 */

/** One `subgraph` call: its ids, and whether it asks for the nodes too. */
export interface SubgraphBatch {
  ids: string[];
  withNodes: boolean;
}

/**
 * The calls for the nodes `ids` (duplicates dropped, order kept) with at most `max` ids each:
 * one call when they fit, else k chunks of ⌈max / 2⌉ ids and k (k − 1) / 2 calls, one per pair.
 */
export function subgraphBatches(ids: string[], max: number): SubgraphBatch[] {
  const unique = [...new Set(ids)];
  if (unique.length <= max) return unique.length === 0 ? [] : [{ ids: unique, withNodes: true }];
  const size = Math.ceil(max / 2);
  const chunks: string[][] = [];
  for (let at = 0; at < unique.length; at += size) chunks.push(unique.slice(at, at + size));
  const pairs: [number, number][] = [];
  // Neighbouring pairs first, (0,1), (2,3), …, so the nodes of every chunk come early.
  for (let i = 0; i + 1 < chunks.length; i += 2) pairs.push([i, i + 1]);
  if (chunks.length % 2 === 1) pairs.push([chunks.length - 2, chunks.length - 1]);
  const asked = new Set(pairs.map(([i, j]) => `${i},${j}`));
  for (let i = 0; i < chunks.length; i += 1) {
    for (let j = i + 1; j < chunks.length; j += 1) if (!asked.has(`${i},${j}`)) pairs.push([i, j]);
  }
  const covered = new Set<number>();
  return pairs.map(([i, j]) => {
    const withNodes = !covered.has(i) || !covered.has(j);
    covered.add(i);
    covered.add(j);
    return { ids: [...chunks[i]!, ...chunks[j]!], withNodes };
  });
}
