/**
 * JSON export of the shown subgraph: the explorer's own node and relationship shapes
 * (model/types.ts), with evidence, so the file can be read back or processed by scripts.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';

/** The exported document. */
export interface SubgraphExport {
  format: 'policygraph-subgraph';
  version: 1;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** Pretty-printed JSON of `nodes` and the `relationships` between them, sorted by id. */
export function toJsonExport(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
): string {
  const ids = new Set(nodes.map((node) => node.id));
  const document: SubgraphExport = {
    format: 'policygraph-subgraph',
    version: 1,
    nodes: [...nodes].sort((a, b) => a.id.localeCompare(b.id)),
    relationships: relationships
      .filter((rel) => ids.has(rel.source) && ids.has(rel.target))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
  return JSON.stringify(document, null, 2) + '\n';
}
