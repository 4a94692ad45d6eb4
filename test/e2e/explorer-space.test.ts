/**
 * The explorer end to end, where things go on the canvas: an expansion's new nodes land in free
 * space (never on a shown node) while shown nodes keep their places; a search that adds a group
 * connected to nothing shown puts it beside the graph and fits the view to it; and fitting leaves
 * the legend clear of every node. Expected values come from the live API.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { explorerSession, poll, searchAndChoose } from './explorer-session.ts';
import {
  doubleClickNode,
  drawnGraph,
  nodeIds,
  waitForGraph,
  type Box,
  type DrawnGraph,
} from './graph-probe.ts';

const session = explorerSession();
const { openPage, searchHit, neighbourhoodIds, pageErrors } = session;

const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Pairs of a node of `fresh` and another drawn node whose shapes overlap. */
function overlapping(graph: DrawnGraph, fresh: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const node of graph.nodes.filter((candidate) => fresh.has(candidate.id))) {
    for (const other of graph.nodes) {
      if (other.id !== node.id && !(fresh.has(other.id) && other.id < node.id))
        if (overlap(node.box, other.box)) found.push(`${node.id} on ${other.id}`);
    }
  }
  return found;
}

/** The legend's box relative to the canvas. */
async function legendBox(page: Page): Promise<Box> {
  const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
  const legend = (await page.locator('.legend').boundingBox())!;
  return {
    x1: legend.x - canvas.x,
    y1: legend.y - canvas.y,
    x2: legend.x + legend.width - canvas.x,
    y2: legend.y + legend.height - canvas.y,
  };
}

describe('explorer: room on the canvas', () => {
  it('puts an expansion’s new nodes in free space and keeps the shown ones in place', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const first = await neighbourhoodIds(mofcom.id);
    const page = await openPage();
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    let graph = await waitForGraph(page, first.length);
    const before = new Map(graph.nodes.map((node) => [node.id, node]));
    let expanded = 0;
    for (const id of first.filter((candidate) => candidate !== mofcom.id)) {
      const shown = nodeIds(graph);
      const grown = [...new Set([...shown, ...(await neighbourhoodIds(id))])].sort();
      if (grown.length === shown.length) continue;
      await doubleClickNode(page, id, grown.length);
      await poll(async () => nodeIds(await drawnGraph(page))).toEqual(grown);
      graph = await drawnGraph(page);
      const fresh = new Set(grown.filter((node) => !shown.includes(node)));
      expect(overlapping(graph, fresh)).toEqual([]);
      expanded += 1;
      if (expanded === 2) break;
    }
    expect(expanded, 'expansions that added nodes').toBeGreaterThan(0);
    for (const node of graph.nodes) {
      const old = before.get(node.id);
      if (old) expect(Math.hypot(node.x - old.x, node.y - old.y), node.id).toBeLessThan(0.5);
    }
    await page.close();
  });

  it('puts a searched group connected to nothing shown beside the graph and fits the view to it', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const first = await neighbourhoodIds(mofcom.id);
    let chosen: { text: string; kind: string; label: string; ids: string[] } | undefined;
    for (const [text, kind, label] of [
      ['Amazon', 'COMPANY', 'Company'],
      ['Wall Street Journal', 'MEDIA_OUTLET', 'Media outlet'],
      ['Mao Ning', 'PERSON', 'Person'],
    ] as const) {
      const hit = await searchHit(text, kind);
      const ids = await neighbourhoodIds(hit.id);
      if (ids.every((id) => !first.includes(id))) {
        chosen = { text, kind, label, ids };
        break;
      }
    }
    expect(chosen, 'a search hit unconnected to MOFCOM’s neighbourhood').toBeDefined();
    const page = await openPage();
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    const graph = await waitForGraph(page, first.length);
    await searchAndChoose(page, chosen!.text, chosen!.label);
    const all = [...first, ...chosen!.ids].sort();
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(all);
    await waitForGraph(page, all.length);
    await page.waitForTimeout(400); // the view eases to the group
    const after = await drawnGraph(page);
    const group = new Set(chosen!.ids);
    expect(overlapping(after, group)).toEqual([]);
    // The group lies beside the graph, apart from it.
    const old = graph.nodes.map((node) => node.box);
    const fresh = after.nodes.filter((node) => group.has(node.id));
    const right = Math.max(...old.map((box) => box.x2));
    for (const node of fresh) expect(node.box.x1).toBeGreaterThan(right);
    // The view shows the whole group.
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    for (const node of fresh) {
      expect(node.rendered.x1, node.id).toBeGreaterThanOrEqual(0);
      expect(node.rendered.y1, node.id).toBeGreaterThanOrEqual(0);
      expect(node.rendered.x2, node.id).toBeLessThanOrEqual(canvas.width);
      expect(node.rendered.y2, node.id).toBeLessThanOrEqual(canvas.height);
    }
    await page.close();
  });

  it('fits the graph into the room the legend leaves', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const first = await neighbourhoodIds(mofcom.id);
    const page = await openPage();
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await waitForGraph(page, first.length);
    await page.getByRole('button', { name: 'Fit the graph to the view' }).click();
    await page.waitForTimeout(400);
    const legend = await legendBox(page);
    const graph = await drawnGraph(page);
    const covered = graph.nodes.filter((node) => overlap(node.rendered, legend));
    expect(covered.map((node) => node.id)).toEqual([]);
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
