/**
 * The explorer end to end, walking the graph: search, expansion in place, a statement's evidence
 * highlighted in its article, the shortest path, and who said what. The built client is served by
 * the real server over the seeded Neo4j, driven in headless Chromium (explorer-session.ts);
 * expected values come from the live API, never from constants.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './browser.ts';
import { explorerSession, linkView, poll, root, searchAndChoose } from './explorer-session.ts';
import { doubleClickNode, drawnGraph, nodeIds, waitForGraph } from './graph-probe.ts';

const session = explorerSession();
const { openPage, searchHit, neighbourhoodIds, pageErrors } = session;

interface SubgraphIds {
  nodes: { id: string }[];
  relationships: { id: string }[];
}

describe('explorer: walking the graph', () => {
  it('says plainly when a search finds nothing', async () => {
    const page = await openPage();
    await page.getByRole('combobox', { name: /Search/ }).fill('qqxzzv');
    await poll(() => page.getByRole('listbox').textContent()).toContain(
      'Nothing in the graph matches “qqxzzv”',
    );
    await page.close();
  });

  it('searches "MOFCOM", shows it with its neighbourhood, and expands a neighbour in place', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const expected = await neighbourhoodIds(mofcom.id);
    const page = await openPage();

    await page.getByRole('combobox', { name: /Search/ }).fill('MOFCOM');
    const suggestion = page.getByTestId('search-suggestion').first();
    await suggestion.waitFor();
    // The suggestion tells the kind and the country apart from the name.
    expect(await suggestion.textContent()).toContain(mofcom.name);
    expect(await suggestion.textContent()).toContain('Agency');
    expect(await suggestion.textContent()).toContain(mofcom.country!);
    await suggestion.click();

    let graph = await waitForGraph(page, expected.length);
    expect(nodeIds(graph)).toEqual(expected);
    expect(graph.nodes.find((node) => node.id === mofcom.id)?.selected).toBe(true);
    await poll(() =>
      page.getByTestId('node-details').getByRole('heading', { level: 2 }).textContent(),
    ).toBe(mofcom.name);
    await poll(() => linkView(page.url()).nodes).toEqual(expected);

    // Expand a neighbour that brings new nodes, by double-clicking it on the canvas.
    let neighbour: string | undefined;
    let grown: string[] = [];
    for (const id of expected.filter((candidate) => candidate !== mofcom.id)) {
      grown = [...new Set([...expected, ...(await neighbourhoodIds(id))])].sort();
      if (grown.length > expected.length) {
        neighbour = id;
        break;
      }
    }
    expect(neighbour, 'a neighbour of MOFCOM with further neighbours').toBeDefined();
    const before = new Map(graph.nodes.map((node) => [node.id, node]));
    graph = await doubleClickNode(page, neighbour!, grown.length, { keyboard: false });
    expect(nodeIds(graph)).toEqual(grown);
    // Existing nodes stay where they were; the new ones are laid out around them.
    for (const node of graph.nodes) {
      const old = before.get(node.id);
      if (old) {
        expect(Math.abs(node.x - old.x), `${node.id} x`).toBeLessThan(0.5);
        expect(Math.abs(node.y - old.y), `${node.id} y`).toBeLessThan(0.5);
      }
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'mofcom-expanded.png') });

    // Undo takes back exactly that expansion.
    await page.getByRole('button', { name: /^Undo expansion/ }).click();
    await poll(async () => nodeIds(await drawnGraph(page))).toEqual(expected);
    await page.close();
  });

  it('opens a statement by Mao Ning and shows its quote highlighted in the article', async () => {
    const mao = await searchHit('Mao Ning', 'PERSON');
    const data = await session.stack().graphql<{
      statements: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            quote: string;
            evidence: {
              quote: string;
              start: number;
              end: number;
              document: { id: string; text: string };
            }[];
          };
        }[];
      };
    }>('query($speaker: ID) { statements(speaker: $speaker, first: 50) { totalCount edges { node { ... on Statement { id quote evidence { quote start end document { id text } } } } } } }', { speaker: mao.id });
    expect(data.statements.totalCount).toBeGreaterThan(0);
    const statement = data.statements.edges[0]!.node;
    const evidence = statement.evidence[0]!;
    expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);

    const page = await openPage();
    await page.getByRole('tab', { name: 'Who said what' }).click();
    const speaker = page.getByLabel('Speaker', { exact: true });
    await speaker.locator('option', { hasText: mao.name }).waitFor({ state: 'attached' });
    await speaker.selectOption(mao.id);
    await poll(() => page.getByTestId('statement-card').count()).toBe(data.statements.totalCount);
    await page
      .getByRole('button', {
        name: new RegExp(`^Show in graph\\W+the statement by ${mao.name}, `),
      })
      .first()
      .click();

    await waitForGraph(page, 2);
    const quote = page.getByTestId('statement-quote');
    await poll(() => quote.textContent()).toBe(statement.quote);
    const graph = await drawnGraph(page);
    expect(graph.nodes.find((node) => node.id === statement.id)?.selected).toBe(true);

    await page.getByTestId('node-details').getByTestId('evidence').first().click();
    const highlight = page.getByTestId('evidence-highlight');
    await poll(() => highlight.textContent()).toBe(evidence.quote);
    // The highlighted span is scrolled into the visible part of the document text.
    const text = await page.getByTestId('document-text').boundingBox();
    const mark = await highlight.boundingBox();
    expect(text && mark).toBeTruthy();
    expect(mark!.y).toBeGreaterThanOrEqual(text!.y);
    expect(mark!.y + Math.min(mark!.height, 40)).toBeLessThanOrEqual(text!.y + text!.height);
    // Only the text scrolled: the page itself did not (the top bar and search stay in view).
    expect(await page.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await poll(() => linkView(page.url()).document?.id).toBe(evidence.document.id);
    expect(linkView(page.url()).document?.start).toBe(evidence.start);
    await page.screenshot({ path: path.join(ARTIFACTS, 'mao-ning-evidence.png') });
    await page.close();
  });

  it('shows the shortest path from the Wall Street Journal to Amazon', async () => {
    const wsj = await searchHit('Wall Street Journal', 'MEDIA_OUTLET');
    const amazon = await searchHit('Amazon', 'COMPANY');
    const data = await session
      .stack()
      .graphql<{ paths: SubgraphIds[] }>(
        'query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) { nodes { id } relationships { id } } }',
        { from: wsj.id, to: amazon.id },
      );
    expect(data.paths.length).toBeGreaterThan(0);
    const first = data.paths[0]!;

    const page = await openPage();
    await searchAndChoose(page, 'Wall Street Journal', 'Media outlet');
    await waitForGraph(page, 1);
    await searchAndChoose(page, 'Amazon', 'Company');
    await poll(async () => nodeIds(await drawnGraph(page)).includes(amazon.id)).toBe(true);

    await page.getByRole('tab', { name: 'Paths' }).click();
    await page.getByLabel('Path from').selectOption(wsj.id);
    await page.getByLabel('Path to').selectOption(amazon.id);
    await page.getByRole('button', { name: 'Find shortest paths' }).click();
    await poll(() => page.getByTestId('path-option').count()).toBe(data.paths.length);
    const option = await page.getByTestId('path-option').first().textContent();
    expect(option).toContain(wsj.name);
    expect(option).toContain(amazon.name);

    const expectedOnPath = [
      ...first.nodes.map((node) => node.id),
      ...first.relationships.map((rel) => rel.id),
    ].sort();
    await poll(async () => {
      const graph = await drawnGraph(page);
      return [...graph.nodes, ...graph.relationships]
        .filter((ele) => ele.classes.includes('on-path'))
        .map((ele) => ele.id)
        .sort();
    }).toEqual(expectedOnPath);
    await waitForGraph(page, first.nodes.length);
    await page.getByRole('button', { name: 'Fit the graph to the view' }).click();
    await page.getByRole('button', { name: 'Fit the graph to the view' }).blur();
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(ARTIFACTS, 'path-wsj-amazon.png') });
    await page.close();
  });

  it('lists who said what about the gallium and germanium control, linked to the graph', async () => {
    const control = await searchHit('gallium germanium export control', 'MEASURE');
    const data = await session.stack().graphql<{
      statements: { totalCount: number; edges: { node: { id: string } }[] };
    }>('query($about: ID) { statements(about: $about, first: 50) { totalCount edges { node { id } } } }', { about: control.id });
    expect(data.statements.totalCount).toBeGreaterThan(1);
    const page = await openPage();
    await searchAndChoose(page, 'gallium germanium export control', 'Measure');
    const graph = await waitForGraph(page, 2);
    // Statements about the measure are its neighbours, so they are drawn.
    for (const edge of data.statements.edges) expect(nodeIds(graph)).toContain(edge.node.id);

    await page.getByRole('tab', { name: 'Who said what' }).click();
    const about = page.getByLabel('About', { exact: true });
    await about.locator('option', { hasText: control.name }).waitFor({ state: 'attached' });
    await about.selectOption(control.id);
    await poll(() => page.getByTestId('statement-card').count()).toBe(data.statements.totalCount);
    if (process.env.POLICYGRAPH_DOCS_SCREENSHOT === '1') {
      // The picture in the README: set POLICYGRAPH_DOCS_SCREENSHOT=1 to retake it.
      await page.getByRole('button', { name: 'Fit the graph to the view' }).click();
      await page.waitForTimeout(400);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(root, 'docs', 'explorer.png') });
    }
    // A statement drawn in the graph is offered for selection there.
    await page
      .getByRole('button', { name: /^Select in graph\W+the statement by / })
      .first()
      .click();
    await poll(
      async () => (await drawnGraph(page)).nodes.filter((node) => node.selected).length,
    ).toBe(1);
    await page.getByRole('tab', { name: 'Who said what' }).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(ARTIFACTS, 'who-said-what-gallium.png') });
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
