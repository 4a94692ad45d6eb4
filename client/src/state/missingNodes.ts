/**
 * What became of the nodes a shared view names: those the database no longer has (the link's
 * node ids that the `subgraph` query, which ignores unknown ids, did not return), and those merged
 * into another node since (the query's `resolvedIds`: it returns the node they were merged into),
 * and the sentences that say so.
 */
import type { ResolvedId } from '../model/types.ts';

/** What became of a link's nodes: ids no longer in the graph, ids merged into a node shown instead. */
export interface LinkNodes {
  missing: string[];
  merged: { asked: string; id: string; name: string }[];
}

/** No node of the link missing or merged. */
export const NO_LINK_NODES: LinkNodes = { missing: [], merged: [] };

/**
 * The distinct ids of `asked` that are not among `returned` (node ids), in the order asked. An id
 * `resolved` names as merged into a returned node is not missing. An empty list when every node
 * came back.
 */
export function missingNodeIds(
  asked: readonly string[],
  returned: readonly { id: string }[],
  resolved: readonly ResolvedId[] = [],
): string[] {
  const found = new Set(returned.map((node) => node.id));
  const merged = new Set(resolved.filter((pair) => found.has(pair.id)).map((pair) => pair.asked));
  return [...new Set(asked)].filter((id) => !found.has(id) && !merged.has(id));
}

/**
 * The distinct ids of `asked` that were merged into a node among `returned`, each with that node
 * (`id`, `name`), in the order asked.
 */
export function mergedNodes(
  asked: readonly string[],
  returned: readonly { id: string; name: string }[],
  resolved: readonly ResolvedId[],
): { asked: string; id: string; name: string }[] {
  const names = new Map(returned.map((node) => [node.id, node.name]));
  const into = new Map(resolved.map((pair) => [pair.asked, pair.id]));
  return [...new Set(asked)].flatMap((id) => {
    const survivor = into.get(id);
    const name = survivor === undefined ? undefined : names.get(survivor);
    return survivor !== undefined && name !== undefined ? [{ asked: id, id: survivor, name }] : [];
  });
}

/** "2 nodes of this link are no longer in the graph" (singular for one); null for none. */
export function missingNodesNotice(count: number): string | null {
  if (count <= 0) return null;
  return count === 1
    ? '1 node of this link is no longer in the graph'
    : `${count.toLocaleString('en')} nodes of this link are no longer in the graph`;
}

/**
 * `"dana-quill" was merged into Li Dan, shown instead` for one merged node, `3 nodes of this link
 * were merged into others (Li Dan, MOFCOM), shown instead` for more (at most 3 names); null for none.
 */
export function mergedNodesNotice(
  merged: readonly { asked: string; name: string }[],
): string | null {
  if (merged.length === 0) return null;
  if (merged.length === 1)
    return `“${merged[0]!.asked}” was merged into ${merged[0]!.name}, shown instead`;
  const names = [...new Set(merged.map((node) => node.name))];
  const shown = names.slice(0, 3).join(', ') + (names.length > 3 ? '…' : '');
  return `${merged.length.toLocaleString('en')} nodes of this link were merged into others (${shown}), shown instead`;
}
