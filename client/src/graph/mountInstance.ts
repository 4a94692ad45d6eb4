/**
 * Creating the controller's Cytoscape instance (GraphController.ts) with a given renderer, taking
 * over the elements and viewport of the instance it replaces, which it disposes of.
 */
import type { ElementDefinition, StylesheetJson } from 'cytoscape';
import { createCyInstance, type CyInstance, type CytoscapeEvents } from './cyInstance.ts';
import type { RendererKind } from './largeGraph.ts';

/**
 * Creates the instance on `container` drawn by `renderer`; when `previous` is given, its elements
 * and viewport move to the new instance and it is disposed of. Sets `data-renderer` on the
 * container to the renderer's name (for scripts and tests).
 */
export function mountInstance(
  container: HTMLElement,
  previous: CyInstance | undefined,
  stylesheet: StylesheetJson,
  renderer: RendererKind,
  events: () => CytoscapeEvents,
): CyInstance {
  const elements = (previous
    ? previous.cy.elements().jsons()
    : []) as unknown as ElementDefinition[];
  const viewport = previous ? { zoom: previous.cy.zoom(), pan: { ...previous.cy.pan() } } : null;
  previous?.dispose();
  const next = createCyInstance(container, stylesheet, renderer, events);
  if (elements.length > 0) next.cy.add(elements);
  if (viewport) next.cy.viewport(viewport);
  container.dataset.renderer = renderer;
  return next;
}
