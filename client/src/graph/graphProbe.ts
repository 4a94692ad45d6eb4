/**
 * A plain snapshot of what a Cytoscape instance draws, for scripts and the end-to-end tests
 * (GraphController.probe, reached through the canvas element's `policygraphGraph` property).
 */
import type { Core } from 'cytoscape';
import type { Box } from './freeSpace.ts';

/** The drawn graph: server ids (prefix removed), model positions, classes, selection. */
export interface GraphProbe {
  /** `box`: the node's shape (no label) in model px; `rendered`: the same on screen, from the canvas's top left. */
  nodes: {
    id: string;
    x: number;
    y: number;
    classes: string[];
    selected: boolean;
    box: Box;
    rendered: Box;
  }[];
  relationships: { id: string; classes: string[] }[];
}

/** See GraphProbe. */
export function probeGraph(cy: Core): GraphProbe {
  return {
    nodes: cy.nodes().map((node) => ({
      id: node.id().slice(2),
      x: node.position().x,
      y: node.position().y,
      classes: node.classes(),
      selected: node.selected(),
      box: corners(node.boundingBox({ includeLabels: false })),
      rendered: corners(node.renderedBoundingBox({ includeLabels: false })),
    })),
    relationships: cy.edges().map((edge) => ({ id: edge.id().slice(2), classes: edge.classes() })),
  };
}

function corners(box: { x1: number; y1: number; x2: number; y2: number }): Box {
  return { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
}
