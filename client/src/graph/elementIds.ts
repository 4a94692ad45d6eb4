/**
 * Cytoscape element ids. Nodes and relationships live in one Cytoscape id space, and a relationship
 * id (`a|TYPE|b`) could in principle equal a node id, so every element id carries a prefix:
 * `n:` for nodes, `r:` for relationships, `g:` for group nodes (state/groups.ts) and `ge:` for the
 * line from a group to the node it was expanded from.
 */

export const NODE_PREFIX = 'n:';
export const RELATIONSHIP_PREFIX = 'r:';

/** Cytoscape id of the node with server id `id`. */
export function nodeElementId(id: string): string {
  return NODE_PREFIX + id;
}

/** Cytoscape id of the relationship with server id `id`. */
export function relationshipElementId(id: string): string {
  return RELATIONSHIP_PREFIX + id;
}

/** Which element a Cytoscape id names, or null when it carries neither prefix. */
export function parseElementId(
  elementId: string,
): { group: 'node' | 'relationship'; id: string } | null {
  if (elementId.startsWith(NODE_PREFIX))
    return { group: 'node', id: elementId.slice(NODE_PREFIX.length) };
  if (elementId.startsWith(RELATIONSHIP_PREFIX)) {
    return { group: 'relationship', id: elementId.slice(RELATIONSHIP_PREFIX.length) };
  }
  return null;
}

export const GROUP_PREFIX = 'g:';
export const GROUP_EDGE_PREFIX = 'ge:';

/** Cytoscape id of the group node of group `id`. */
export function groupElementId(id: string): string {
  return GROUP_PREFIX + id;
}

/** Cytoscape id of the line joining group `id` to its anchor. */
export function groupEdgeElementId(id: string): string {
  return GROUP_EDGE_PREFIX + id;
}

/** The group id a group node's Cytoscape id names, or null when it is no group node. */
export function parseGroupElementId(elementId: string): string | null {
  return elementId.startsWith(GROUP_PREFIX) ? elementId.slice(GROUP_PREFIX.length) : null;
}
