/**
 * The explorer end to end for everyone: on a 390 px wide phone (no sideways scrolling, the tools
 * folded behind one button, the panels in a drawer), by keyboard alone (focus kept in the search
 * and the lists, Escape clears the selection, arrow keys move between the nodes of the focused
 * canvas, Enter expands), with unique accessible names, with the panel's tabs usable while a
 * document is open, and with no serious or critical violation reported by axe-core. Expected
 * values come from the live API.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, viewLinkHash } from '@policygraph/client';
import { explorerSession, poll, searchAndChoose } from './explorer-session.ts';
import { drawnGraph, nodeIds, waitForGraph } from './graph-probe.ts';

const session = explorerSession();
const { openPage, searchHit, neighbourhoodIds, pageErrors } = session;

const selectedIds = async (page: Page) =>
  (await drawnGraph(page)).nodes.filter((node) => node.selected).map((node) => node.id);

/** What has focus: its tag, role and accessible label, or `body`. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    return `${element.tagName.toLowerCase()}|${element.getAttribute('role') ?? ''}|${element.textContent?.trim().slice(0, 60) ?? ''}`;
  });

/** Accessible names shared by visible controls that do different things (chips naming the same node excepted). */
function duplicateNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, summary, a[href], input, select, [role="tab"], [role="menuitem"], [role="option"]',
      ),
    ].filter((element) => element.getClientRects().length > 0 && !element.closest('[hidden]'));
    const nameOf = (element: HTMLElement): string => {
      const label = element.getAttribute('aria-label');
      if (label) return label.trim();
      const labelledBy = element.getAttribute('aria-labelledby');
      if (labelledBy)
        return labelledBy
          .split(' ')
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ')
          .trim();
      const wrapping = element.closest('label');
      if (wrapping && element.matches('input, select')) return wrapping.textContent?.trim() ?? '';
      return (element.textContent ?? '').replace(/\s+/g, ' ').trim() || element.title;
    };
    const seen = new Map<string, number>();
    for (const element of controls) {
      // Chips that name the same node select the same node: one function, one name.
      if (element.classList.contains('chip')) continue;
      const name = nameOf(element);
      seen.set(name, (seen.get(name) ?? 0) + 1);
    }
    return [...seen].filter(([, count]) => count > 1).map(([name, count]) => `${name} ×${count}`);
  });
}

/** axe-core's serious and critical violations on the page now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join('; ')}`,
    );
}

describe('explorer: small screens, keyboard and accessibility', () => {
  it('is usable 390 px wide: nothing off-screen, tools folded, panels in a drawer', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const page = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    const width = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await width()).toBeLessThanOrEqual(390);
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await waitForGraph(page, 2);
    expect(await width()).toBeLessThanOrEqual(390);
    // The graph has the height the top bar and the timeline leave: the closed drawer takes none.
    const canvas = (await page.getByTestId('graph-canvas').boundingBox())!;
    expect(canvas.height, 'the graph canvas’s height').toBeGreaterThan(844 / 2);

    const fit = page.getByRole('button', { name: 'Fit the graph to the view' });
    expect(await fit.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Tools' }).click();
    await poll(() => fit.isVisible()).toBe(true);
    const box = (await fit.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await fit.click();
    await page.getByRole('button', { name: 'Tools' }).click();
    await poll(() => fit.isVisible()).toBe(false);

    const details = page.getByTestId('node-details');
    expect(await details.isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Panels' }).click();
    await poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe(mofcom.name);
    // The drawer slides in; once in place it is all on screen.
    await poll(async () => {
      const panel = (await page.locator('#side-panel').boundingBox())!;
      return panel.x >= 0 && panel.x + panel.width <= 390;
    }).toBe(true);
    expect(await width()).toBeLessThanOrEqual(390);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close panels' }).click();
    await poll(() => details.isVisible()).toBe(false);
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const first = await neighbourhoodIds(mofcom.id);
    const page = await openPage();
    const search = page.getByRole('combobox', { name: /Search/ });
    await search.focus();
    await page.keyboard.type('MOFCOM');
    await page.getByTestId('search-suggestion').first().waitFor();
    await page.keyboard.press('Enter');
    await waitForGraph(page, first.length);
    // Focus stays in the search, ready for the next one.
    expect(await search.evaluate((element) => element === document.activeElement)).toBe(true);
    await poll(() => selectedIds(page)).toEqual([mofcom.id]);

    // The canvas takes focus; Escape clears the selection, arrows move between nodes.
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Escape');
    await poll(() => selectedIds(page)).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await poll(async () => (await selectedIds(page)).length).toBe(1);
    const start = (await selectedIds(page))[0]!;
    const visited = new Set([start]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowRight']) {
      await page.keyboard.press(key);
      await page.waitForTimeout(50);
      visited.add((await selectedIds(page))[0]!);
    }
    expect(visited.size, 'nodes reached with the arrow keys').toBeGreaterThan(1);
    // Enter expands the selected node (possibly adding nothing new: the graph never shrinks).
    const before = nodeIds(await drawnGraph(page));
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    const after = nodeIds(await waitForGraph(page, before.length));
    expect(after).toEqual(expect.arrayContaining(before));

    // Choosing a node in the Details list moves focus to its details, not to the page.
    await page.keyboard.press('Escape');
    await poll(() => selectedIds(page)).toEqual([]);
    const row = page.getByTestId('graph-overview').locator('.node-row').first();
    await row.focus();
    await page.keyboard.press('Enter');
    await poll(() => focused(page)).toMatch(/^h2\|/);
    await page.close();
  });

  it('gives controls unique names and passes axe-core without serious violations', async () => {
    const page = await openPage();
    expect(await seriousViolations(page)).toEqual([]);
    await searchAndChoose(page, 'gallium germanium export control', 'Measure');
    await waitForGraph(page, 2);
    await page.getByTestId('node-details').waitFor();
    expect(await duplicateNames(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Who said what' }).click();
    // The list follows the selected measure; under load it can take a while.
    await expect
      .poll(() => page.getByTestId('statement-card').count(), { timeout: 45_000 })
      .toBeGreaterThan(1);
    expect(await duplicateNames(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Paths' }).click();
    expect(await duplicateNames(page)).toEqual([]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens a document without covering the panel tabs, which stay usable, and passes axe-core', async () => {
    const data = await session.stack().graphql<{
      statements: {
        edges: { node: { evidence: { start: number; end: number; document: { id: string } }[] } }[];
      };
    }>('{ statements(first: 1) { edges { node { ... on Statement { evidence { start end document { id } } } } } } }');
    const evidence = data.statements.edges[0]!.node.evidence[0]!;
    const page = await openPage(
      viewLinkHash({
        ...DEFAULT_URL_STATE,
        document: { id: evidence.document.id, start: evidence.start, end: evidence.end },
      }),
    );
    const viewer = page.getByTestId('document-viewer');
    await page.getByTestId('evidence-highlight').waitFor();
    // Each tab is what a click at its middle reaches: the viewer lies below the tabs.
    const onTop = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[role="tab"]')].map((tab) => {
        const box = tab.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return Boolean(hit && tab.contains(hit));
      }),
    );
    expect(onTop).toEqual([true, true, true]);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('tab', { name: 'Who said what' }).click();
    await poll(() => viewer.count()).toBe(0);
    await poll(() => page.getByRole('tabpanel').getAttribute('id')).toBe('tabpanel-statements');
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
