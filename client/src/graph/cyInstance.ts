/**
 * Creating the explorer's Cytoscape instance on its container with a given renderer, and wiring
 * its events to the handlers the graph view passes (read through a getter, so new closures never
 * re-register anything). Used by GraphController.ts, which replaces the instance when the graph
 * grows past the WebGL threshold (largeGraph.ts).
 */
import cytoscape, { type Core, type StylesheetJson } from 'cytoscape';
import { applyNeighbourHighlight } from './highlight.ts';
import { rendererOptions, type RendererKind } from './largeGraph.ts';
import { styleFor } from './largeGraphStyle.ts';
import { LAZY_LABELS, labelNodesWhenZoomed } from './lazyLabels.ts';
import { MAX_ZOOM } from './runLayouts.ts';

/** Callbacks from the graph; element ids are Cytoscape ids (`n:...`, `r:...`). */
export interface CytoscapeEvents {
  /** The selected elements changed through the user's clicks or box selection. */
  onSelectionChange?: (elementIds: string[]) => void;
  /** A node was double-clicked (or double-tapped). */
  onNodeDoubleClick?: (elementId: string) => void;
  /** Right click (or long press): on an element, or on the background (`elementId` null). */
  onContextMenu?: (target: { elementId: string | null; x: number; y: number }) => void;
}

/** A created instance and how to release what it registered. */
export interface CyInstance {
  cy: Core;
  renderer: RendererKind;
  dispose(): void;
}

/** The longest gap between the two clicks of a double-click, in ms. */
export const DOUBLE_CLICK_MS = 500;

/**
 * Creates an empty instance on `container` drawn by `renderer` (with the rules for large graphs
 * when it is one of the renderers for them), its events sent to `events()`.
 */
export function createCyInstance(
  container: HTMLElement | null,
  stylesheet: StylesheetJson,
  renderer: RendererKind,
  events: () => CytoscapeEvents,
): CyInstance {
  const cy = cytoscape({
    container,
    style: styleFor(stylesheet, renderer),
    elements: [],
    minZoom: 0.08,
    maxZoom: MAX_ZOOM,
    boxSelectionEnabled: true,
    selectionType: 'single',
    pixelRatio: 'auto',
    // Two clicks within this many ms are a double-click (Cytoscape's default is 250). 500 ms is the
    // usual desktop setting, and keeps a double-click one on a page busy drawing the first click's
    // selection.
    multiClickDebounceTime: DOUBLE_CLICK_MS,
    ...rendererOptions(renderer),
  });
  const lazy = renderer !== 'canvas' && LAZY_LABELS === 'on';
  const stopLabels = lazy ? labelNodesWhenZoomed(cy) : () => undefined;
  let selectionTimer = 0;
  const reportSelection = (): void => {
    window.clearTimeout(selectionTimer);
    selectionTimer = window.setTimeout(() => {
      applyNeighbourHighlight(cy);
      const selected: string[] = [];
      cy.$(':selected').forEach((ele) => {
        selected.push(ele.id());
      });
      events().onSelectionChange?.(selected);
    }, 0);
  };
  cy.on('select unselect', reportSelection);
  cy.on('dbltap', 'node', (event) => events().onNodeDoubleClick?.(event.target.id()));
  cy.on('cxttap', (event) => {
    const target = event.target === cy ? null : (event.target.id() as string);
    events().onContextMenu?.({
      elementId: target,
      x: event.renderedPosition.x,
      y: event.renderedPosition.y,
    });
  });
  return {
    cy,
    renderer,
    dispose: () => {
      window.clearTimeout(selectionTimer);
      stopLabels();
      cy.destroy();
    },
  };
}
