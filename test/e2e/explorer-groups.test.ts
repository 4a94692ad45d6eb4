/**
 * The explorer end to end, grouping: expanding a hub with many neighbours of one kind first shows
 * a preview (counts by kind and relationship type), then draws them as one group node with its
 * count and date span; the group opens, collapses again, Back and Forward walk those steps, and a
 * copied link reopens the group. The hub is a fixture of our own, written into the seeded test
 * database with the model's write builders: an agency with 20 rules (2020–2026) and 2 people.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it, beforeAll } from 'vitest';
import {
  buildNodeWrites,
  buildRelationshipWrites,
  relationshipId,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/model';
import { explorerSession, linkView, poll } from './explorer-session.ts';
import {
  centreOnElement,
  drawnGraph,
  elementPagePosition,
  nodeIds,
  selectElement,
  waitForGraph,
  waitForRequests,
} from './graph-probe.ts';
import { viewLinkHash, DEFAULT_URL_STATE } from '@policygraph/client';

const session = explorerSession();
const { openPage, pageErrors } = session;

const HUB = 'e2e-groups-bureau';
const RULES = Array.from({ length: 20 }, (_, i) => ({
  id: `e2e-groups-rule-${String(i).padStart(2, '0')}`,
  // 2020-01-10 … 2026-…: the span the group must show is 2020–2026.
  date: `${2020 + (i % 7)}-0${1 + (i % 9)}-10`,
}));
const PEOPLE = ['e2e-groups-person-a', 'e2e-groups-person-b'];
const GROUP = `${HUB}|MEASURE`;

function fixtureNode(id: string, kind: GraphNode['kind'], name: string, date?: string): GraphNode {
  return {
    id,
    kind,
    name,
    aliases: [],
    properties:
      kind === 'MEASURE'
        ? { kind, name, status: 'IN_EFFECT', measureTypes: ['EXPORT_CONTROL'] }
        : { kind, name },
    dates: date ? { announcedOn: date } : {},
    evidence: [],
    entry: `e2e fixture ${id}`,
  };
}

function fixtureRel(type: GraphRelationship['type'], from: string, to: string): GraphRelationship {
  return {
    id: relationshipId(from, type, to),
    type,
    from,
    to,
    properties: {},
    dates: {},
    evidence: [],
    entry: 'e2e fixture',
    field: type,
  };
}

beforeAll(async () => {
  const nodes = [
    fixtureNode(HUB, 'AGENCY', 'Fixture Bureau of Grouping'),
    ...RULES.map((rule, i) => fixtureNode(rule.id, 'MEASURE', `Fixture rule ${i}`, rule.date)),
    ...PEOPLE.map((id, i) => fixtureNode(id, 'PERSON', `Fixture official ${i}`)),
  ];
  const rels = [
    ...RULES.map((rule) => fixtureRel('ISSUED_BY', rule.id, HUB)),
    ...PEOPLE.map((id) => fixtureRel('HOLDS_ROLE', id, HUB)),
  ];
  const db = session.stack().driver.session();
  try {
    await db.executeWrite(async (tx) => {
      for (const step of [...buildNodeWrites(nodes), ...buildRelationshipWrites(rels)])
        await tx.run(step.cypher, step.params);
    });
  } finally {
    await db.close();
  }
});

/** Opens the explorer on a view showing the hub alone, and waits for it. */
async function openHub(): Promise<Page> {
  const page = await openPage(viewLinkHash({ ...DEFAULT_URL_STATE, nodes: [HUB] }));
  await waitForGraph(page, 1);
  return page;
}

/**
 * Double-clicks (or right-clicks, or clicks once) the element `elementId` (`n:…`, `g:…`). A
 * double-click goes to a selected element (selectElement, graph-probe.ts), so that a loaded machine
 * cannot split it into two clicks.
 */
async function clickNode(
  page: Page,
  elementId: string,
  how: 'double' | 'right' | 'single' = 'double',
): Promise<void> {
  if (how === 'double') {
    const at = await selectElement(page, elementId);
    await page.mouse.dblclick(at.x, at.y);
    return;
  }
  await centreOnElement(page, elementId);
  const at = await elementPagePosition(page, elementId);
  await page.mouse.click(at.x, at.y, { button: how === 'right' ? 'right' : 'left' });
}

/** The group node as drawn: its caption and classes, or null. */
async function groupNode(page: Page): Promise<{ label: string; classes: string[] } | null> {
  return page.getByTestId('graph-canvas').evaluate((element, id) => {
    const cy = (
      element as unknown as {
        policygraphGraph: {
          cy: {
            getElementById(id: string): {
              empty(): boolean;
              data(key: string): string;
              classes(): string[];
            };
          };
        };
      }
    ).policygraphGraph.cy;
    const node = cy.getElementById(`g:${id}`);
    return node.empty() ? null : { label: node.data('label'), classes: node.classes() };
  }, GROUP);
}

