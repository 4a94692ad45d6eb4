import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { nodeInDirection, nodePositions, renderedPositionOf, revealNode } from './viewMoves.ts';

/** A headless graph: a centre node with one node to each side (model positions, zoom 1, no pan). */
function cross(): Core {
  return cytoscape({
    headless: true,
    styleEnabled: false,
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'n:centre' }, position: { x: 0, y: 0 } },
      { data: { id: 'n:east' }, position: { x: 100, y: 5 } },
      { data: { id: 'n:west' }, position: { x: -100, y: 0 } },
      { data: { id: 'n:south' }, position: { x: 0, y: 100 } },
    ],
  });
}

describe('nodeInDirection', () => {
  it('goes from the selected node to the node on that side', () => {
    const cy = cross();
    cy.getElementById('n:centre').select();
    expect(nodeInDirection(cy, 'right')).toBe('n:east');
    expect(nodeInDirection(cy, 'left')).toBe('n:west');
    expect(nodeInDirection(cy, 'down')).toBe('n:south');
    expect(nodeInDirection(cy, 'up')).toBeNull();
  });

  it('is null on an empty graph', () => {
    expect(nodeInDirection(cytoscape({ headless: true }), 'left')).toBeNull();
  });
});

describe('positions', () => {
  it('gives model positions by element id, and drawn positions after zoom and pan', () => {
    const cy = cross();
    expect(nodePositions(cy).get('n:east')).toEqual({ x: 100, y: 5 });
    expect(nodePositions(cy).size).toBe(4);
    cy.viewport({ zoom: 2, pan: { x: 10, y: 20 } });
    expect(renderedPositionOf(cy, 'n:east')).toEqual({ x: 210, y: 30 });
    expect(renderedPositionOf(cy, 'n:absent')).toBeNull();
  });
});

describe('revealNode', () => {
  it('does nothing for a node that is not drawn', () => {
    expect(revealNode(cross(), 'n:absent')).toBe(false);
  });
});
