/**
 * The Web Worker that lays out large graphs off the page's main thread, so the explorer stays
 * responsive however long fCoSE, concentric or dagre take: it builds a headless Cytoscape instance
 * from a LayoutRequest (node sizes as data), runs the layout without animation, spreads out
 * positions packed tighter than the nodes' own area, and posts back the positions. Started by workerLayout.ts.
 */
import cytoscape from 'cytoscape';
import { headlessElements, type LayoutAnswer, type LayoutRequest } from './layoutInput.ts';
import { fullLayoutOptions, registerLayouts } from './layouts.ts';

registerLayouts();

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutAnswer): void;
};

/**
 * Scales positions about their centre so the nodes cover at least SPREAD times their own area, and
 * moves nodes sharing one spot apart: a draft fCoSE layout (spectral only) of thousands of nodes
 * comes out packed, many to a spot.
 */
const SPREAD = 3;
function spreadOut(cy: cytoscape.Core): void {
  const box = cy.nodes().boundingBox({});
  let area = 0;
  cy.nodes().forEach((node) => {
    area += node.width() * node.height();
  });
  const factor = Math.sqrt((SPREAD * area) / Math.max(1, box.w * box.h));
  const cx = (box.x1 + box.x2) / 2;
  const cyc = (box.y1 + box.y2) / 2;
  const scale = factor > 1 ? factor : 1;
  // Nodes a spectral layout put on the very same spot (alike neighbours) go on a small spiral.
  const taken = new Map<string, number>();
  cy.nodes().positions((node) => {
    const p = node.position();
    const spot = `${Math.round(p.x)},${Math.round(p.y)}`;
    const k = taken.get(spot) ?? 0;
    taken.set(spot, k + 1);
    const radius = Math.sqrt(k) * Math.max(node.width(), node.height());
    const angle = k * 2.399963;
    return {
      x: cx + (p.x - cx) * scale + radius * Math.cos(angle),
      y: cyc + (p.y - cyc) * scale + radius * Math.sin(angle),
    };
  });
}

scope.onmessage = (event) => {
  const request = event.data;
  const started = performance.now();
  try {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
      elements: headlessElements(request),
    });
    const options = {
      ...fullLayoutOptions(request.layout, request.nodes.length, false),
      // Sizes already include the labels; a headless instance cannot measure text.
      nodeDimensionsIncludeLabels: false,
      fit: false,
    };
    cy.layout(options).run();
    spreadOut(cy);
    const positions: LayoutAnswer['positions'] = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    cy.destroy();
    scope.postMessage({ requestId: request.requestId, positions, ms: performance.now() - started });
  } catch (error) {
    scope.postMessage({
      requestId: request.requestId,
      positions: {},
      ms: performance.now() - started,
      error: String(error),
    });
  }
};
