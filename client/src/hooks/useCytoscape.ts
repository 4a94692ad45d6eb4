/**
 * The one owner of the Cytoscape instance. Creates it once (in an effect, on the container the
 * returned ref points at), destroys it on unmount, and keeps it in a ref. Element changes are
 * applied by diffing the given elements by id inside `cy.batch()`; a layout runs only when the set
 * of nodes changes: the whole graph when it was empty, otherwise only the new nodes around the
 * pinned existing ones. Event handlers are read from a ref, so passing new closures never
 * re-registers anything. Large graphs (graph/largeGraph.ts): past the size threshold the instance
 * is replaced by one with the renderer for large graphs (elements, positions and viewport kept),
 * and whole-graph layouts run in a Web Worker, the nodes first arranged at once so the graph is
 * drawn without waiting and the page never freezes.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { createCyInstance, type CyInstance, type CytoscapeEvents } from '../graph/cyInstance.ts';
import { diffElements, indexElements } from '../graph/diffElements.ts';
import type { GraphElement } from '../graph/elements.ts';
import { detectGpu } from '../graph/gpu.ts';
import { layoutInWorker, rendererFor, type RendererKind } from '../graph/largeGraph.ts';
import { styleFor } from '../graph/largeGraphStyle.ts';
import { registerLayouts, type LayoutName } from '../graph/layouts.ts';
import {
  placeAtOnce,
  runLayoutAround,
  runWholeLayout,
  startPositions,
} from '../graph/runLayouts.ts';
import { applyNeighbourHighlight } from '../graph/highlight.ts';
import { runLayoutInWorker } from '../graph/workerLayout.ts';

/** Callbacks from the graph; element ids are Cytoscape ids (`n:...`, `r:...`). */
export interface CytoscapeHandlers extends CytoscapeEvents {
  /** The first non-empty graph has been laid out and drawn. */
  onFirstRender?: () => void;
}

/** What the graph view passes in. */
export interface UseCytoscapeOptions {
  /** The elements to show (graph/elements.ts). */
  elements: readonly GraphElement[];
  stylesheet: StylesheetJson;
  /** Layout for full layouts. */
  layout: LayoutName;
  /** Increment to lay out the whole graph again with `layout`. */
  layoutRevision: number;
  /** Element ids that should be selected. */
  selection: readonly string[];
  handlers: CytoscapeHandlers;
}

/** What the hook gives back: the container ref to attach, and the instance ref (null before mount). */
export interface CytoscapeHandle {
  containerRef: RefObject<HTMLDivElement | null>;
  cyRef: RefObject<Core | null>;
}

/**
 * Name of the global through which scripts and the end-to-end tests reach the Cytoscape instance
 * (`window.__policygraphCy`), e.g. to read node positions. Read it; do not keep it: it is replaced
 * when the graph view mounts again.
 */
export const SCRIPTING_HANDLE = '__policygraphCy';

/** Name of the performance mark set when the first graph is drawn. */
export const FIRST_RENDER_MARK = 'policygraph:first-graph-rendered';

