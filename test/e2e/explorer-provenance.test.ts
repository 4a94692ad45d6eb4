/**
 * Provenance in the explorer, end to end: over the seed graph (written by hand) and a reviewed
 * document of our own (test/fixtures/review/tide-note-reviewed.yaml), statement and evidence cards
 * carry a badge saying how each fact was made and who reviewed it, and the Show filter's "reviewed
 * facts only" hides, in place, everything else. Expected values come from the live API.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDocuments, readSeedDocuments } from '@policygraph/graph-seed';
import { testConnection } from '../support/neo4j.ts';
import { explorerSession, poll, root, searchAndChoose } from './explorer-session.ts';
import { drawnGraph, waitForGraph } from './graph-probe.ts';

const session = explorerSession();
const { openPage, pageErrors } = session;
const FIXTURE = path.join(root, 'test', 'fixtures', 'review', 'tide-note-reviewed.yaml');
const REVIEWED = new Set(['DRAFTED_ACCEPTED', 'DRAFTED_EDITED', 'ADDED_BY_REVIEWER']);

interface Fact {
  evidence: { provenance: { origin: string; reviewedBy: string | null } | null }[];
}
const reviewed = (fact: Fact) =>
  fact.evidence.some((item) => item.provenance && REVIEWED.has(item.provenance.origin));

beforeAll(async () => {
  const { driver } = session.stack();
  await loadDocuments(driver, await readSeedDocuments([FIXTURE]), {
    database: testConnection().database,
  });
}, 120_000);

describe('explorer: provenance of facts', () => {
  it('badges cards with how each fact was made, and shows reviewed facts only on demand', async () => {
    const mara = await session.searchHit('Mara Quill', 'PERSON');
    const board = await session.searchHit('Board of Commerce of Tideland', 'AGENCY');
    const { statements } = await session.stack().graphql<{
      statements: { edges: { node: { id: string; quote: string } & Fact }[] };
    }>('query($about: ID) { statements(about: $about, first: 20) { edges { node { ... on Statement { id quote evidence { provenance { origin reviewedBy } } } } } } }', { about: board.id });
    const statement = statements.edges[0]!.node;
    const origin = statement.evidence[0]!.provenance!.origin;
    expect(REVIEWED.has(origin)).toBe(true);

    const page = await openPage();
    await searchAndChoose(page, 'MOFCOM', 'Agency');
    await waitForGraph(page, 2);
    await searchAndChoose(page, 'Mara Quill', 'Person');
    await poll(async () => (await drawnGraph(page)).nodes.some((node) => node.id === mara.id)).toBe(
      true,
    );

    // The selected person's evidence card says how it was made and who reviewed it.
    const details = page.getByTestId('node-details');
    const { node: person } = await session
      .stack()
      .graphql<{ node: Fact }>(
        'query($id: ID!) { node(id: $id) { evidence { provenance { origin reviewedBy } } } }',
        { id: mara.id },
      );
    const evidenceBadge = details.getByTestId('evidence').first().getByTestId('provenance-badge');
    await poll(() => evidenceBadge.getAttribute('data-origin')).toBe(
      person.evidence[0]!.provenance!.origin,
    );
    expect(await evidenceBadge.getAttribute('title')).toContain(
      `reviewed by ${person.evidence[0]!.provenance!.reviewedBy}`,
    );

    // Statement cards of the who-said-what list carry the statement's provenance; the list's
    // topic follows the selected node.
    await searchAndChoose(page, 'Board of Commerce of Tideland', 'Agency');
    await page.getByRole('tab', { name: 'Who said what' }).click();
    const card = page.getByTestId('statement-card').filter({ hasText: statement.quote });
    const cardBadge = card.getByTestId('provenance-badge');
    await poll(() => cardBadge.getAttribute('data-origin')).toBe(origin);
    expect(await cardBadge.getAttribute('title')).toContain(
      `reviewed by ${statement.evidence[0]!.provenance!.reviewedBy}`,
    );

    // Reviewed facts only: what the API says is neither reviewed nor joined by a reviewed
    // relationship is hidden in place; the rest stays.
    const shown = await drawnGraph(page);
    const { subgraph } = await session.stack().graphql<{
      subgraph: {
        nodes: ({ id: string; kind: string } & Fact)[];
        relationships: ({ id: string; source: string; target: string } & Fact)[];
      };
    }>('query($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id kind evidence { provenance { origin reviewedBy } } } relationships { id source target evidence { provenance { origin reviewedBy } } } } }', { ids: shown.nodes.map((node) => node.id) });
    const drawn = subgraph.relationships.filter((rel) =>
      shown.relationships.some((each) => each.id === rel.id),
    );
    const ends = new Set(drawn.filter(reviewed).flatMap((rel) => [rel.source, rel.target]));
    // Facts are statements and relationships; other nodes show when a reviewed fact joins them.
    const fact = (node: { kind: string } & Fact) => node.kind === 'STATEMENT' && reviewed(node);
    const expectedHidden = subgraph.nodes
      .filter((node) => !fact(node) && !ends.has(node.id))
      .map((node) => node.id)
      .sort();
    expect(expectedHidden).toContain('mofcom');
    expect(expectedHidden).not.toContain(mara.id);
    const reviewedCount = subgraph.nodes.filter(fact).length + drawn.filter(reviewed).length;
    // Reviewed actors (Mara Quill) are nodes the facts join, not facts: not in the count.
    expect(subgraph.nodes.filter(reviewed).length).toBeGreaterThan(
      subgraph.nodes.filter(fact).length,
    );

    const menu = page.getByTestId('view-filter');
    await menu.locator('summary').click();
    const reviewedOnly = menu.getByTestId('reviewed-only');
    const count = Number(
      await menu
        .locator('label', { has: page.getByTestId('reviewed-only') })
        .locator('.menu-count')
        .textContent(),
    );
    expect(count).toBe(reviewedCount);
    await reviewedOnly.check();
    const filtered = async () =>
      (await drawnGraph(page)).nodes
        .filter((node) => node.classes.includes('filtered'))
        .map((node) => node.id)
        .sort();
    await poll(filtered).toEqual(expectedHidden);
    await reviewedOnly.uncheck();
    await poll(filtered).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
