/**
 * Reading and moving the view of a Cytoscape instance without changing the graph: centring,
 * revealing a node, the node next to the selection in a direction, drawn and model positions, and
 * the PNG. Pure functions of the instance; GraphController.ts (the instance's one owner) calls them.
 */
import type { Core } from 'cytoscape';
import { nearestInDirection, type Direction } from './keyboardMove.ts';

/** Centres on the selection, or on everything when nothing is selected (animated, 250 ms). */
export function centreView(cy: Core): void {
  const selected = cy.$(':selected');
  cy.animate({
    center: { eles: selected.nonempty() ? selected : cy.elements() },
    duration: 250,
  });
}

/** Where node `elementId` is drawn, in px from the canvas's top left; null when not drawn. */
export function renderedPositionOf(cy: Core, elementId: string): { x: number; y: number } | null {
  const node = cy.getElementById(elementId);
  return node.nonempty() ? { ...node.renderedPosition() } : null;
}

/**
 * The element id of the node next to the selected one in `direction` (by drawn position), or of
 * the node nearest the middle of the view when no node is selected; null when there is none.
 */
export function nodeInDirection(cy: Core, direction: Direction): string | null {
  const nodes = cy.nodes();
  if (nodes.empty()) return null;
  const points = nodes.map((node) => ({ id: node.id(), ...node.position() }));
  const selected = cy.nodes(':selected');
  if (selected.empty()) {
    const extent = cy.extent();
    const middle = { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    return nearestInDirection(points, middle, null);
  }
  const from = selected.first();
  return nearestInDirection(points, { ...from.position() }, direction, from.id());
}

/**
 * Pans (easing, 200 ms) so node `elementId` is in view, when it is not (within 40 px of an edge
 * counts as out of view). Returns whether it pans.
 */
export function revealNode(cy: Core, elementId: string): boolean {
  const node = cy.getElementById(elementId);
  if (node.empty()) return false;
  const p = node.renderedPosition();
  const margin = 40;
  if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin) {
    cy.animate({ center: { eles: node }, duration: 200 });
    return true;
  }
  return false;
}

/** PNG of the whole graph at twice the screen resolution, on white. */
export function graphPng(cy: Core): Promise<Blob> {
  return cy.png({
    output: 'blob-promise',
    full: true,
    scale: 2,
    bg: '#ffffff',
    maxWidth: 8000,
    maxHeight: 8000,
  });
}

/** Current model positions of the nodes, by Cytoscape element id. */
export function nodePositions(cy: Core): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  cy.nodes().forEach((node) => {
    positions.set(node.id(), { ...node.position() });
  });
  return positions;
}
