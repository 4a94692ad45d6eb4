/**
 * Running layouts on a live Cytoscape instance: the whole graph (with a capped fit zoom), or only
 * newly added nodes around the pinned existing ones, which start on a ring around the node they
 * came from; a cheap arrangement drawn at once while a large graph's layout runs in a worker. Also
 * fitting the view. Used by GraphController.ts.
 */
import type { Core, LayoutOptions, Layouts, NodeSingular } from 'cytoscape';
import type { GraphElement } from './elements.ts';
import { fullLayoutOptions, incrementalLayoutOptions, type LayoutName } from './layouts.ts';
import { placeNewNodes } from './placement.ts';

/** Highest zoom the user may reach. */
export const MAX_ZOOM = 4;
/** Highest zoom fitting the graph may reach, so a handful of nodes are not drawn huge. */
export const FIT_MAX_ZOOM = 1.2;

/**
 * Lays out every node with `name`, fitting the view at the end; `onStop` runs when it is done.
 * @param animate move nodes smoothly (off for a graph drawn for the first time).
 * @returns the running layout (stop it to cancel).
 */
export function runWholeLayout(
  cy: Core,
  name: LayoutName,
  onStop: () => void,
  animate = true,
): Layouts {
  // Fitting a small graph would zoom far in; cap the zoom a fit may reach.
  cy.maxZoom(FIT_MAX_ZOOM);
  const layout = cy.layout({ ...fullLayoutOptions(name, cy.nodes().length, animate) });
  layout.one('layoutstop', () => {
    cy.maxZoom(MAX_ZOOM);
    onStop();
  });
  layout.run();
  return layout;
}

/**
 * Places every node at once on concentric rings by degree (the best-connected in the middle) and
 * fits the view: a cheap first arrangement of a large graph, drawn while its real layout runs in
 * the worker (workerLayout.ts). Linear in the nodes; no animation.
 */
export function placeAtOnce(cy: Core): void {
  cy.maxZoom(FIT_MAX_ZOOM);
  cy.layout({
    name: 'concentric',
    concentric: (node: NodeSingular) => node.degree(false),
    levelWidth: () => 1,
    minNodeSpacing: 8,
    avoidOverlap: false,
    animate: false,
    fit: true,
    padding: 40,
  } as LayoutOptions).run();
  cy.maxZoom(MAX_ZOOM);
}

/**
 * Lays out only the nodes `addedIds` (element ids), with the shown nodes they connect to pinned
 * where they are; refits the view when a new node ends up outside it.
 * @returns the running layout, or null when fCoSE refused the constraints (the start positions stay).
 */
export function runLayoutAround(cy: Core, addedIds: string[], onStop: () => void): Layouts | null {
  const wanted = new Set(addedIds);
  const added = cy.nodes().filter((node) => wanted.has(node.id()));
  const neighbours = added.neighborhood('node').difference(added);
  const eles = added.union(neighbours).union(added.connectedEdges());
  const fixed = neighbours.map((node: NodeSingular) => ({
    nodeId: node.id(),
    position: { ...node.position() },
  }));
  let layout: Layouts;
  try {
    layout = eles.layout(incrementalLayoutOptions(fixed));
  } catch {
    onStop();
    return null;
  }
  layout.one('layoutstop', () => {
    const extent = cy.extent();
    const outside = added.some((node) => {
      const p = (node as NodeSingular).position();
      return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
    });
    if (outside) fitView(cy, true);
    onStop();
  });
  layout.run();
  return layout;
}

/**
 * Fits the whole graph in the view (40 px padding) without zooming in past FIT_MAX_ZOOM.
 * @param animate ease into the new viewport instead of jumping.
 */
export function fitView(cy: Core, animate: boolean): void {
  const eles = cy.elements();
  if (eles.empty()) return;
  const maxZoom = cy.maxZoom();
  cy.maxZoom(FIT_MAX_ZOOM);
  if (!animate) {
    cy.fit(eles, 40);
    cy.maxZoom(maxZoom);
    return;
  }
  // Work out the target viewport (fit respects maxZoom), then animate to it from where we are.
  const from = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.fit(eles, 40);
  const to = { zoom: cy.zoom(), pan: { ...cy.pan() } };
  cy.maxZoom(maxZoom);
  cy.viewport(from);
  cy.animate({ zoom: to.zoom, pan: to.pan, duration: 250 });
}

/** Start positions of new nodes: around the shown nodes they connect to (graph/placement.ts). */
export function startPositions(
  cy: Core,
  addedIds: string[],
  elements: readonly GraphElement[],
): Map<string, { x: number; y: number }> {
  const adjacency = new Map<string, string[]>();
  const link = (a: string, b: string): void => {
    const list = adjacency.get(a);
    if (list) list.push(b);
    else adjacency.set(a, [b]);
  };
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    link(String(element.data.source), String(element.data.target));
    link(String(element.data.target), String(element.data.source));
  }
  const extent = cy.extent();
  return placeNewNodes(
    addedIds,
    (id) => adjacency.get(id) ?? [],
    (id) => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : null;
    },
    { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 },
  );
}
