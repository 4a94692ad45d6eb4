/**
 * The explorer end to end on names and evidence: search hits told apart from namesakes, counts by
 * kind and more results on demand, path ends found by search among nodes not drawn, a list row
 * shown as a table of its columns, a document whose text we do not hold, and the view filter that
 * hides and shows in place what is drawn. The seed graph plus
 * our list fixtures (test/fixtures/import: 1260H rows, Federal Register documents) are served by
 * the real server to headless Chromium; expected values come from the live API.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListFile } from '@policygraph/import';
import { testConnection } from '../support/neo4j.ts';
import { explorerSession, poll, root } from './explorer-session.ts';
import { drawnGraph, nodeIds, waitForGraph } from './graph-probe.ts';

const session = explorerSession();
const { openPage, pageErrors } = session;

interface Page {
  totalCount: number;
  kindCounts: { kind: string; count: number }[];
  edges: {
    matchedName: string;
    node: { id: string; kind: string; name: string; disambiguation: string | null };
  }[];
}

const SEARCH = `query($text: String!, $kinds: [NodeKind!], $first: Int) {
  searchConnection(text: $text, kinds: $kinds, first: $first) {
    totalCount kindCounts { kind count } edges { matchedName node { id kind name disambiguation } }
  }
}`;

async function searchPage(text: string, extra: Record<string, unknown> = {}): Promise<Page> {
  return (
    await session.stack().graphql<{ searchConnection: Page }>(SEARCH, { text, first: 50, ...extra })
  ).searchConnection;
}

beforeAll(async () => {
  const { database } = testConnection();
  for (const [format, name] of [
    ['us-1260h', 'us-1260h.csv'],
    ['federal-register', 'federal-register.csv'],
  ] as const) {
    await importListFile(session.stack().driver, {
      format,
      file: path.join(root, 'test', 'fixtures', 'import', name),
      asOf: '2026-08-22',
      database,
    });
  }
  // More companies of one name stem than one page of suggestions holds.
  await session.stack().driver.executeQuery(
    `UNWIND range(1, 15) AS i
     WITH 'Pagination Fixture Company ' + toString(i) AS name, 'pagination-fixture-' + toString(i) AS id
     CREATE (:Entity:Actor:Company {id: id, kind: 'COMPANY', name: name, aliases: [], names: [name]})`,
    {},
    { database },
  );
});

describe('explorer: names told apart, search, evidence', () => {
  it('shows each hit with what tells it apart, filters by kind with counts, and loads more on demand', async () => {
    const all = await searchPage('Commerce');
    const agencies = all.kindCounts.find((entry) => entry.kind === 'AGENCY')!;
    expect(agencies.count).toBeGreaterThanOrEqual(2);
    const page = await openPage();
    const box = page.getByRole('combobox', { name: /Search actors/ });
    await box.fill('Commerce');
    const rows = page.getByTestId('search-suggestion');
    await poll(() => rows.count()).toBe(Math.min(all.totalCount, 12));
    for (const [index, edge] of all.edges.slice(0, 3).entries()) {
      const text = await rows.nth(index).textContent();
      expect(text).toContain(edge.node.name);
      if (edge.node.disambiguation) expect(text).toContain(`(${edge.node.disambiguation})`);
    }
    await page.getByTestId('search-facet').filter({ hasText: 'Agency' }).click();
    await poll(() => rows.count()).toBe(agencies.count);
    for (const text of await rows.allTextContents()) expect(text).toContain('Agency');

    // More results: a search with more hits than one page holds.
    await page
      .getByRole('group', { name: 'Filter the results by kind' })
      .getByRole('button', { name: /^All/ })
      .click();
    const text = 'Pagination Fixture';
    const total = (await searchPage(text)).totalCount;
    expect(total).toBe(15);
    await box.fill(text);
    await poll(() => rows.count()).toBe(12);
    await page.getByTestId('search-more').click();
    await poll(() => rows.count()).toBe(Math.min(total, 24));
    const shownIds = new Set(
      await rows.evaluateAll((items) => items.map((item) => item.textContent)),
    );
    expect(shownIds.size).toBeGreaterThan(12);
    await page.close();
  });

  it('finds a path between two nodes chosen by search, neither of them drawn', async () => {
    const [from, to] = [
      (await searchPage('WSJ')).edges[0]!.node,
      (await searchPage('Amazon')).edges[0]!.node,
    ];
    const data = await session
      .stack()
      .graphql<{ paths: { nodes: { id: string }[] }[] }>(
        'query($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } } }',
        { from: from.id, to: to.id },
      );
    expect(data.paths.length).toBeGreaterThan(0);
    const page = await openPage('?panel=paths');
    for (const [end, node, text] of [
      ['start', from, 'WSJ'],
      ['end', to, 'Amazon'],
    ] as const) {
      await page
        .getByRole('combobox', { name: `Find the path's ${end} anywhere in the graph` })
        .fill(text);
      const option = page.getByTestId('search-suggestion').filter({ hasText: node.name }).first();
      await option.click();
    }
    await poll(() => page.getByLabel('Path from').inputValue()).toBe(from.id);
    await poll(() => page.getByLabel('Path to').inputValue()).toBe(to.id);
    const fromOption = await page.getByLabel('Path from').locator('option:checked').textContent();
    expect(fromOption).toContain(from.name);
    await page.getByRole('button', { name: 'Find shortest paths' }).click();
    await poll(() => page.getByTestId('path-option').count()).toBe(data.paths.length);
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(
      expect.arrayContaining([from.id, to.id]),
    );
    await page.close();
  });

  it('shows a list row as a table of its columns with its official source, and no empty heading', async () => {
    const actor = (await searchPage('Red River Avionics', { kinds: ['COMPANY'] })).edges[0]!.node;
    const node = await session.stack().graphql<{
      node: {
        country: string | null;
        evidence: { row: { column: string; value: string }[] | null }[];
      };
    }>('query($id: ID!) { node(id: $id) { ... on Actor { country } evidence { row { column value } } } }', {
      id: actor.id,
    });
    const row = node.node.evidence
      .map((item) => item.row)
      .find((cells) => cells?.some((cell) => cell.value.startsWith('https://')))!;
    const source = row.find((cell) => cell.value.startsWith('https://'))!;
    const page = await openPage(
      `?n=${encodeURIComponent(actor.id)}&sel=${encodeURIComponent(`n:${actor.id}`)}`,
    );
    const details = page.getByTestId('node-details');
    await details.getByTestId('evidence-row').first().waitFor();
    const table = details.getByTestId('evidence-row').filter({ hasText: source.value }).first();
    for (const cell of row.filter((each) => each.value.trim() !== '')) {
      await poll(() =>
        table.getByRole('row', { name: new RegExp(`^${escape(cell.column)}`) }).count(),
      ).toBeGreaterThan(0);
    }
    expect(await table.getByRole('link', { name: source.value }).getAttribute('href')).toBe(
      source.value,
    );
    // The card does not overflow the panel however long the address.
    const [card, panel] = await Promise.all([table.boundingBox(), details.boundingBox()]);
    expect(card!.x + card!.width).toBeLessThanOrEqual(panel!.x + panel!.width + 1);
    expect(node.node.country).toBeNull();
    expect(await details.getByRole('heading', { name: 'Actor', exact: true }).count()).toBe(0);
    await page.close();
  });

  it('links a document whose text we do not hold to where it is published', async () => {
    const doc = (await searchPage('Additions to the Entity List', { kinds: ['DOCUMENT'] }))
      .edges[0]!.node;
    const { node } = await session
      .stack()
      .graphql<{ node: { url: string | null; text: string | null } }>(
        'query($id: ID!) { node(id: $id) { ... on Document { url text } } }',
        { id: doc.id },
      );
    expect(node.text).toBeNull();
    expect(node.url).toMatch(/^https:\/\//);
    const page = await openPage(`?doc=${encodeURIComponent(doc.id)}&docStart=0&docEnd=0`);
    const link = page.getByTestId('document-not-held').getByTestId('published-at');
    await poll(() => link.getAttribute('href')).toBe(node.url);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('hides and shows in place what is drawn, by kind, relationship type and list, with counts', async () => {
    const actor = (await searchPage('Red River Avionics', { kinds: ['COMPANY'] })).edges[0]!.node;
    const { neighborhood } = await session
      .stack()
      .graphql<{ neighborhood: { nodes: { id: string; kind: string }[] } }>(
        'query($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 150) { nodes { id kind } } }',
        { ids: [actor.id] },
      );
    const measureIds = neighborhood.nodes
      .filter((node) => node.kind === 'MEASURE')
      .map((node) => node.id);
    expect(measureIds.length).toBeGreaterThan(0);
    const page = await openPage();
    await page.getByRole('combobox', { name: /Search actors/ }).fill('Red River Avionics');
    await page.getByTestId('search-suggestion').first().click();
    const before = await waitForGraph(page, neighborhood.nodes.length);
    const measures = before.nodes.filter((node) => measureIds.includes(node.id));
    expect(measures.length).toBe(measureIds.length);
    const menu = page.getByTestId('view-filter');
    await menu.locator('summary').click();
    const measureBox = menu.getByRole('checkbox', { name: /Measure/ });
    expect(
      await menu
        .getByText(/Measure/)
        .first()
        .textContent(),
    ).toContain(String(measures.length));
    await measureBox.uncheck();
    await poll(async () => {
      const graph = await drawnGraph(page);
      return graph.nodes
        .filter((node) => node.classes.includes('filtered'))
        .map((node) => node.id)
        .sort();
    }).toEqual(measures.map((node) => node.id).sort());
    const hidden = await drawnGraph(page);
    expect(hidden.relationships.every((rel) => rel.classes.includes('filtered'))).toBe(true);
    expect(hidden.nodes.find((node) => node.id === actor.id)?.classes).not.toContain('filtered');
    await measureBox.check();
    await poll(
      async () =>
        (await drawnGraph(page)).nodes.filter((node) => node.classes.includes('filtered')).length,
    ).toBe(0);
    const after = await drawnGraph(page);
    for (const node of measures) {
      const again = after.nodes.find((each) => each.id === node.id)!;
      expect(Math.round(again.x)).toBe(Math.round(node.x));
      expect(Math.round(again.y)).toBe(Math.round(node.y));
    }
    // A list hides its measures and its listings.
    const list = menu.locator('fieldset.menu-lists').getByRole('checkbox').first();
    await list.uncheck();
    await poll(
      async () =>
        (await drawnGraph(page)).nodes.filter((node) => node.classes.includes('filtered')).length,
    ).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Show everything' }).click();
    await poll(
      async () =>
        (await drawnGraph(page)).relationships.filter((rel) => rel.classes.includes('filtered'))
          .length,
    ).toBe(0);
    await page.close();
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