describe('explorer: group nodes', () => {
  it('previews a large expansion, draws the chosen kind as one group, opens, collapses, walks history and reopens from a link', async () => {
    const page = await openHub();
    await clickNode(page, `n:${HUB}`);
    const preview = page.getByTestId('expand-preview');
    await preview.waitFor();
    // Counts by kind and relationship type, from the API's summary.
    await expect
      .poll(() => preview.locator('tr[data-kind="MEASURE"] th').textContent())
      .toContain('20 measures, 2020–2026');
    expect(await preview.locator('tr[data-kind="PERSON"] th').textContent()).toContain('2 people');
    expect(await preview.locator('label[data-type="ISSUED_BY"] .menu-count').textContent()).toBe(
      '20',
    );
    expect(await preview.locator('label[data-type="HOLDS_ROLE"] .menu-count').textContent()).toBe(
      '2',
    );
    expect(await preview.getByLabel('Add the measure neighbours').inputValue()).toBe('group');
    expect(await preview.getByLabel('Add the person neighbours').inputValue()).toBe('each');
    await preview.getByRole('button', { name: /^Add/ }).click();
    await waitForRequests(page);

    // One group node with the right count and span; the people drawn one by one.
    await poll(async () => (await groupNode(page))?.label).toBe('20 measures, 2020–2026');
    await poll(async () => nodeIds(await drawnGraph(page)).sort()).toEqual(
      [HUB, ...PEOPLE, GROUP].sort(),
    );
    const grouped = page.url();
    expect(linkView(grouped).groups[GROUP]?.members).toEqual(RULES.map((rule) => rule.id));

    // The legend shows what a group node looks like.
    expect(await page.getByTestId('legend-group').textContent()).toBe(
      'Group of one kind (Enter opens)',
    );
    expect(await page.getByTestId('legend-group').count()).toBe(1);

    // Open by keyboard: the group selected, the canvas focused as Tab does,
    // Enter: the members drawn, the group gone.
    await clickNode(page, `g:${GROUP}`, 'single');
    await poll(() =>
      page.getByTestId('graph-canvas').evaluate((element, id) => {
        const cy = (
          element as unknown as {
            policygraphGraph: { cy: { getElementById(id: string): { selected(): boolean } } };
          }
        ).policygraphGraph.cy;
        return cy.getElementById(`g:${id}`).selected();
      }, GROUP),
    ).toBe(true);
    await page.getByTestId('graph-canvas').focus();
    await page.keyboard.press('Enter');
    await poll(async () => (await groupNode(page)) === null).toBe(true);
    await poll(async () => nodeIds(await drawnGraph(page)).length).toBe(
      1 + PEOPLE.length + RULES.length,
    );

    // Collapse again, from the hub's context menu.
    await waitForGraph(page, 1 + PEOPLE.length + RULES.length);
    await clickNode(page, `n:${HUB}`, 'right');
    await page.getByRole('menuitem', { name: /Collapse into 20 measures/ }).click();
    await poll(async () => (await groupNode(page))?.label).toBe('20 measures, 2020–2026');
    await poll(async () => nodeIds(await drawnGraph(page)).length).toBe(1 + PEOPLE.length + 1);

    // Back: opened; Back: grouped; Forward: opened again.
    await page.goBack();
    await poll(async () => (await groupNode(page)) === null).toBe(true);
    await page.goBack();
    await poll(async () => (await groupNode(page))?.label).toBe('20 measures, 2020–2026');
    await page.goForward();
    await poll(async () => (await groupNode(page)) === null).toBe(true);
    await page.goForward();
    await poll(async () => (await groupNode(page))?.label).toBe('20 measures, 2020–2026');
    // Double-click opens it too.
    await clickNode(page, `g:${GROUP}`);
    await poll(async () => (await groupNode(page)) === null).toBe(true);
    await page.goBack();
    await poll(async () => (await groupNode(page))?.label).toBe('20 measures, 2020–2026');

    // The link of the grouped view opens the group as it was, in a new page.
    const again = await openPage(new URL(grouped).hash);
    await waitForGraph(again, 1 + PEOPLE.length + 1);
    await poll(async () => (await groupNode(again))?.label).toBe('20 measures, 2020–2026');
    await poll(async () => nodeIds(await drawnGraph(again)).sort()).toEqual(
      [HUB, ...PEOPLE, GROUP].sort(),
    );
    expect(pageErrors).toEqual([]);
    await again.close();
    await page.close();
  });
});
