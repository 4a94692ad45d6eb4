/**
 * The one owner of the explorer's Cytoscape instance: a plain class created on the graph canvas
 * element and destroyed with it. It owns the renderer (replacing the instance by one with the
 * renderer for large graphs when the graph crosses the size threshold, elements, positions and
 * viewport kept), the layouts (the whole graph, or only new nodes around pinned existing ones), the
 * selection, and the view (fit, centre, PNG). Element changes are applied by diffing by id inside
 * `cy.batch()`. React reaches it through hooks/useGraphController.ts, whose effects only call it.
 *
 * Scripts and the end-to-end tests reach it through the canvas element: the element's
 * `policygraphGraph` property (GRAPH_PROPERTY) is this controller while it lives, the same in
 * development and production builds; `probe()` gives a plain snapshot of what is drawn.
 */
import type { Core, StylesheetJson } from 'cytoscape';

export type { GraphProbe } from './graphProbe.ts';
import type { CyInstance, CytoscapeEvents } from './cyInstance.ts';
import { diffElements, indexElements } from './diffElements.ts';
import type { GraphElement } from './elements.ts';
import { detectGpu } from './gpu.ts';
import {
  FIRST_DRAWN_MARK,
  FIRST_ELEMENTS_MEASURE,
  FIRST_RENDER_MARK,
  GRAPH_PROPERTY,
} from './graphMarks.ts';
import { applyNeighbourHighlight } from './highlight.ts';
import { layoutInWorker, rendererFor, type RendererKind } from './largeGraph.ts';
import { styleFor } from './largeGraphStyle.ts';
import { registerLayouts, type LayoutName } from './layouts.ts';
import { mountInstance } from './mountInstance.ts';
import { fitPositions, fitView, startPositions, type Insets } from './runLayouts.ts';
import { spiralPositions } from './firstPlacement.ts';
import { addFreshGraph } from './freshGraph.ts';
import { probeGraph, type GraphProbe } from './graphProbe.ts';
import type { Direction } from './keyboardMove.ts';
import {
  startAddedLayout,
  startWholeLayout,
  type LayoutContext,
  type RunningLayout,
} from './startLayouts.ts';
import {
  centreView,
  graphPng,
  nodeInDirection,
  nodePositions,
  renderedPositionOf,
  revealNode,
} from './viewMoves.ts';

/** What the controller tells the page; element ids are Cytoscape ids (`n:...`, `r:...`). */
export interface GraphControllerEvents extends CytoscapeEvents {
  /** The first non-empty graph has been laid out and drawn. */
  onFirstRender?: () => void;
  /** Room (px) overlays take at the canvas's edges (the legend), which fitting keeps free. */
  insets?: () => Insets;
}

/** See the module comment. */
export class GraphController {
  private instance: CyInstance;
  private applied = new Map<string, GraphElement>();
  private running: RunningLayout | null = null;
  private layoutName: LayoutName = 'fcose';
  private firstRendered = false;
  private firstDrawn = false;
  private stylesheet: StylesheetJson;