/** Owns a Cytoscape instance for the lifetime of the calling component; see the module comment. */
export function useCytoscape(options: UseCytoscapeOptions): CytoscapeHandle {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const cyRef = useRef<Core | null>(null);
  const instanceRef = useRef<CyInstance | null>(null);
  const handlersRef = useRef(options.handlers);
  handlersRef.current = options.handlers;
  const stylesheetRef = useRef(options.stylesheet);
  stylesheetRef.current = options.stylesheet;
  const appliedRef = useRef(new Map<string, GraphElement>());
  const layoutRef = useRef<{ stop(): unknown } | null>(null);
  const layoutNameRef = useRef(options.layout);
  layoutNameRef.current = options.layout;
  const firstRenderRef = useRef(false);

  /** Creates the instance drawn by `renderer`, taking over the elements and viewport of the current one. */
  function mount(renderer: RendererKind): Core {
    const previous = instanceRef.current;
    const elements = (previous
      ? previous.cy.elements().jsons()
      : []) as unknown as ElementDefinition[];
    const viewport = previous ? { zoom: previous.cy.zoom(), pan: { ...previous.cy.pan() } } : null;
    layoutRef.current?.stop();
    layoutRef.current = null;
    previous?.dispose();
    const next = createCyInstance(
      containerRef.current,
      stylesheetRef.current,
      renderer,
      () => handlersRef.current,
    );
    if (elements.length > 0) next.cy.add(elements);
    if (viewport) next.cy.viewport(viewport);
    instanceRef.current = next;
    cyRef.current = next.cy;
    if (containerRef.current) containerRef.current.dataset.renderer = renderer;
    (window as unknown as Record<string, unknown>)[SCRIPTING_HANDLE] = next.cy;
    return next.cy;
  }

  // Create once (canvas renderer), destroy on unmount.
  useEffect(() => {
    registerLayouts();
    mount('canvas');
    return () => {
      layoutRef.current?.stop();
      const instance = instanceRef.current;
      instance?.dispose();
      const scripting = window as unknown as Record<string, unknown>;
      if (instance && scripting[SCRIPTING_HANDLE] === instance.cy)
        delete scripting[SCRIPTING_HANDLE];
      instanceRef.current = null;
      cyRef.current = null;
      appliedRef.current = new Map();
    };
    // Created once: the stylesheet effect below applies stylesheet changes.
  }, []);

  useEffect(() => {
    const instance = instanceRef.current;
    instance?.cy.style(styleFor(options.stylesheet, instance.renderer));
  }, [options.stylesheet]);

  // Apply element changes by diffing; lay out only when nodes were added. A graph crossing the
  // size threshold first moves to an instance with the other renderer.
  useEffect(() => {
    const instance = instanceRef.current;
    if (!instance) return;
    const diff = diffElements(appliedRef.current, options.elements);
    appliedRef.current = indexElements(options.elements);
    if (diff.added.length === 0 && diff.removed.length === 0 && diff.changed.length === 0) return;
    const renderer = rendererFor(options.elements.length, instance.renderer, detectGpu());
    const cy = renderer === instance.renderer ? instance.cy : mount(renderer);
    const remaining = cy.nodes().length - diff.removedNodes.length;
    const incremental = remaining > 0 && diff.addedNodes.length > 0;
    cy.batch(() => {
      for (const id of diff.removed) cy.getElementById(id).remove();
      for (const element of diff.changed) {
        const ele = cy.getElementById(element.data.id);
        ele.data(element.data);
        ele.classes(element.classes);
      }
      const positions = incremental
        ? startPositions(cy, diff.addedNodes, options.elements)
        : new Map();
      cy.add(
        diff.added.map((element) => ({
          group: element.group,
          data: { ...element.data },
          classes: element.classes,
          ...(positions.has(element.data.id) ? { position: positions.get(element.data.id) } : {}),
        })),
      );
    });
    if (diff.addedNodes.length > 0) {
      if (incremental) runIncrementalLayout(cy, diff.addedNodes);
      else runFullLayout(cy, false, true);
    }
    applyNeighbourHighlight(cy);
  }, [options.elements]);

  // Full layout when the user picks another layout or asks for a fresh one.
  const firstLayoutEffect = useRef(true);
  useEffect(() => {
    if (firstLayoutEffect.current) {
      firstLayoutEffect.current = false;
      return;
    }
    const cy = cyRef.current;
    if (cy && cy.nodes().length > 0) runFullLayout(cy);
  }, [options.layout, options.layoutRevision]);

  // Selection from state (URL restore, search, the who-said-what list) into Cytoscape.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const wanted = new Set(options.selection);
    const current = cy.$(':selected');
    const currentIds = new Set<string>();
    current.forEach((ele) => {
      currentIds.add(ele.id());
    });
    const same = currentIds.size === wanted.size && [...currentIds].every((id) => wanted.has(id));
    if (same) return;
    cy.batch(() => {
      current.filter((ele) => !wanted.has(ele.id())).unselect();
      for (const id of wanted) cy.getElementById(id).select();
    });
  }, [options.selection, options.elements]);

  /**
   * Lays out the whole graph. A large one is laid out in the worker; when its nodes have no place
   * yet (`fresh`), they are first arranged at once so the graph is drawn without waiting.
   */
  function runFullLayout(cy: Core, animate = true, fresh = false): void {
    layoutRef.current?.stop();
    setLayoutState('running');
    if (layoutInWorker(cy.nodes().length)) {
      if (fresh) {
        placeAtOnce(cy);
        markFirstRender(cy);
      }
      layoutRef.current = runLayoutInWorker(cy, layoutNameRef.current, () => {
        setLayoutState('idle');
        markFirstRender(cy);
      });
      return;
    }
    layoutRef.current = runWholeLayout(
      cy,
      layoutNameRef.current,
      () => {
        setLayoutState('idle');
        markFirstRender(cy);
      },
      animate,
    );
  }

  function runIncrementalLayout(cy: Core, addedIds: string[]): void {
    layoutRef.current?.stop();
    setLayoutState('running');
    layoutRef.current = runLayoutAround(cy, addedIds, () => {
      setLayoutState('idle');
      markFirstRender(cy);
    });
  }

  /** Tells scripts and tests whether a layout is moving nodes (`data-layout` on the container). */
  function setLayoutState(value: 'running' | 'idle'): void {
    if (containerRef.current) containerRef.current.dataset.layout = value;
  }

  function markFirstRender(cy: Core): void {
    if (firstRenderRef.current || cy.nodes().length === 0) return;
    firstRenderRef.current = true;
    requestAnimationFrame(() => {
      performance.mark(FIRST_RENDER_MARK);
      handlersRef.current.onFirstRender?.();
    });
  }

  return { containerRef, cyRef };
}
