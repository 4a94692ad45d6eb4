/**
 * How the explorer keeps large graphs usable, with thresholds measured by the client benchmark
 * (BENCHMARKS.md, test/bench/client):
 * - from LARGE_FROM_ELEMENTS elements (nodes and relationships) the graph is drawn by the renderer
 *   for large graphs: Cytoscape's WebGL renderer when a hardware GPU draws WebGL, otherwise the
 *   canvas renderer, which while the user pans or zooms draws the graph from its layered image
 *   caches (LARGE_CANVAS `layers`; a build may leave the relationships out instead, `hide-edges`,
 *   or draw one cached image, `texture`: both measured slower at 20,000 elements). Software WebGL
 *   (SwiftShader) was slower than the canvas at every size measured, so it is never chosen. Large
 *   graphs also get a simpler style (largeGraphStyle.ts);
 * - from WORKER_LAYOUT_FROM_NODES nodes whole-graph layouts run in a Web Worker, the nodes first
 *   placed at once in a cheap arrangement so the graph is drawn without waiting.
 * A build may move the threshold (VITE_LARGE_FROM_ELEMENTS), force the choice of WebGL
 * (VITE_WEBGL=always|never) or pick the canvas's way (VITE_LARGE_CANVAS), as the benchmark does to
 * compare renderers.
 */
import type { CytoscapeOptions } from 'cytoscape';
import type { GpuKind } from './gpu.ts';

const env = (import.meta.env ?? {}) as Record<string, string | undefined>;

/** Elements from which the renderer for large graphs draws. */
export const LARGE_FROM_ELEMENTS = Number(env.VITE_LARGE_FROM_ELEMENTS ?? 3_000);
/** When WebGL draws large graphs: with a hardware GPU (default), always, or never. */
export const WEBGL_POLICY = (env.VITE_WEBGL ?? 'hardware') as 'hardware' | 'always' | 'never';
/**
 * What the canvas renderer does for a large graph while the user pans or zooms: draw it from its
 * layered image caches (`layers`, Cytoscape's own way and the default), draw one cached image of
 * the whole graph (`texture`) or leave the relationships out (`hide-edges`: every node is then
 * drawn one by one, bypassing the layered caches).
 */
export const LARGE_CANVAS = (env.VITE_LARGE_CANVAS ?? 'layers') as
  'layers' | 'texture' | 'hide-edges';
/** Nodes from which a whole-graph layout runs in a worker instead of on the page. */
export const WORKER_LAYOUT_FROM_NODES = 300;

/** Which renderer draws the graph: plain canvas, canvas set up for large graphs (LARGE_CANVAS), or WebGL. */
export type RendererKind = 'canvas' | 'canvas-large' | 'webgl';

/**
 * The renderer for a graph of `elements` elements now drawn by `current`, in a browser whose
 * WebGL is drawn by `gpu`. Large from LARGE_FROM_ELEMENTS; small again only below half of it, so
 * a graph around the threshold does not switch back and forth.
 */
export function rendererFor(
  elements: number,
  current: RendererKind,
  gpu: GpuKind,
  policy = WEBGL_POLICY,
): RendererKind {
  const large =
    current === 'canvas' ? elements >= LARGE_FROM_ELEMENTS : elements >= LARGE_FROM_ELEMENTS / 2;
  if (!large) return 'canvas';
  const webgl =
    gpu !== 'none' && (policy === 'always' || (policy === 'hardware' && gpu === 'hardware'));
  return webgl ? 'webgl' : 'canvas-large';
}

/** Options of `cytoscape()` for `renderer` (WebGL: the canvas renderer in WebGL mode, Cytoscape 3.31+). */
export function rendererOptions(renderer: RendererKind): Partial<CytoscapeOptions> {
  switch (renderer) {
    case 'webgl':
      return { renderer: { name: 'canvas', webgl: true } } as unknown as Partial<CytoscapeOptions>;
    case 'canvas-large':
      return LARGE_CANVAS === 'texture'
        ? { textureOnViewport: true }
        : LARGE_CANVAS === 'hide-edges'
          ? { hideEdgesOnViewport: true }
          : {};
    default:
      return {};
  }
}

/** True when a whole-graph layout of `nodes` nodes should run in the worker. */
export function layoutInWorker(nodes: number): boolean {
  return nodes >= WORKER_LAYOUT_FROM_NODES;
}
