/**
 * The nodes a shared view names that the database no longer has: the link's node ids that the
 * `subgraph` query (which ignores unknown ids) did not return, and the sentence that says so.
 */

/**
 * The distinct ids of `asked` that are not among `returned` (node ids), in the order asked.
 * An empty list when every node came back.
 */
export function missingNodeIds(
  asked: readonly string[],
  returned: readonly { id: string }[],
): string[] {
  const found = new Set(returned.map((node) => node.id));
  return [...new Set(asked)].filter((id) => !found.has(id));
}

/** "2 nodes of this link are no longer in the graph" (singular for one); null for none. */
export function missingNodesNotice(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? '1 node of this link is no longer in the graph'
    : `${count.toLocaleString('en')} nodes of this link are no longer in the graph`;
}
