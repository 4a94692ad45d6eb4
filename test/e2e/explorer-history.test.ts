/**
 * The explorer end to end, as an investigation with a history and links: Back, Forward, Undo and
 * Redo walking the steps; links carried in the compressed fragment, old query-string links still
 * opening with unknown values dropped (never sent to the API), nodes no longer in the database
 * counted in a notice; the copy-link button; and who said
 * what following the selection unless pinned, with each speaker's role inline. Expected values come
 * from the live API.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, legacyQuery, viewLinkHash } from '@policygraph/client';
import { explorerSession, linkView, poll, searchAndChoose } from './explorer-session.ts';
import {
  centreOn,
  doubleClickNode,
  drawnGraph,
  nodeIds,
  nodePagePosition,
  waitForGraph,
} from './graph-probe.ts';

const session = explorerSession();
const { openPage, searchHit, neighbourhoodIds, pageErrors } = session;

/** A neighbour of `id` whose expansion adds nodes to `shown`, and the nodes then shown. */
async function growingNeighbour(shown: string[], id: string): Promise<[string, string[]]> {
  for (const candidate of shown.filter((other) => other !== id)) {
    const grown = [...new Set([...shown, ...(await neighbourhoodIds(candidate))])].sort();
    if (grown.length > shown.length) return [candidate, grown];
  }
  throw new Error(`no neighbour of ${id} adds nodes`);
}

