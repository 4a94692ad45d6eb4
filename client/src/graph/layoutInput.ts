/**
 * What a layout computed off the page needs to know of the graph, as plain data that can be posted
 * to a Web Worker: node ids with the size they take on screen (labels included), relationships as
 * source and target, and the node positions a layout returns. Pure.
 */

/** A node of a layout request: id, width and height in model pixels. */
export interface LayoutNode {
  id: string;
  w: number;
  h: number;
}

/** A relationship of a layout request. */
export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

/** A request to lay out a whole graph with one of the explorer's layouts. */
export interface LayoutRequest {
  /** Increases with every request; an answer to an older one is dropped. */
  requestId: number;
  layout: 'fcose' | 'concentric' | 'layered';
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/** The answer: the position of each node, by id, in model coordinates. */
export interface LayoutAnswer {
  requestId: number;
  positions: Record<string, { x: number; y: number }>;
  /** Milliseconds the layout took in the worker. */
  ms: number;
  error?: string;
}

/** Cytoscape element definitions for a headless instance: sizes as data, read by its stylesheet. */
export function headlessElements(request: Pick<LayoutRequest, 'nodes' | 'edges'>) {
  const ids = new Set(request.nodes.map((node) => node.id));
  return [
    ...request.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { id: node.id, w: node.w, h: node.h },
    })),
    ...request.edges
      .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
      .map((edge) => ({
        group: 'edges' as const,
        data: { id: edge.id, source: edge.source, target: edge.target },
      })),
  ];
}
