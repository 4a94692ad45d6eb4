import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { headlessElements } from './layoutInput.ts';
import { classifyRenderer } from './gpu.ts';
import {
  LARGE_CANVAS,
  layoutInWorker,
  LARGE_FROM_ELEMENTS,
  rendererFor,
  rendererOptions,
  WORKER_LAYOUT_FROM_NODES,
} from './largeGraph.ts';
import { fcoseQuality, fullLayoutOptions } from './layouts.ts';
import { LARGE_GRAPH_RULES, LARGE_STYLE, labelledNodes, styleFor } from './largeGraphStyle.ts';
import { LABEL_CLASS } from './lazyLabels.ts';
import { graphStylesheet } from './graphStyle.ts';

describe('renderer choice', () => {
  it('switches to the large-graph renderer at the threshold and back only below half of it', () => {
    expect(rendererFor(LARGE_FROM_ELEMENTS - 1, 'canvas', 'software')).toBe('canvas');
    expect(rendererFor(LARGE_FROM_ELEMENTS, 'canvas', 'software')).toBe('canvas-large');
    expect(rendererFor(Math.ceil(LARGE_FROM_ELEMENTS / 2), 'canvas-large', 'software')).toBe(
      'canvas-large',
    );
    expect(rendererFor(Math.ceil(LARGE_FROM_ELEMENTS / 2) - 1, 'canvas-large', 'software')).toBe(
      'canvas',
    );
    expect(rendererFor(LARGE_FROM_ELEMENTS - 1, 'webgl', 'hardware')).toBe('webgl');
  });

  it('draws large graphs with WebGL only on a hardware GPU, unless the build says otherwise', () => {
    expect(rendererFor(LARGE_FROM_ELEMENTS, 'canvas', 'hardware', 'hardware')).toBe('webgl');
    expect(rendererFor(LARGE_FROM_ELEMENTS, 'canvas', 'software', 'hardware')).toBe('canvas-large');
    expect(rendererFor(LARGE_FROM_ELEMENTS, 'canvas', 'none', 'always')).toBe('canvas-large');
    expect(rendererFor(LARGE_FROM_ELEMENTS, 'canvas', 'software', 'always')).toBe('webgl');
    expect(rendererFor(LARGE_FROM_ELEMENTS, 'canvas', 'hardware', 'never')).toBe('canvas-large');
  });

  it('asks Cytoscape for its canvas renderer in WebGL mode, or for its plain canvas drawing from layered caches', () => {
    expect(LARGE_CANVAS).toBe('layers');
    expect(rendererOptions('webgl')).toEqual({ renderer: { name: 'canvas', webgl: true } });
    expect(rendererOptions('canvas-large')).toEqual({});
    expect(rendererOptions('canvas')).toEqual({});
  });

  it('tells software WebGL from a hardware GPU', () => {
    expect(
      classifyRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe('software');
    expect(classifyRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe('software');
    expect(
      classifyRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)'),
    ).toBe('hardware');
    expect(classifyRenderer(null)).toBe('none');
  });
});

describe('large-graph style', () => {
  /** A headless instance in `style` with a node, a second node on a path and a relationship. */
  function styled(style: ReturnType<typeof styleFor>) {
    return cytoscape({
      headless: true,
      styleEnabled: true,
      style,
      elements: [
        { group: 'nodes', data: { id: 'n:a', label: 'A', kind: 'COMPANY' } },
        { group: 'nodes', data: { id: 'n:b', label: 'B', kind: 'COMPANY' }, classes: 'on-path' },
        {
          group: 'edges',
          data: { id: 'r:1', source: 'n:a', target: 'n:b', type: 'SUPPLIES', label: 'supplies' },
        },
      ],
    });
  }

  it('is the full stylesheet for the plain canvas or when the build asks for it', () => {
    const full = graphStylesheet();
    expect(LARGE_STYLE).toBe('simple');
    expect(styleFor(full, 'canvas')).toBe(full);
    expect(styleFor(full, 'canvas-large', 'full')).toBe(full);
    expect(styleFor(full, 'webgl')).toEqual(styleFor(full, 'canvas-large'));
  });

  it('draws straight, unlabelled relationships and labels only labelled nodes, without transitions', () => {
    const cy = styled(styleFor(graphStylesheet(), 'canvas-large'));
    const [a, b] = cy.nodes().toArray();
    const edge = cy.edges().first();
    expect(edge.style('curve-style')).toBe('haystack');
    expect(edge.style('target-arrow-shape')).toBe('none');
    expect(edge.style('label')).toBe('');
    expect(a!.style('label')).toBe('');
    expect(a!.style('transition-property')).toBe('none');
    // The node on the path and a node given the label class carry the explorer's label style.
    for (const node of [b!, a!.addClass(LABEL_CLASS)]) {
      expect(node.style('label')).toBe(node.data('label'));
      expect(node.style('font-size')).toBe('11px');
      expect(node.style('text-valign')).toBe('bottom');
      expect(node.style('min-zoomed-font-size')).toBe('9px');
    }
    edge.addClass('on-path');
    expect(edge.style('label')).toBe('supplies');
    expect(edge.style('min-zoomed-font-size')).toBe('0px');
    // Node kinds keep their shapes and colours.
    expect(a!.style('shape')).toBe('barrel');
  });

  it('moves label properties off the node and edge rules, so unlabelled elements get fewer', () => {
    const large = styleFor(graphStylesheet(), 'canvas-large') as unknown as {
      selector: string;
      style: Record<string, unknown>;
    }[];
    const node = large.find((rule) => rule.selector === 'node')!;
    expect(Object.keys(node.style).filter((name) => /^(label|font-|text-)/.test(name))).toEqual([]);
    expect(large.find((rule) => rule.selector === labelledNodes())!.style).toMatchObject({
      label: 'data(label)',
      'font-size': 11,
    });
    expect(labelledNodes('off')).toBe('node');
    const cy = styled(styleFor(graphStylesheet(), 'canvas-large', 'simple', 'off'));
    expect(cy.getElementById('n:a').style('label')).toBe('A');
    expect(LARGE_GRAPH_RULES).toHaveLength(1);
  });
});

describe('large layouts', () => {
  it('run in the worker from the node threshold on', () => {
    expect(layoutInWorker(WORKER_LAYOUT_FROM_NODES - 1)).toBe(false);
    expect(layoutInWorker(WORKER_LAYOUT_FROM_NODES)).toBe(true);
  });

  it('lower fCoSE quality as the graph grows', () => {
    expect([10, 299, 300, 999, 1_000, 50_000].map(fcoseQuality)).toEqual([
      'proof',
      'proof',
      'default',
      'default',
      'draft',
      'draft',
    ]);
    expect(fullLayoutOptions('fcose', 5_000, false)).toMatchObject({
      name: 'fcose',
      quality: 'draft',
      animate: false,
    });
  });

  it('send the worker node sizes and only relationships whose ends are both sent', () => {
    const elements = headlessElements({
      nodes: [
        { id: 'n:a', w: 30, h: 44 },
        { id: 'n:b', w: 28, h: 40 },
      ],
      edges: [
        { id: 'r:1', source: 'n:a', target: 'n:b' },
        { id: 'r:2', source: 'n:a', target: 'n:gone' },
      ],
    });
    expect(elements).toEqual([
      { group: 'nodes', data: { id: 'n:a', w: 30, h: 44 } },
      { group: 'nodes', data: { id: 'n:b', w: 28, h: 40 } },
      { group: 'edges', data: { id: 'r:1', source: 'n:a', target: 'n:b' } },
    ]);
  });
});