describe('explorer: history and links', () => {
  it('walks the investigation with Back, Forward, Undo and Redo', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const first = await neighbourhoodIds(mofcom.id);
    const [neighbour, grown] = await growingNeighbour(first, mofcom.id);
    const page = await openPage();
    const entries = () => page.evaluate(() => history.length);
    const startEntries = await entries();

    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await waitForGraph(page, first.length);
    await poll(entries).toBe(startEntries + 1);
    // Expand from the context menu (right click on the node).
    await centreOn(page, neighbour);
    const at = await nodePagePosition(page, neighbour);
    await page.mouse.click(at.x, at.y, { button: 'right' });
    await page
      .getByRole('menu')
      .getByRole('menuitem', { name: /^Expand double-click/ })
      .click();
    await waitForGraph(page, grown.length);
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(grown);
    await poll(entries).toBe(startEntries + 2);
    await poll(() => linkView(page.url()).nodes).toEqual(grown);

    // The browser's Back goes to the step before the expansion, Forward to it again.
    await page.goBack();
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(first);
    await poll(() => linkView(page.url()).nodes).toEqual(first);
    await page.goForward();
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(grown);

    // Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) walk the same steps, and name them.
    const undo = page.getByRole('button', { name: /^Undo expansion of / });
    await expect(undo.isEnabled()).resolves.toBe(true);
    await page.locator('body').press('Control+z');
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(first);
    await poll(() => page.getByRole('button', { name: /^Redo expansion of / }).isEnabled()).toBe(
      true,
    );
    await page.locator('body').press('Control+Shift+Z');
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(grown);
    // Back twice: before the search, an empty graph, still in the explorer.
    await page.goBack();
    await page.goBack();
    await poll(async () => (await drawnGraph(page)).nodes.length).toBe(0);
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('opens an old link with unknown values: drops them with a notice and expands normally', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const expected = await neighbourhoodIds(mofcom.id);
    const page = await openPage(`?n=${encodeURIComponent(mofcom.id)}&kind=ALIEN&rel=FOO`);
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) requests.push(request.postData() ?? '');
    });
    await waitForGraph(page, 1);
    const notice = page.getByTestId('link-notice');
    await poll(() => notice.textContent()).toContain('node kind “ALIEN”');
    expect(await notice.textContent()).toContain('relationship type “FOO”');
    // The link is rewritten in the current format, without the dropped values.
    await poll(() => new URL(page.url()).hash.startsWith('#view=')).toBe(true);
    expect(new URL(page.url()).search).toBe('');
    expect(linkView(page.url()).expandFilter).toEqual({ kinds: [], relationshipTypes: [] });

    await doubleClickNode(page, mofcom.id, expected.length);
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(expected);
    await expect(page.locator('.graph-overlay-top [role="alert"]').count()).resolves.toBe(0);
    expect(requests.some((body) => body.includes('ALIEN') || body.includes('FOO'))).toBe(false);
    await page.close();
  });

  it('opens a link naming nodes the database no longer has: draws the rest and counts the missing', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const hash = viewLinkHash({
      ...DEFAULT_URL_STATE,
      nodes: [mofcom.id, 'no-longer-here-1', 'no-longer-here-2'],
    });
    const page = await openPage(hash);
    const graph = await waitForGraph(page, 1);
    expect(nodeIds(graph)).toEqual([mofcom.id]);
    const notice = page.getByTestId('link-notice');
    await poll(() => notice.textContent()).toContain(
      '2 nodes of this link are no longer in the graph.',
    );
    expect(await notice.textContent()).not.toContain('does not know');
    await notice.getByRole('button', { name: 'OK' }).click();
    await poll(() => notice.count()).toBe(0);
    await page.close();
  });

  it('opens a view of 1,000 nodes from its link as it opens a small one', async () => {
    const stored = await session
      .stack()
      .driver.executeQuery('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id LIMIT 1000');
    const real = stored.records.map((record) => String(record.get('id')));
    const ids = [...real];
    for (let i = 0; ids.length < 1000; i++) ids.push(`no-such-node-${i}`);
    const data = await session
      .stack()
      .graphql<{ subgraph: { nodes: { id: string }[] } }>(
        'query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } } }',
        { ids },
      );
    const expected = data.subgraph.nodes.map((node) => node.id).sort();
    const hash = viewLinkHash({ ...DEFAULT_URL_STATE, nodes: [...ids].sort() });
    const oldQuery = legacyQuery({ ...DEFAULT_URL_STATE, nodes: ids });
    console.log(
      `[e2e] a 1,000-node view: link fragment ${hash.length} characters (the old query string: ${oldQuery.length})`,
    );
    const page = await openPage(hash);
    const graph = await waitForGraph(page, expected.length);
    expect(nodeIds(graph)).toEqual(expected);
    await page.close();
  });

  it('copies a link to the view, which opens the same view', async () => {
    const page = await openPage();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await searchAndChoose(page, 'Mao Ning', 'Person');
    const graph = await waitForGraph(page, 2);
    await page.getByRole('button', { name: 'Copy link to this view' }).click();
    await poll(() => page.getByTestId('copy-link-status').textContent()).toBe('Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(linkView(copied).nodes).toEqual(nodeIds(graph));
    const reopened = await openPage(new URL(copied).hash);
    expect(nodeIds(await waitForGraph(reopened, graph.nodes.length))).toEqual(nodeIds(graph));
    await page.close();
    await reopened.close();
  });

  it('has who said what follow the selection unless pinned, with each speaker’s role inline', async () => {
    const mao = await searchHit('Mao Ning', 'PERSON');
    const roles = await session.stack().graphql<{
      node: { roles: { role: string; organisation: { name: string } }[] };
    }>('query($id: ID!) { node(id: $id) { ... on Actor { roles { role organisation { name } } } } }', { id: mao.id });
    expect(roles.node.roles.length).toBeGreaterThan(0);
    const control = await searchHit('gallium germanium export control', 'MEASURE');
    const page = await openPage();
    await searchAndChoose(page, 'gallium germanium export control', 'Measure');
    await waitForGraph(page, 2);
    await page.getByRole('tab', { name: 'Who said what' }).click();
    const about = page.getByLabel('About', { exact: true });
    await poll(() => about.inputValue()).toBe(control.id);
    await expect(page.getByTestId('about-mode').textContent()).resolves.toBe(
      'follows the selection',
    );
    // A statement by Mao Ning says who she is inline.
    const card = page.getByTestId('statement-card').filter({ hasText: mao.name }).first();
    await card.waitFor();
    const first = roles.node.roles[0]!;
    expect(await card.getByTestId('speaker-roles').textContent()).toContain(
      `${first.role}, ${first.organisation.name}`,
    );
    // Not pinned, the topic is not in the link.
    expect(linkView(page.url()).statementFilter.about).toBeNull();

    // Selecting another node moves the topic with it.
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await page.getByRole('tab', { name: 'Who said what' }).click();
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    await poll(() => about.inputValue()).toBe(mofcom.id);

    // Pinned, it stays whatever is selected, and the link carries it.
    await page.getByRole('button', { name: 'Pin topic' }).click();
    await poll(() => page.getByTestId('about-mode').textContent()).toBe('pinned');
    await page.keyboard.press('Escape');
    await poll(async () => (await drawnGraph(page)).nodes.filter((n) => n.selected).length).toBe(0);
    expect(await about.inputValue()).toBe(mofcom.id);
    await poll(() => linkView(page.url()).statementFilter.about).toBe(mofcom.id);

    // Clear clears it.
    await page.getByRole('button', { name: 'Clear', exact: true }).click();
    await poll(() => about.inputValue()).toBe('');
    await poll(() => linkView(page.url()).statementFilter.about).toBeNull();
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