  /** Creates an empty graph on `container`; `events()` is read at each event, never kept. */
  constructor(
    private readonly container: HTMLElement,
    stylesheet: StylesheetJson,
    private readonly events: () => GraphControllerEvents,
  ) {
    registerLayouts();
    this.stylesheet = stylesheet;
    this.instance = this.mount('canvas');
    Object.defineProperty(container, GRAPH_PROPERTY, { value: this, configurable: true });
    // Asking what draws WebGL creates a WebGL context (0.1 to 0.2 s in software): done while the
    // page waits, so that a large graph's data does not wait for it.
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => detectGpu());
  }

  /** The live Cytoscape instance (replaced when the renderer changes: read it, do not keep it). */
  get cy(): Core {
    return this.instance.cy;
  }

  /** Which renderer draws now. */
  get renderer(): RendererKind {
    return this.instance.renderer;
  }

  /** Releases the instance and the layout, and detaches from the canvas element. */
  destroy(): void {
    this.running?.stop();
    this.instance.dispose();
    this.applied = new Map();
    delete (this.container as unknown as Record<string, unknown>)[GRAPH_PROPERTY];
  }

  setStylesheet(stylesheet: StylesheetJson): void {
    this.stylesheet = stylesheet;
    this.cy.style(styleFor(stylesheet, this.renderer));
  }

  /** The layout used by whole-graph layouts from now on (runs nothing). */
  setLayoutName(name: LayoutName): void {
    this.layoutName = name;
  }

  /**
   * Shows exactly `elements`: removes, updates and adds by id. Lays out only when nodes were added:
   * the whole graph when it was empty, otherwise the new nodes in free space around the pinned
   * existing ones, and a group connected to nothing shown apart beside the graph (the view fitted
   * to it).
   */
  setElements(elements: readonly GraphElement[]): void {
    const diff = diffElements(this.applied, elements);
    this.applied = indexElements(elements);
    if (diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) return;
    const started = this.firstDrawn ? 0 : performance.now();
    const renderer = rendererFor(elements.length, this.renderer, detectGpu());
    if (renderer !== this.renderer) this.instance = this.mount(renderer);
    const cy = this.cy;
    const remaining = cy.nodes().length - diff.removedNodes.length;
    const incremental = remaining > 0 && diff.addedNodes.length > 0;
    // A large graph shown afresh is drawn at once where its data puts it (firstPlacement.ts), its
    // layout computed in the worker after that first drawing.
    const preset =
      !incremental && diff.addedNodes.length > 0 && layoutInWorker(diff.addedNodes.length)
        ? spiralPositions(elements)
        : null;
    cy.batch(() => {
      for (const id of diff.removed) cy.getElementById(id).remove();
      for (const element of diff.changed) {
        const ele = cy.getElementById(element.data.id);
        ele.data(element.data);
        ele.classes(element.classes);
      }
      if (preset) return;
      const positions = incremental ? startPositions(cy, diff.addedNodes, elements) : new Map();
      cy.add(
        diff.added.map((element) => ({
          group: element.group,
          data: { ...element.data },
          classes: element.classes,
          ...(positions.has(element.data.id) ? { position: positions.get(element.data.id) } : {}),
        })),
      );
    });
    if (preset) {
      fitPositions(cy, preset, this.insets());
      addFreshGraph(cy, diff.added, preset);
    }
    if (diff.addedNodes.length > 0) {
      if (incremental) this.layoutAdded(diff.addedNodes);
      else this.layoutWhole(false, true);
    }
    applyNeighbourHighlight(cy);
    if (!this.firstDrawn && cy.nodes().length > 0) {
      this.firstDrawn = true;
      performance.measure(FIRST_ELEMENTS_MEASURE, { start: started });
      cy.one('render', () => performance.mark(FIRST_DRAWN_MARK));
    }
  }

  /** Selects exactly `elementIds` (URL restore, search, lists); no-op when already so. */
  setSelection(elementIds: readonly string[]): void {
    const cy = this.cy;
    const wanted = new Set(elementIds);
    const current = cy.$(':selected');
    const currentIds = new Set(current.map((ele) => ele.id()));
    if (currentIds.size === wanted.size && [...currentIds].every((id) => wanted.has(id))) return;
    cy.batch(() => {
      current.filter((ele) => !wanted.has(ele.id())).unselect();
      for (const id of wanted) cy.getElementById(id).select();
    });
  }

  /** Lays out the whole graph again with the current layout (animated). */
  relayout(): void {
    if (this.cy.nodes().length > 0) this.layoutWhole(true, false);
  }

  /** Fits the whole graph in the part of the view the overlays leave free. */
  fit(animate = true): void {
    fitView(this.cy, animate, this.insets());
  }

  /** Centres on the selection, or on everything when nothing is selected. */
  centre(): void {
    centreView(this.cy);
  }

  /** Pans so node `elementId` is in the middle (positions do not change). */
  centreOn(elementId: string): void {
    this.cy.center(this.cy.getElementById(elementId));
  }

  /** Where node `elementId` is drawn, in px from the canvas's top left; null when not drawn. */
  renderedPosition(elementId: string): { x: number; y: number } | null {
    return renderedPositionOf(this.cy, elementId);
  }

  /** The node next to the selected one in `direction`; see viewMoves.ts. */
  nodeInDirection(direction: Direction): string | null {
    return nodeInDirection(this.cy, direction);
  }

  /** Pans (easing) so node `elementId` is in view, when it is not. */
  reveal(elementId: string): void {
    revealNode(this.cy, elementId);
  }

  /** PNG of the whole graph at twice the screen resolution, on white. */
  png(): Promise<Blob> {
    return graphPng(this.cy);
  }

  /** Current model positions of the nodes, by Cytoscape element id. */
  positions(): Map<string, { x: number; y: number }> {
    return nodePositions(this.cy);
  }

  /** What is drawn now, as plain data (for tests and scripts). */
  probe(): GraphProbe {
    return probeGraph(this.cy);
  }

  /** Creates the instance drawn by `renderer`, taking over the elements and viewport of the current one. */
  private mount(renderer: RendererKind): CyInstance {
    this.running?.stop();
    this.running = null;
    const previous = this.instance as CyInstance | undefined;
    return mountInstance(this.container, previous, this.stylesheet, renderer, this.events);
  }

  /** Lays out the whole graph (startLayouts.ts). */
  private layoutWhole(animate: boolean, fresh: boolean): void {
    this.running?.stop();
    this.running = startWholeLayout(this.layoutContext(), animate, fresh);
  }

  /** Lays out the new nodes (startLayouts.ts). */
  private layoutAdded(addedIds: string[]): void {
    this.running?.stop();
    this.running = startAddedLayout(this.layoutContext(), addedIds);
  }

  private layoutContext(): LayoutContext {
    return {
      cy: this.cy,
      layoutName: () => this.layoutName,
      insets: () => this.insets(),
      setLayoutState: (value) => this.setLayoutState(value),
      markFirstRender: () => this.markFirstRender(),
    };
  }

  private insets(): Insets {
    return this.events().insets?.() ?? { top: 0, right: 0, bottom: 0, left: 0 };
  }

  /** Tells scripts and tests whether a layout is moving nodes (`data-layout` on the canvas element). */
  private setLayoutState(value: 'running' | 'idle'): void {
    this.container.dataset.layout = value;
  }

  private markFirstRender(): void {
    if (this.firstRendered || this.cy.nodes().length === 0) return;
    this.firstRendered = true;
    requestAnimationFrame(() => {
      performance.mark(FIRST_RENDER_MARK);
      this.events().onFirstRender?.();
    });
  }
}
