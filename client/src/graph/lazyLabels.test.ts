import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { graphStylesheet } from './graphStyle.ts';
import { styleFor } from './largeGraphStyle.ts';
import { LABEL_CLASS, LABEL_ZOOM, labelNodesInView } from './lazyLabels.ts';

/** A headless graph of a row of nodes 100 model px apart, in the large-graph style. */
function row(count: number): cytoscape.Core {
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    layout: { name: 'preset' },
    style: styleFor(graphStylesheet(), 'canvas-large'),
    elements: Array.from({ length: count }, (_, i) => ({
      group: 'nodes' as const,
      data: { id: `n:${i}`, label: `Node ${i}`, kind: 'COMPANY' },
      position: { x: i * 100, y: 0 },
    })),
  });
  // A headless instance has no size; give it a 400 × 300 view.
  (cy as unknown as { width(): number; height(): number }).width = () => 400;
  (cy as unknown as { width(): number; height(): number }).height = () => 300;
  return cy;
}

describe('labels of a large graph', () => {
  it('has no node label until a node is given the label class, selected or on a path', () => {
    const cy = row(3);
    const [a, b, c] = cy.nodes().toArray();
    expect(a!.style('label')).toBe('');
    b!.addClass(LABEL_CLASS);
    c!.select();
    expect(b!.style('label')).toBe('Node 1');
    expect(c!.style('label')).toBe('Node 2');
    a!.addClass('on-path');
    expect(a!.style('label')).toBe('Node 0');
  });

  it('labels only the nodes in view, and none below the label zoom', () => {
    const cy = row(100);
    cy.viewport({ zoom: LABEL_ZOOM / 2, pan: { x: 0, y: 150 } });
    expect(labelNodesInView(cy)).toBe(0);
    cy.viewport({ zoom: 1, pan: { x: 0, y: 150 } });
    const given = labelNodesInView(cy);
    const labelled = cy.nodes(`.${LABEL_CLASS}`).map((node) => node.position().x);
    // The view spans model x 0 to 400; nodes up to 200 model px beyond it are labelled too.
    expect(given).toBe(7);
    expect(Math.max(...labelled)).toBe(600);
    expect(cy.getElementById('n:7').style('label')).toBe('');
    expect(labelNodesInView(cy)).toBe(0);
  });
});
