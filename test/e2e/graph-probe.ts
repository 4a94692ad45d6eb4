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
  await centreOnElement(page, `n:${id}`);
}

/** Pans the view so element `elementId` (`n:…` a node, `g:…` a group node) is in the middle of the canvas. */
export async function centreOnElement(page: Page, elementId: string): Promise<void> {
  await page.locator(CANVAS).evaluate((element, target) => {
    (element as unknown as { policygraphGraph?: Controller }).policygraphGraph?.centreOn(target);
  }, elementId);
}

/** Page coordinates of node `id` on the canvas (for clicking it). */
export async function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return elementPagePosition(page, `n:${id}`);
}

/** Page coordinates of element `elementId` (`n:…`, `g:…`) on the canvas. */
export async function elementPagePosition(
  page: Page,
  elementId: string,
): Promise<{ x: number; y: number }> {
  const rendered = await page.locator(CANVAS).evaluate((element, target) => {
    const graph = (element as unknown as { policygraphGraph?: Controller }).policygraphGraph;
    const at = graph?.renderedPosition(target);
    if (!at) throw new Error(`Node ${target} is not drawn.`);
    return at;
  }, elementId);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas is not visible.');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** Node ids of a drawn graph, sorted. */
export function nodeIds(graph: DrawnGraph): string[] {
  return graph.nodes.map((node) => node.id).sort();
}

/** How doubleClickNode may expand a node when the double-click does not reach the page as one. */
export interface DoubleClickOptions {
  /** ms to wait for the first double-click to grow the graph before trying again (default 8 s). */
  patience?: number;
  /**
   * Whether the last try may be the keyboard way the explorer offers for the same action (Enter on
   * the selected node, client/src/components/GraphView.tsx). False where the mouse gesture itself
   * is what a test checks (default true).
   */
  keyboard?: boolean;
}

/**
 * Double-clicks node `id` with the mouse (centred first, out from under the legend and the
 * notices) and waits until the graph draws at least `min` nodes with no layout running.
 *
 * Playwright sends each mouse event only once the page has handled the one before. A click on a
 * node not yet selected makes the page show its details, and on a loaded machine that can hold the
 * second click back past the explorer's double-click window (client/src/graph/cyInstance.ts), so
 * the two read as clicks. So the node is selected by a click first and the page left to settle;
 * the double-click then lands on a selected node. When nothing has grown after `patience` ms it
 * double-clicks once more, then (if `keyboard`) presses Enter on the selected node. Expanding a
 * node twice adds nothing the first expansion did not.
 */
export async function doubleClickNode(
  page: Page,
  id: string,
  min: number,
  { patience = 8_000, keyboard = true }: DoubleClickOptions = {},
): Promise<DrawnGraph> {
  const tries = keyboard ? ['dblclick', 'dblclick', 'Enter'] : ['dblclick', 'dblclick'];
  for (const [index, how] of tries.entries()) {
    const at = await selectElement(page, `n:${id}`);
    if (how === 'Enter') {
      await page.locator(CANVAS).focus();
      await page.keyboard.press('Enter');
    } else await page.mouse.dblclick(at.x, at.y);
    const last = index === tries.length - 1;
    try {
      return await waitForGraph(page, min, last ? 60_000 : patience);
    } catch (error) {
      if (last) throw error;
      // A slow answer is not a missed double-click: wait for it before trying again.
      await waitForRequests(page);
      if ((await drawnGraph(page)).nodes.length >= min) return waitForGraph(page, min);
    }
  }
  throw new Error('unreachable');
}

/** Whether element `elementId` (`n:…`, `g:…`) is the one selected element. */
async function soleSelection(page: Page, elementId: string): Promise<boolean> {
  const selected = (await drawnGraph(page)).nodes.filter((node) => node.selected);
  return selected.length === 1 && selected[0]!.id === elementId.slice(2);
}

/**
 * Makes element `elementId` (`n:…` a node, `g:…` a group node) the one selected element by
 * clicking it (centred again before each try: a view still easing after an expansion can move it
 * from under the pointer), then waits until no request is in flight and the double-click window
 * has passed, so that a double-click next lands on a selected element and reads as one. Returns
 * its page position. Throws after five clicks that did not select it, saying for each what was
 * under the pointer, what was selected after it and where the element was then.
 */
export async function selectElement(
  page: Page,
  elementId: string,
): Promise<{ x: number; y: number }> {
  const missed: string[] = [];
  for (let attempt = 1; !(await soleSelection(page, elementId)); attempt += 1) {
    if (attempt > 5)
      throw new Error(
        `${elementId} is still not selected after ${attempt - 1} clicks:\n${missed.join('\n')}`,
      );
    await centreOnElement(page, elementId);
    const at = await elementPagePosition(page, elementId);
    const under = await topElementAt(page, at);
    await page.mouse.click(at.x, at.y);
    if (!(await waitUntil(() => soleSelection(page, elementId), 5_000)))
      missed.push(
        `  click ${attempt} at (${Math.round(at.x)}, ${Math.round(at.y)}) on ${under}: ${await afterClick(page, elementId)}`,
      );
  }
  await waitForRequests(page);
  // Past the double-click window, so the double-click that follows is not read as this click's second.
  await page.waitForTimeout(600);
  await centreOnElement(page, elementId);
  return elementPagePosition(page, elementId);
}

/** The page's topmost element at page point `at`: its tag and classes, and the test id around it. */
async function topElementAt(page: Page, at: { x: number; y: number }): Promise<string> {
  return page.evaluate(({ x, y }) => {
    const found = (
      globalThis as unknown as {
        document: { elementFromPoint(x: number, y: number): Element | null };
      }
    ).document.elementFromPoint(x, y);
    if (!found) return 'nothing';
    const classes = [...found.classList].map((name) => `.${name}`).join('');
    const within = found.closest('[data-testid]')?.getAttribute('data-testid');
    return `${found.tagName.toLowerCase()}${classes}${within ? ` in ${within}` : ''}`;
  }, at);
}

/** After a click that did not select `elementId`: what is selected, where the element is now, the layout. */
async function afterClick(page: Page, elementId: string): Promise<string> {
  const selected = (await drawnGraph(page)).nodes.filter((node) => node.selected);
  const now = await elementPagePosition(page, elementId).catch(() => null);
  const layout = await page.locator(CANVAS).getAttribute('data-layout');
  return (
    `selected [${selected.map((node) => node.id).join(', ')}], now at ` +
    `${now ? `(${Math.round(now.x)}, ${Math.round(now.y)})` : 'nowhere'}, layout ${layout ?? 'unknown'}`
  );
}

/** Polls `check` every 100 ms until it is true or `timeout` ms have passed; returns its last answer. */
async function waitUntil(check: () => Promise<boolean>, timeout: number): Promise<boolean> {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
