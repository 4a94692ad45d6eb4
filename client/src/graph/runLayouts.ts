/**
 * Running layouts on a live Cytoscape instance: the whole graph (with a capped fit zoom), or only
 * newly added nodes around the pinned existing ones, which start on a ring around the node they
 * came from and end in free space (never on a shown node); a group of new nodes connected to
 * nothing shown is laid out apart beside the graph and the view fitted to it; the view fitted to a
 * large graph's first places (firstPlacement.ts) before anything is drawn. Fitting keeps clear of the overlays
 * (`insets`, the legend). Used by GraphController.ts.
 */
import type {
  CollectionReturnValue,
  Core,
  LayoutOptions,
  Layouts,
  NodeCollection,
  NodeSingular,
} from 'cytoscape';
import type { GraphElement } from './elements.ts';
import { NO_INSETS, fitViewport, separate, type Insets, type Point } from './freeSpace.ts';
import { fullLayoutOptions, incrementalLayoutOptions, type LayoutName } from './layouts.ts';
import { placeNewNodes } from './placement.ts';
import { boxAround } from './firstPlacement.ts';

export type { Insets } from './freeSpace.ts';

/** Room (px) kept around the graph when fitting. */
const FIT_PADDING = 40;
/** Half the extent (model px) of the largest node with its border, for fitPositions. */
const NODE_EXTENT = 21;
/** Gap (model px) between the graph and a group of new nodes connected to none of it. */
const GROUP_GAP = 160;

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
  insets: Insets = NO_INSETS,
): Layouts {
  const options = fullLayoutOptions(name, cy.nodes().length, animate);
  const layout = cy.layout({ ...options, fit: false } as LayoutOptions);
  layout.one('layoutstop', () => {
    fitView(cy, Boolean((options as { animate?: boolean }).animate), insets);
    onStop();
  });
  layout.run();
  return layout;
}

/**
 * Sets the view of `cy` to fit nodes at `positions` (model px, by element id), as fitView would once
 * they are placed, but from the positions alone: no bounding box, so no style is computed. Each node
 * is taken as NODE_EXTENT model px around its centre (the largest node with its border).
 */
export function fitPositions(
  cy: Core,
  positions: ReadonlyMap<string, Point>,
  insets: Insets = NO_INSETS,
): void {
  const box = boxAround(positions, NODE_EXTENT);
  if (!box) return;
  cy.viewport(
    fitViewport(
      box,
      { width: cy.width(), height: cy.height() },
      insets,
      FIT_PADDING,
      FIT_MAX_ZOOM,
      cy.minZoom(),
    ),
  );
}

/**
 * Lays out only the nodes `addedIds` (element ids), with the shown nodes they connect to pinned
 * where they are, then moves any new node that ended on a shown one to the nearest free spot;
 * refits the view when a new node ends up outside it.
 * @returns the running layout, or null when fCoSE refused the constraints (the start positions stay).
 */
export function runLayoutAround(
  cy: Core,
  addedIds: string[],
  onStop: () => void,
  insets: Insets = NO_INSETS,
): Layouts | null {
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
    settleInFreeSpace(cy, added);
    const extent = cy.extent();
    const outside = added.some((node) => {
      const p = (node as NodeSingular).position();
      return p.x < extent.x1 || p.x > extent.x2 || p.y < extent.y1 || p.y > extent.y2;
    });
    if (outside) fitView(cy, true, insets);
    onStop();
  });
  layout.run();
  return layout;
}

/**
 * Fits `eles` (the whole graph by default) into the part of the view `insets` leave free, with
 * 40 px padding, without zooming in past FIT_MAX_ZOOM.
 * @param animate ease into the new viewport instead of jumping.
 */
export function fitView(
  cy: Core,
  animate: boolean,
  insets: Insets = NO_INSETS,
  eles: CollectionReturnValue | NodeCollection = cy.elements(),
): void {
  if (eles.empty()) return;
  const to = fitViewport(
    eles.boundingBox({}),
    { width: cy.width(), height: cy.height() },
    insets,
    FIT_PADDING,
    FIT_MAX_ZOOM,
    cy.minZoom(),
  );
  if (animate) cy.animate({ zoom: to.zoom, pan: to.pan, duration: 250 });
  else cy.viewport(to);
}

/** Moves each node of `added` that lies on another node to the nearest free spot (no animation). */
function settleInFreeSpace(cy: Core, added: CollectionReturnValue): void {
  const moving = new Map<string, Point>();
  added.forEach((node) => {
    moving.set(node.id(), { ...(node as NodeSingular).position() });
  });
  const fixed = cy
    .nodes()
    .difference(added)
    .map((node) => ({ ...(node as NodeSingular).position() }));
  const settled = separate(moving, fixed);
  cy.batch(() => {
    for (const [id, spot] of settled) {
      const before = moving.get(id)!;
      if (spot.x !== before.x || spot.y !== before.y) cy.getElementById(id).position(spot);
    }
  });
}

/**
 * Lays out, apart from the graph, the new nodes of `addedIds` that are connected to no shown node
 * (a search result unrelated to what is shown): with `name`, to the right of the graph, and fits the
 * view to them.
 * @returns the element ids so placed (empty when every new node is connected to the graph).
 */
export function placeApart(
  cy: Core,
  addedIds: string[],
  name: LayoutName,
  insets: Insets = NO_INSETS,
): Set<string> {
  const wanted = new Set(addedIds);
  const added = cy.nodes().filter((node) => wanted.has(node.id()));
  const shown = cy.nodes().difference(added);
  if (shown.empty()) return new Set();
  let group = cy.collection();
  for (const component of added.union(added.edgesWith(added)).components()) {
    const outside = component.nodes().neighborhood('node').difference(added);
    if (outside.empty()) group = group.union(component);
  }
  if (group.nodes().empty()) return new Set();
  const box = shown.boundingBox({});
  const eles = group.union(group.nodes().edgesWith(group.nodes()));
  eles
    .layout({
      ...fullLayoutOptions(name, group.nodes().length, false),
      fit: false,
    } as LayoutOptions)
    .run();
  const placed = group.nodes().boundingBox({});
  group.nodes().shift({
    x: box.x2 + GROUP_GAP - placed.x1,
    y: (box.y1 + box.y2) / 2 - (placed.y1 + placed.y2) / 2,
  });
  fitView(cy, true, insets, group.nodes());
  return new Set(group.nodes().map((node) => node.id()));
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
  const ring = placeNewNodes(
    addedIds,
    (id) => adjacency.get(id) ?? [],
    (id) => {
      const node = cy.getElementById(id);
      return node.nonempty() && node.isNode() ? { ...node.position() } : null;
    },
    { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 },
  );
  return separate(
    ring,
    cy.nodes().map((node) => ({ ...node.position() })),
  );
}
