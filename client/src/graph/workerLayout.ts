/**
 * Whole-graph layouts of large graphs in a Web Worker (layoutWorker.ts): the page sends the node
 * sizes and relationships, keeps drawing and answering the user while the worker computes, then
 * moves every node to its position at once and fits the view. One worker per explorer, created on
 * first use; a newer request makes the answer to an older one be ignored.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { LayoutAnswer, LayoutRequest } from './layoutInput.ts';
import type { LayoutName } from './layoutNames.ts';
import { FIT_MAX_ZOOM, MAX_ZOOM } from './runLayouts.ts';

/** Performance mark set when the worker's answer is applied; its `detail.ms` is the worker's own time. */
export const WORKER_LAYOUT_MARK = 'policygraph:worker-layout-done';

/** A layout running in the worker; `stop()` drops its answer. */
export interface WorkerLayoutHandle {
  stop(): void;
}

let worker: Worker | null = null;
let lastRequest = 0;
const waiting = new Map<number, (answer: LayoutAnswer) => void>();

function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<LayoutAnswer>) => {
      const resolve = waiting.get(event.data.requestId);
      waiting.delete(event.data.requestId);
      resolve?.(event.data);
    };
  }
  return worker;
}

/** The request for `cy`'s whole graph: each node's rendered size with its label, every relationship. */
function requestFor(cy: Core, layout: LayoutName): LayoutRequest {
  lastRequest += 1;
  return {
    requestId: lastRequest,
    layout,
    nodes: cy.nodes().map((node: NodeSingular) => {
      const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
      return { id: node.id(), w: Math.max(1, box.w), h: Math.max(1, box.h) };
    }),
    edges: cy
      .edges()
      .map((edge) => ({ id: edge.id(), source: edge.source().id(), target: edge.target().id() })),
  };
}

/**
 * Lays out every node of `cy` with `name` in the worker, then places them and fits the view;
 * `onStop` runs after (also when the worker failed: the nodes then stay where they are).
 */
export function runLayoutInWorker(
  cy: Core,
  name: LayoutName,
  onStop: (ms: number) => void,
): WorkerLayoutHandle {
  const request = requestFor(cy, name);
  let stopped = false;
  waiting.set(request.requestId, (answer) => {
    if (stopped || cy.destroyed()) return;
    if (!answer.error) {
      cy.batch(() => {
        cy.nodes().forEach((node) => {
          const position = answer.positions[node.id()];
          if (position) node.position(position);
        });
      });
      cy.maxZoom(FIT_MAX_ZOOM);
      cy.fit(cy.elements(), 40);
      cy.maxZoom(MAX_ZOOM);
    }
    performance.mark(WORKER_LAYOUT_MARK, {
      detail: { ms: Math.round(answer.ms), nodes: request.nodes.length },
    });
    onStop(answer.ms);
  });
  layoutWorker().postMessage(request);
  return {
    stop: () => {
      stopped = true;
      waiting.delete(request.requestId);
    },
  };
}

/** Milliseconds after which afterFirstDrawing starts anyway (a canvas that is not drawn, e.g. hidden). */
const FIRST_DRAWING_WAIT_MS = 1_000;

/**
 * Runs `start` (a worker layout) once `cy` has drawn its next frame, so that the first drawing of a
 * large graph does not wait for the node sizes the worker's request reads; at the latest after
 * FIRST_DRAWING_WAIT_MS. Stopping before it started cancels it.
 */
export function afterFirstDrawing(cy: Core, start: () => WorkerLayoutHandle): WorkerLayoutHandle {
  let running: WorkerLayoutHandle | null = null;
  let stopped = false;
  const begin = (): void => {
    window.clearTimeout(timer);
    if (stopped || running || cy.destroyed()) return;
    cy.off('render', drawn);
    running = start();
  };
  // Started from a task of its own, after the frame (and the other `render` listeners) are done.
  const drawn = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(begin, 0);
  };
  let timer = window.setTimeout(begin, FIRST_DRAWING_WAIT_MS);
  cy.one('render', drawn);
  return {
    stop: () => {
      stopped = true;
      window.clearTimeout(timer);
      if (!cy.destroyed()) cy.off('render', drawn);
      running?.stop();
    },
  };
}
