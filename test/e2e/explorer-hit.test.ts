/**
 * The explorer end to end, clicking nodes: a click inside a node's shape selects it, for every
 * shape the stylesheet gives a node, at its centre and on its vertical centre line. Cytoscape tests
 * a click against a plain polygon by counting where a vertical line through the click crosses the
 * outline, and counts a vertex straight below the click twice: a plain diamond (once the measures'
 * shape) missed every click on its vertical centre line, so a measure centred in the view often
 * could not be clicked at its middle.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSession, linkView, searchAndChoose } from './explorer-session.ts';
import { drawnGraph, waitForGraph } from './graph-probe.ts';

const session = explorerSession();
const { openPage, searchHit, neighbourhoodIds, pageErrors } = session;

const CANVAS = '[data-testid="graph-canvas"]';

/** The part of Cytoscape's Core the test uses, reached through the controller's `cy`. */
interface Cy {
  style(): { json(): { selector: string; style: Record<string, unknown> }[] };
  getElementById(id: string): {
    style(name: string, value: string): void;
    position(at: { x: number; y: number }): void;
    height(): number;
  };
  nodes(): { boundingBox(): { x2: number } };
  zoom(level: number): void;
  pan(to: { x: number; y: number }): void;
  width(): number;
  height(): number;
}

/** Every node shape the explorer's stylesheet sets (one per node kind, and the group card's). */
async function stylesheetShapes(page: Page): Promise<string[]> {
  return page.locator(CANVAS).evaluate((element) => {
    const cy = (element as unknown as { policygraphGraph: { cy: Cy } }).policygraphGraph.cy;
    const shapes = cy
      .style()
      .json()
      .filter((rule) => rule.selector.startsWith('node') && typeof rule.style.shape === 'string')
      .map((rule) => rule.style.shape as string);
    return [...new Set(shapes)].sort();
  });
}

/**
 * Gives node `elementId` shape `shape`, puts it right of every other node at a whole-pixel model
 * position and shows it at zoom 1 in the middle of the canvas, so that a click on a whole pixel
 * lands exactly on its centre lines. Returns its centre on the page and its height (model px).
 */
async function showAlone(
  page: Page,
  elementId: string,
  shape: string,
): Promise<{ x: number; y: number; height: number }> {
  const drawn = await page.locator(CANVAS).evaluate(
    (element, { id, shape }) => {
      const cy = (element as unknown as { policygraphGraph: { cy: Cy } }).policygraphGraph.cy;
      const node = cy.getElementById(id);
      node.style('shape', shape);
      const x = Math.round(cy.nodes().boundingBox().x2) + 400;
      node.position({ x, y: 0 });
      const middle = { x: Math.round(cy.width() / 2), y: Math.round(cy.height() / 2) };
      cy.zoom(1);
      cy.pan({ x: middle.x - x, y: middle.y });
      return { ...middle, height: node.height() };
    },
    { id: elementId, shape },
  );
  const box = (await page.locator(CANVAS).boundingBox())!;
  return { x: box.x + drawn.x, y: box.y + drawn.y, height: drawn.height };
}

/**
 * The selected nodes' server ids as the canvas draws them and as the explorer's state holds them
 * (its address carries the selection): one list when both agree, else both.
 */
async function selected(page: Page): Promise<string> {
  const drawn = (await drawnGraph(page)).nodes
    .filter((node) => node.selected)
    .map((node) => node.id);
  const held = linkView(page.url()).selection.map((id) => id.slice(2));
  return drawn.join() === held.join()
    ? `[${drawn.join(', ')}]`
    : `drawn [${drawn.join(', ')}], held [${held.join(', ')}]`;
}

/** Polls every 100 ms for up to `timeout` ms until exactly `want` is selected; returns the last selection(). */
async function waitForSelection(page: Page, want: string[], timeout = 5_000): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const now = await selected(page);
    if (now === `[${want.join(', ')}]` || Date.now() > end) return now;
    await page.waitForTimeout(100);
  }
}

describe('explorer: clicking a node', () => {
  it('selects it at its centre and on its vertical centre line, whatever its shape', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const page = await openPage();
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await waitForGraph(page, (await neighbourhoodIds(mofcom.id)).length);
    const shapes = await stylesheetShapes(page);
    expect(shapes.length, 'shapes in the stylesheet').toBeGreaterThan(5);
    const misses: string[] = [];
    for (const shape of shapes) {
      const centre = await showAlone(page, `n:${mofcom.id}`, shape);
      for (const above of [0, Math.round(centre.height / 4)]) {
        await page.locator(CANVAS).focus();
        await page.keyboard.press('Escape');
        expect(await waitForSelection(page, []), 'selection after Escape').toBe('[]');
        await page.mouse.click(centre.x, centre.y - above);
        const now = await waitForSelection(page, [mofcom.id]);
        if (now !== `[${mofcom.id}]`) misses.push(`${shape}, ${above} px above the centre: ${now}`);
        // Past the double-click window, so the next click is not read as this one's second.
        await page.waitForTimeout(600);
      }
    }
    expect(misses).toEqual([]);
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
