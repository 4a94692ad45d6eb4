/**
 * Reads the explorer's Cytoscape graph from the page (through `window.__policygraphCy`, see
 * client/src/hooks/useCytoscape.ts): which nodes and relationships are drawn, where, with which
 * classes; and waits for layouts to settle.
 */
import type { Page } from 'playwright-core';

export interface DrawnNode {
  /** Server id (the `n:` prefix removed). */
  id: string;
  x: number;
  y: number;
  classes: string[];
  selected: boolean;
}

export interface DrawnGraph {
  nodes: DrawnNode[];
  /** Server ids of the drawn relationships, with their classes. */
  relationships: { id: string; classes: string[] }[];
}

/** What the graph draws now. */
export async function drawnGraph(page: Page): Promise<DrawnGraph> {
  return page.evaluate(() => {
    type Ele = {
      id(): string;
      position(): { x: number; y: number };
      classes(): string[];
      selected(): boolean;
    };
    type Cy = {
      nodes(): { map<T>(f: (e: Ele) => T): T[] };
      edges(): { map<T>(f: (e: Ele) => T): T[] };
    };
    const cy = (globalThis as unknown as { __policygraphCy?: Cy }).__policygraphCy;
    if (!cy) throw new Error('The explorer has no graph.');
    return {
      nodes: cy.nodes().map((node) => ({
        id: node.id().slice(2),
        x: node.position().x,
        y: node.position().y,
        classes: node.classes(),
        selected: node.selected(),
      })),
      relationships: cy
        .edges()
        .map((edge) => ({ id: edge.id().slice(2), classes: edge.classes() })),
    };
  });
}

/** Waits until the graph draws at least `min` nodes and no layout is running. */
export async function waitForGraph(page: Page, min = 1): Promise<DrawnGraph> {
  await page.waitForFunction(
    (count) => {
      const cy = (globalThis as unknown as { __policygraphCy?: { nodes(): { length: number } } })
        .__policygraphCy;
      const container = (
        globalThis as unknown as {
          document: { querySelector(s: string): { getAttribute(a: string): string | null } | null };
        }
      ).document.querySelector('[data-testid="graph-canvas"]');
      return Boolean(
        cy && cy.nodes().length >= count && container?.getAttribute('data-layout') === 'idle',
      );
    },
    min,
    { timeout: 30_000 },
  );
  return drawnGraph(page);
}

/** Pans the view so node `id` is in the middle of the canvas (positions do not change). */
export async function centreOn(page: Page, id: string): Promise<void> {
  await page.evaluate((elementId) => {
    type Cy = { center(eles: unknown): void; getElementById(id: string): unknown };
    const cy = (globalThis as unknown as { __policygraphCy?: Cy }).__policygraphCy;
    cy?.center(cy.getElementById(elementId));
  }, `n:${id}`);
}

/** Page coordinates of node `id` on the canvas (for clicking it). */
export async function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const rendered = await page.evaluate((elementId) => {
    type Cy = {
      getElementById(id: string): {
        renderedPosition(): { x: number; y: number };
        empty(): boolean;
      };
    };
    const cy = (globalThis as unknown as { __policygraphCy?: Cy }).__policygraphCy;
    const node = cy?.getElementById(elementId);
    if (!node || node.empty()) throw new Error(`Node ${elementId} is not drawn.`);
    return node.renderedPosition();
  }, `n:${id}`);
  const box = await page.getByTestId('graph-canvas').boundingBox();
  if (!box) throw new Error('The graph canvas is not visible.');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

/** Node ids of a drawn graph, sorted. */
export function nodeIds(graph: DrawnGraph): string[] {
  return graph.nodes.map((node) => node.id).sort();
}
