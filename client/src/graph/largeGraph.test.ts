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
import { LARGE_GRAPH_RULES, LARGE_STYLE, LAZY_LABEL_RULES, styleFor } from './largeGraphStyle.ts';
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
  it('is the full stylesheet plus straight, unlabelled relationships and readable-only node labels, for large renderers only', () => {
    const full = graphStylesheet();
    expect(LARGE_STYLE).toBe('simple');
    expect(styleFor(full, 'canvas')).toBe(full);
    const large = styleFor(full, 'canvas-large') as unknown[];
    expect(large.slice(0, (full as unknown[]).length)).toEqual(full);
    expect(large.slice((full as unknown[]).length)).toEqual([
      ...(LARGE_GRAPH_RULES as unknown[]),
      ...(LAZY_LABEL_RULES as unknown[]),
    ]);
    expect(
      styleFor(full, 'canvas-large', 'simple', 'off').slice((full as unknown[]).length),
    ).toEqual(LARGE_GRAPH_RULES);
    expect(styleFor(full, 'webgl')).toEqual(large);
    expect(styleFor(full, 'canvas-large', 'full')).toBe(full);
    const edge = (LARGE_GRAPH_RULES as { selector: string; style: Record<string, unknown> }[]).find(
      (rule) => rule.selector === 'edge',
    )!;
    expect(edge.style).toMatchObject({
      'curve-style': 'haystack',
      'target-arrow-shape': 'none',
      label: '',
    });
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
