/**
 * Reads the explorer's graph from the page through its controller, which the graph canvas element
 * carries as its `policygraphGraph` property (client/src/graph/GraphController.ts): which nodes and
 * relationships are drawn, where, with which classes; and waits for layouts to settle.
 */
import type { Page } from 'playwright-core';

/** A box: model px, or screen px from the canvas's top left. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface DrawnNode {
  /** Server id (the `n:` prefix removed). */
  id: string;
  x: number;
  y: number;
  classes: string[];
  selected: boolean;
  /** The node's shape without its label, in model px. */
  box: Box;
  /** The same on screen, from the canvas's top left. */
  rendered: Box;
}

export interface DrawnGraph {
  nodes: DrawnNode[];
  /** Server ids of the drawn relationships, with their classes. */
  relationships: { id: string; classes: string[] }[];
}

/** The part of the controller the tests use (see GraphController). */
interface Controller {
  probe(): DrawnGraph;
  centreOn(elementId: string): void;
  renderedPosition(elementId: string): { x: number; y: number } | null;
}

const CANVAS = '[data-testid="graph-canvas"]';

/** What the graph draws now. */
export async function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.locator(CANVAS).evaluate((element) => {
    const graph = (element as unknown as { policygraphGraph?: Controller }).policygraphGraph;
    if (!graph) throw new Error('The explorer has no graph.');
    return graph.probe();
  });
}

/**
 * Waits up to `timeout` ms until the graph draws at least `min` nodes and no layout is running (a
 * first draw on a loaded machine can take half a minute).
 */
export async function waitForGraph(page: Page, min = 1, timeout = 60_000): Promise<DrawnGraph> {
  await page
    .waitForFunction(
      ([selector, count]) => {
        const element = (
          globalThis as unknown as {
            document: { querySelector(s: string): Element | null };
          }
        ).document.querySelector(selector);
        const graph = (element as unknown as { policygraphGraph?: Controller } | null)
          ?.policygraphGraph;
        return Boolean(
          graph &&
          graph.probe().nodes.length >= count &&
          element?.getAttribute('data-layout') === 'idle',
        );
      },
      [CANVAS, min] as const,
      { timeout },
    )
    .catch(async (error: unknown) => {
      const drawn = await drawnGraph(page).catch(() => null);
      const layout = await page
        .locator(CANVAS)
        .getAttribute('data-layout')
        .catch(() => null);
      throw new Error(
        `Waited ${timeout} ms for ${min} nodes with no layout running; the graph draws ` +
          `${drawn?.nodes.length ?? 'no'} nodes, layout ${layout ?? 'unknown'}.`,
        { cause: error },
      );
    });
  return drawnGraph(page);
}

/**
 * Waits up to `timeout` ms until no graph request of the explorer is in flight (its "Loading …" /
 * "Expanding …" status over the canvas, client/src/components/GraphNotices.tsx, is gone). On a
 * loaded machine one API answer has taken over 15 s, while what the page does with the answer
 * takes a moment: wait for the answer here, then poll for what it draws.
 */
export async function waitForRequests(page: Page, timeout = 60_000): Promise<void> {
  await page
    .locator('.graph-overlay-top [role="status"] .spinner')
    .waitFor({ state: 'detached', timeout });
}

/** Pans the view so node `id` is in the middle of the canvas (positions do not change). */
export async function centreOn(page: Page, id: string): Promise<void> {
  await page.locator(CANVAS).evaluate((element, elementId) => {
    (element as unknown as { policygraphGraph?: Controller }).policygraphGraph?.centreOn(elementId);
  }, `n:${id}`);
}

/** Page coordinates of node `id` on the canvas (for clicking it). */
export async function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.locator(CANVAS).evaluate((element, elementId) => {
    const graph = (element as unknown as { policygraphGraph?: Controller }).policygraphGraph;
    const at = graph?.renderedPosition(elementId);
    if (!at) throw new Error(`Node ${elementId} is not drawn.`);
    return at;
  }, `n:${id}`);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas is not visible.');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** Node ids of a drawn graph, sorted. */
export function nodeIds(graph: DrawnGraph): string[] {
  return graph.nodes.map((node) => node.id).sort();
}

/**
 * Double-clicks node `id` with the mouse (centred first, out from under the legend and the
 * notices) and waits until the graph draws at least `min` nodes with no layout running. A loaded
 * machine can deliver the two clicks further apart than the explorer's double-click window
 * (client/src/graph/cyInstance.ts), which reads as two clicks; when nothing has grown after
 * `patience` ms it double-clicks once more (expanding a node twice adds nothing the first did not).
 */
export async function doubleClickNode(
  page: Page,
  id: string,
  min: number,
  patience = 8_000,
): Promise<DrawnGraph> {
  for (let attempt = 1; ; attempt += 1) {
    await centreOn(page, id);
    const at = await nodePagePosition(page, id);
    await page.mouse.dblclick(at.x, at.y);
    try {
      return await waitForGraph(page, min, attempt === 1 ? patience : 60_000);
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}
