/**
 * How many node labels collide in the explorer's graph: pairs of node labels that Cytoscape draws
 * (a non-empty `label` style on a visible node, drawn at the current zoom: font size × zoom at least
 * its `min-zoomed-font-size`) and whose boxes (`boundingBox({ includeLabels: true, includeNodes:
 * false })`, text background included) overlap, among the labels in the viewport. Measured at the
 * fitted view the page opens with, and at zoom 1 (labels at their own size, where a user reads
 * them) centred on each of the given nodes in turn, after the explorer has given the labels of a
 * large graph (lazyLabels.ts).
 */
import type { Page } from 'playwright-core';

/** Labels drawn in the viewport, and the pairs of them that overlap. */
export interface LabelCount {
  drawn: number;
  colliding: number;
  /** Labels that overlap at least one other. */
  overlapped: number;
}

export interface LabelCollisions {
  /** At the view the page opened with (fitted to the graph). */
  fitted: LabelCount & { zoom: number };
  /** At zoom 1 around each node of `around` (its id, and the count there). */
  around: (LabelCount & { id: string })[];
}

/** Counts in the page (`cy` of the graph canvas); pairs by a sweep over x. */
const COUNT = `(() => {
  const cy = document.querySelector('[data-testid="graph-canvas"]').policygraphGraph.cy;
  const zoom = cy.zoom();
  const view = cy.extent();
  const boxes = [];
  cy.nodes(':visible').forEach((node) => {
    if (!node.style('label')) return;
    if (Number(node.style('text-opacity')) === 0) return;
    const font = parseFloat(node.style('font-size'));
    const min = parseFloat(node.style('min-zoomed-font-size')) || 0;
    if (font * zoom < min) return;
    const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
    if (!(box.w > 0 && box.h > 0 && Number.isFinite(box.x1))) return;
    if (box.x2 < view.x1 || box.x1 > view.x2 || box.y2 < view.y1 || box.y1 > view.y2) return;
    boxes.push(box);
  });
  boxes.sort((a, b) => a.x1 - b.x1);
  let colliding = 0;
  const hit = new Set();
  for (let i = 0; i < boxes.length; i += 1) {
    const a = boxes[i];
    for (let j = i + 1; j < boxes.length && boxes[j].x1 < a.x2; j += 1) {
      const b = boxes[j];
      if (b.y1 < a.y2 && a.y1 < b.y2) { colliding += 1; hit.add(i); hit.add(j); }
    }
  }
  return { drawn: boxes.length, colliding, overlapped: hit.size, zoom };
})()`;

/** Waits for the explorer's lazy labels (given 120 ms after the view rests) and a frame. */
async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(600);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/** Label collisions at the current (fitted) view and at zoom 1 around each node of `around`. */
export async function countLabelCollisions(page: Page, around: string[]): Promise<LabelCollisions> {
  await settle(page);
  const fitted = await page.evaluate<LabelCount & { zoom: number }>(COUNT);
  const result: LabelCollisions['around'] = [];
  for (const id of around) {
    const found = await page.evaluate(`(() => {
      const cy = document.querySelector('[data-testid="graph-canvas"]').policygraphGraph.cy;
      const node = cy.getElementById(${JSON.stringify(`n:${id}`)});
      if (node.empty()) return false;
      cy.zoom(1);
      cy.center(node);
      return true;
    })()`);
    if (!found) continue;
    await settle(page);
    const { drawn, colliding, overlapped } = await page.evaluate<LabelCount>(COUNT);
    result.push({ id, drawn, colliding, overlapped });
  }
  return { fitted, around: result };
}
