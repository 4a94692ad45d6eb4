/**
 * The explorer end to end, keeping and taking views: a shared URL restoring the same view (with
 * the time to the first graph), and the exports (PNG, GraphML, CSV, JSON). The built client is
 * served by the real server over the seeded Neo4j, driven in headless Chromium
 * (explorer-session.ts); expected values come from the live API, never from constants.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS } from './browser.ts';
import { explorerSession, linkView, poll, searchAndChoose } from './explorer-session.ts';
import { nodeIds, waitForGraph } from './graph-probe.ts';

const session = explorerSession();
const { openPage, searchHit, pageErrors } = session;

describe('explorer: shared views and exports', () => {
  it('restores the same view from a shared URL, and measures the time to the first graph', async () => {
    const mofcom = await searchHit('MOFCOM', 'AGENCY');
    const page = await openPage();
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await waitForGraph(page, 2);
    await page.getByLabel('Layout').selectOption('concentric');
    await page.getByLabel('From date').fill('2023-07-04');
    await page.getByRole('tab', { name: 'Who said what' }).click();
    // The list follows the selection (MOFCOM); wait for it to answer.
    await poll(() => page.getByTestId('statements-panel').textContent()).toMatch(
      /statements? match|No statements/,
    );
    await page.waitForTimeout(300); // the URL follows the state after a short debounce
    const shared = page.url();
    const original = await waitForGraph(page, 2);
    expect(linkView(shared).layout).toBe('concentric');
    expect(new URL(shared).search).toBe('');
    expect(original.nodes.some((node) => node.classes.includes('faded'))).toBe(true);
    await page.close();

    const reopened = await openPage(new URL(shared).hash);
    const restored = await waitForGraph(reopened, original.nodes.length);
    expect(nodeIds(restored)).toEqual(nodeIds(original));
    expect(restored.relationships.map((rel) => rel.id).sort()).toEqual(
      original.relationships.map((rel) => rel.id).sort(),
    );
    const selected = (graph: typeof original) =>
      graph.nodes.filter((node) => node.selected).map((node) => node.id);
    expect(selected(restored)).toEqual([mofcom.id]);
    expect(selected(restored)).toEqual(selected(original));
    const faded = (graph: typeof original) =>
      graph.nodes
        .filter((node) => node.classes.includes('faded'))
        .map((node) => node.id)
        .sort();
    expect(faded(restored)).toEqual(faded(original));
    expect(await reopened.getByLabel('Layout').inputValue()).toBe('concentric');
    expect(await reopened.getByLabel('From date').inputValue()).toBe('2023-07-04');
    expect(
      await reopened.getByRole('tab', { name: 'Who said what' }).getAttribute('aria-selected'),
    ).toBe('true');
    expect(reopened.url()).toBe(shared);

    const timing = await reopened.evaluate(() => {
      const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      return {
        appStartMs: mark('policygraph:app-start'),
        dataMs: mark('policygraph:shared-view-data'),
        firstGraphMs: mark('policygraph:first-graph-rendered'),
      };
    });
    expect(timing.firstGraphMs).not.toBeNull();
    expect(timing.firstGraphMs!).toBeGreaterThan(timing.appStartMs ?? 0);
    const report = {
      ...timing,
      nodes: restored.nodes.length,
      relationships: restored.relationships.length,
      url: new URL(shared).hash,
    };
    writeFileSync(
      path.join(ARTIFACTS, 'first-graph-timing.json'),
      JSON.stringify(report, null, 2) + '\n',
    );
    console.log(
      `[e2e] page load to first rendered graph: ${Math.round(timing.firstGraphMs!)} ms (app started ${Math.round(timing.appStartMs ?? 0)} ms, data in ${Math.round(timing.dataMs ?? 0)} ms; ${report.nodes} nodes, ${report.relationships} relationships)`,
    );
    await reopened.screenshot({ path: path.join(ARTIFACTS, 'shared-view-restored.png') });
    await reopened.close();
  });

  it('exports the shown view as PNG, GraphML, CSV of statements with evidence, and JSON', async () => {
    const mao = await searchHit('Mao Ning', 'PERSON');
    const page = await openPage();
    await searchAndChoose(page, 'Mao Ning', 'Person');
    const graph = await waitForGraph(page, 2);
    const shown = nodeIds(graph);
    const data = await session.stack().graphql<{
      statements: {
        edges: {
          node: {
            id: string;
            evidence: { quote: string; start: number; end: number; document: { id: string } }[];
          };
        }[];
      };
    }>('query($speaker: ID) { statements(speaker: $speaker, first: 50) { edges { node { ... on Statement { id evidence { quote start end document { id } } } } } } }', { speaker: mao.id });
    const statements = data.statements.edges
      .map((edge) => edge.node)
      .filter((statement) => shown.includes(statement.id));
    expect(statements.length).toBeGreaterThan(0);

    const download = async (item: RegExp): Promise<Buffer> => {
      await page.locator('summary', { hasText: 'Export' }).click();
      const [file] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('menuitem', { name: item }).click(),
      ]);
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    };

    const png = await download(/^PNG image/);
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );

    const graphml = (await download(/^GraphML/)).toString('utf8');
    const declared = new Set([...graphml.matchAll(/<key id="([^"]+)"/g)].map((match) => match[1]));
    const used = new Set([...graphml.matchAll(/<data key="([^"]+)"/g)].map((match) => match[1]));
    expect([...used].filter((key) => !declared.has(key))).toEqual([]);
    expect(graphml.match(/<node /g)?.length).toBe(graph.nodes.length);
    expect(graphml.match(/<edge /g)?.length ?? 0).toBe(graph.relationships.length);

    const csv = (await download(/^CSV of statements/)).toString('utf8');
    expect(csv.startsWith('\ufeffstatement_id,speaker,')).toBe(true);
    const records = csv
      .slice(1)
      .split('\r\n')
      .filter((line) => line.length > 0);
    const evidenceCount = statements.reduce(
      (sum, statement) => sum + Math.max(statement.evidence.length, 1),
      0,
    );
    expect(records.length).toBe(1 + evidenceCount);
    for (const statement of statements) {
      for (const evidence of statement.evidence) {
        expect(csv).toContain(`${evidence.document.id},`);
        expect(csv).toContain(`,${evidence.start},${evidence.end}`);
      }
    }

    const json = JSON.parse((await download(/^JSON/)).toString('utf8')) as {
      nodes: { id: string }[];
      relationships: { id: string }[];
    };
    expect(json.nodes.map((node) => node.id).sort()).toEqual(shown);
    expect(json.relationships.map((rel) => rel.id).sort()).toEqual(
      graph.relationships.map((rel) => rel.id).sort(),
    );
    await page.close();
  });

  it('raised no errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
