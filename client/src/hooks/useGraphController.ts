/**
 * The graph controller (graph/GraphController.ts) for the lifetime of the calling component: created
 * on the element the returned ref points at, destroyed on unmount; each effect passes one input
 * (stylesheet, elements, layout, selection) to it. Event handlers are read from a ref, so passing
 * new closures never re-registers anything.
 */
import { useEffect, useRef, type RefObject } from 'react';
import type { StylesheetJson } from 'cytoscape';
import type { GraphElement } from '../graph/elements.ts';
import { GraphController, type GraphControllerEvents } from '../graph/GraphController.ts';
import type { LayoutName } from '../graph/layouts.ts';

/** What the graph view passes in. */
export interface UseGraphControllerOptions {
  /** Set to the controller while it lives (a ref of the caller's, e.g. for the toolbar). */
  controllerRef: RefObject<GraphController | null>;
  /** The elements to show (graph/elements.ts). */
  elements: readonly GraphElement[];
  stylesheet: StylesheetJson;
  /** Layout for whole-graph layouts. */
  layout: LayoutName;
  /** Increment to lay out the whole graph again with `layout`. */
  layoutRevision: number;
  /** Element ids that should be selected. */
  selection: readonly string[];
  handlers: GraphControllerEvents;
}

/** The container ref to attach. */
export interface GraphControllerHandle {
  containerRef: RefObject<HTMLDivElement | null>;
}

/** See the module comment. */
export function useGraphController(options: UseGraphControllerOptions): GraphControllerHandle {
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { controllerRef } = options;
  const handlersRef = useRef(options.handlers);
  // eslint-disable-next-line react-hooks/refs -- latest-value ref: callbacks created once read the current render's values
  handlersRef.current = options.handlers;
  const stylesheetRef = useRef(options.stylesheet);
  // eslint-disable-next-line react-hooks/refs -- latest-value ref: callbacks created once read the current render's values
  stylesheetRef.current = options.stylesheet;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const controller = new GraphController(
      container,
      stylesheetRef.current,
      () => handlersRef.current,
    );
    controllerRef.current = controller;
    return () => {
      controller.destroy();
      controllerRef.current = null;
    };
  }, [controllerRef]);

  useEffect(() => {
    controllerRef.current?.setStylesheet(options.stylesheet);
  }, [options.stylesheet, controllerRef]);

  useEffect(() => {
    controllerRef.current?.setLayoutName(options.layout);
  }, [options.layout, controllerRef]);

  useEffect(() => {
    controllerRef.current?.setElements(options.elements);
  }, [options.elements, controllerRef]);

  // A whole layout again when the user picks another layout or asks for one (not on mount).
  const layoutKey = `${options.layout}:${options.layoutRevision}`;
  const laidOut = useRef(layoutKey);
  useEffect(() => {
    if (laidOut.current === layoutKey) return;
    laidOut.current = layoutKey;
    controllerRef.current?.relayout();
  }, [layoutKey, controllerRef]);

  useEffect(() => {
    controllerRef.current?.setSelection(options.selection);
  }, [options.selection, options.elements, controllerRef]);

  return { containerRef };
}
