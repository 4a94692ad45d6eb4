/**
 * Node labels of a large graph, measured only where they can be read. Cytoscape measures every
 * label's text (canvas `measureText`, line by line after wrapping) when it first styles an element,
 * whether or not the label is ever drawn; for thousands of nodes with names in several scripts
 * that was most of the time from the data to the first drawing (BENCHMARKS.md, client). So in a
 * large graph a node has no label (largeGraphStyle.ts) until it carries the class LABEL_CLASS,
 * which this module gives the nodes in view once the zoom reaches LABEL_ZOOM (where 11 px text is
 * drawn at 9 px, as `min-zoomed-font-size` would show it), shortly after the view stops moving.
 * The class stays: panning back costs nothing, and zooming out hides the labels through
 * `min-zoomed-font-size`. A build keeps every label from the start with VITE_LAZY_LABELS=off, as
 * the client benchmark does to compare.
 */
import type { Core } from 'cytoscape';

const env = (import.meta.env ?? {}) as Record<string, string | undefined>;

/** Whether large graphs measure node labels only in view when zoomed in (`on`, the default). */
export const LAZY_LABELS = (env.VITE_LAZY_LABELS ?? 'on') as 'on' | 'off';

/** The class that gives a node of a large graph its label. */
export const LABEL_CLASS = 'show-label';

/** Zoom from which labels are given (font size 11 drawn at 9 px, the large style's minimum). */
export const LABEL_ZOOM = 9 / 11;

/** Milliseconds the view must rest before labels are given. */
const SETTLE_MS = 120;

/** Model px around the view within which nodes get labels too (a short pan shows them at once). */
const MARGIN = 200;

/** Gives LABEL_CLASS to the nodes of `cy` in view at LABEL_ZOOM or closer; returns the number given. */
export function labelNodesInView(cy: Core, zoom = LABEL_ZOOM): number {
  if (cy.zoom() < zoom) return 0;
  const { x1, x2, y1, y2 } = cy.extent();
  const shown = cy.nodes().filter((node) => {
    if (node.hasClass(LABEL_CLASS)) return false;
    const { x, y } = node.position();
    return x >= x1 - MARGIN && x <= x2 + MARGIN && y >= y1 - MARGIN && y <= y2 + MARGIN;
  });
  if (shown.nonempty()) shown.addClass(LABEL_CLASS);
  return shown.length;
}

/** Labels the nodes in view whenever the view of `cy` rests (see the module comment); returns how to stop. */
export function labelNodesWhenZoomed(cy: Core): () => void {
  let timer = 0;
  const schedule = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => labelNodesInView(cy), SETTLE_MS);
  };
  cy.on('viewport', schedule);
  cy.on('add', 'node', schedule);
  return () => {
    window.clearTimeout(timer);
    cy.off('viewport', schedule);
    cy.off('add', 'node', schedule);
  };
}
