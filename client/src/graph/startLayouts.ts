/**
 * Starting the controller's layouts (GraphController.ts): the whole graph (in the Web Worker when
 * it is large, after its first drawing when it is shown afresh), or only added nodes (unconnected
 * groups apart, the rest around the shown nodes they join). Each returns the running layout, to be
 * stopped when another starts, or null when nothing runs.
 */
import type { Core } from 'cytoscape';
import { layoutInWorker } from './largeGraph.ts';
import type { LayoutName } from './layouts.ts';
import { fitView, placeApart, runLayoutAround, runWholeLayout, type Insets } from './runLayouts.ts';
import { afterFirstDrawing, runLayoutInWorker } from './workerLayout.ts';

/** A layout under way. */
export interface RunningLayout {
  stop(): unknown;
}

/** What a layout needs from the controller; `insets` and `markFirstRender` are read when used. */
export interface LayoutContext {
  cy: Core;
  /** The layout chosen for whole-graph layouts (read when the layout starts). */
  layoutName: () => LayoutName;
  /** Room (px) the overlays take at the canvas's edges. */
  insets: () => Insets;
  /** Tells scripts and tests whether a layout is moving nodes. */
  setLayoutState: (value: 'running' | 'idle') => void;
  /** Marks the first graph as drawn (once; later calls do nothing). */
  markFirstRender: () => void;
}

/**
 * Lays out the whole graph. A large one is laid out in the worker; when it is shown for the first
 * time (`fresh`, its nodes placed by setElements from their data), only once it has been drawn.
 */
export function startWholeLayout(
  context: LayoutContext,
  animate: boolean,
  fresh: boolean,
): RunningLayout | null {
  const { cy, layoutName, insets, setLayoutState, markFirstRender } = context;
  setLayoutState('running');
  const done = (): void => {
    setLayoutState('idle');
    markFirstRender();
  };
  if (layoutInWorker(cy.nodes().length)) {
    const run = () =>
      runLayoutInWorker(cy, layoutName(), () => {
        fitView(cy, false, insets());
        done();
      });
    if (fresh) {
      // The nodes already have their first places (setElements): draw them before anything
      // asks Cytoscape for sizes, then lay out in the worker.
      markFirstRender();
      return afterFirstDrawing(cy, run);
    }
    return run();
  }
  return runWholeLayout(cy, layoutName(), done, animate, insets());
}

/** Lays out the new nodes: unconnected groups apart, the rest around the shown nodes they join. */
export function startAddedLayout(context: LayoutContext, addedIds: string[]): RunningLayout | null {
  const { cy, layoutName, insets, setLayoutState, markFirstRender } = context;
  setLayoutState('running');
  const done = (): void => {
    setLayoutState('idle');
    markFirstRender();
  };
  const apart = placeApart(cy, addedIds, layoutName(), insets());
  const connected = addedIds.filter((id) => !apart.has(id));
  if (connected.length === 0) {
    done();
    return null;
  }
  return runLayoutAround(cy, connected, done, insets());
}
