/**
 * The review of drafts in the explorer end to end, as a journalist does it in headless Chromium:
 * draft a readout of our own (test/fixtures/review) on the server, review it by keyboard (reject an
 * entry, accept, undo, edit a speaker, add a missed quote by selecting it), load it, then find one
 * of its statements by search and open its evidence highlighted. Bad input: a quote moved outside
 * the text and an actor linked to a node that is gone (a drafting's candidate, or any node found by
 * the search box) are each refused with the loader's message on the entry it names, and nothing is
 * written; reopened, the draft shows what was accepted. Expected values come from the live API and
 * Neo4j.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testConnection } from '../support/neo4j.ts';
import { explorerSession, poll, root, searchAndChoose } from './explorer-session.ts';
import {
  acceptRemaining,
  card,
  cards,
  goTo,
  noticeSays,
  selectInText,
  seriousViolations,
} from './review-page.ts';

const EDITOR = { name: 'Rhea Reviewer', token: 'rhea-token-0123456789abcdefghij' };
const session = explorerSession({ editors: [EDITOR] });
const fixture = (name: string) =>
  readFileSync(path.join(root, 'test', 'fixtures', 'review', name), 'utf8');
/** Drafting runs the NLP pipeline on the server: slow on a busy machine. */
const DRAFTING_MS = 240_000;

/** Sends an operation as the editor, as the explorer does. @throws Error on GraphQL errors. */
async function asEditor<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${session.stack().baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-policygraph-csrf': '1',
      authorization: `Bearer ${EDITOR.token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Nodes and relationships of the graph, leaving out drafts and their revisions. */
async function graphCounts(): Promise<{ nodes: number; relationships: number }> {
  const { database } = testConnection();
  const draftish = 'n:Draft OR n:DraftRevision';
  const result = await session.stack().driver.executeQuery(
    `CALL { MATCH (n) WHERE NOT (${draftish}) RETURN count(n) AS nodes }
     CALL { MATCH (n)-[r]->(m) WHERE NOT (${draftish}) AND NOT (m:Draft OR m:DraftRevision)
            RETURN count(r) AS relationships }
     RETURN nodes, relationships`,
    {},
    { database },
  );
  const row = result.records[0]!;
  return { nodes: Number(row.get('nodes')), relationships: Number(row.get('relationships')) };
}

/** Opens the review view with the editor's token entered. */
async function openReview(): Promise<Page> {
  const page = await session.openPage('?review');
  await page.getByLabel('Editor token').fill(EDITOR.token);
  await page.getByRole('button', { name: 'Use this token' }).click();
  await page.getByRole('heading', { name: 'Drafts', exact: true }).waitFor();
  return page;
}

describe('review of drafts in the explorer', () => {
  it('drafts a readout, reviews it by keyboard, loads it, and finds its statement', async () => {
    const page = await openReview();
    await page.getByLabel('Or paste the text').fill(fixture('readout-licence-consultation.txt'));
    await page.getByLabel('Published on').fill('2026-03-12');
    await page.getByRole('button', { name: 'Draft it' }).click();
    await page.getByTestId('review-entry').first().waitFor({ timeout: DRAFTING_MS });

    // Every entry not rejected is highlighted in the text, in its kind's colour.
    const marked = await page.$$eval(
      '[data-testid=review-text] mark',
      (marks) => new Set(marks.map((mark) => (mark as HTMLElement).dataset.entry)).size,
    );
    expect(marked).toBe((await cards(page)).length);

    // A paraphrase the reviewer does not keep: reject it (the cursor moves on).
    const waited = await goTo(page, 'exporters had waited months for answers');
    await page.keyboard.press('r');
    await poll(() => card(page, waited).getAttribute('data-status')).toBe('rejected');

    // Accept, then take it back with Ctrl+Z.
    const hao = await goTo(page, 'Our members need predictable timelines');
    await page.keyboard.press('a');
    await poll(() => card(page, hao).getAttribute('data-status')).toBe('accepted');
    await page.keyboard.press('Control+z');
    await poll(() => card(page, hao).getAttribute('data-status')).toBe('pending');
    await goTo(page, 'Our members need predictable timelines');
    await page.keyboard.press('a');

    // The ministry, not Wen, is the speaker of the paraphrase: edit it.
    const published = await goTo(page, 'would publish the list of approved applicants');
    await page.keyboard.press('e');
    const speaker = card(page, published).locator('select[name=speaker]');
    const ministry = await speaker
      .locator('option', { hasText: 'Ministry of Commerce' })
      .getAttribute('value');
    await speaker.selectOption(ministry);
    await card(page, published).locator('input[name=id]').press('Enter');
    await poll(() => card(page, published).locator('dd[data-field=speaker]').textContent()).toBe(
      ministry,
    );

    // The ministry's second claim, drafted inside its first one, as a statement of its own:
    // select it and add it.
    const missed = 'a second consultation will be held in June';
    await selectInText(page, missed);
    await page.getByRole('button', { name: 'Add as statement' }).click();
    const added = (await cards(page)).find((one) => one.current)!;
    expect(added.text).toContain(missed);
    await page.keyboard.press('e');
    await card(page, added.key).locator('select[name=speaker]').selectOption(ministry);
    await card(page, added.key).locator('select[name=form]').selectOption('PARAPHRASE');
    await card(page, added.key).locator('input[name=id]').press('Enter');
    await poll(() => card(page, added.key).locator('dd[data-field=form]').textContent()).toBe(
      'PARAPHRASE',
    );

    // The document's own fields are a card too: the reviewer gives it a title of their own.
    const documentCard = page.getByTestId('review-document');
    await documentCard.getByRole('button', { name: 'Edit the document' }).click();
    expect(await documentCard.locator('input[name=publishedOn]').inputValue()).toBe('2026-03-12');
    await documentCard.locator('input[name=title]').fill('Licence consultation readout');
    await documentCard.getByRole('button', { name: 'Save the document' }).click();
    await poll(() => documentCard.getByRole('heading', { level: 3 }).textContent()).toBe(
      'Licence consultation readout',
    );

    expect(await seriousViolations(page)).toEqual([]);

    // Entries still to review keep the draft out of the graph, each named on its card.
    const pendingBefore = (await cards(page)).filter((one) => one.status === 'pending');
    expect(pendingBefore.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Accept and load' }).click();
    await noticeSays(page, 'was not loaded');
    await poll(() =>
      card(page, pendingBefore[0]!.key).getByTestId('entry-problems').textContent(),
    ).toContain('still to review');

    // The reviewer accepts the rest, and the draft loads.
    await acceptRemaining(page);
    await page.getByRole('button', { name: 'Accept and load' }).click();
    await noticeSays(page, 'Loaded into the graph');

    // The review is recorded: one rejected, one added, the speaker's edit.
    const documentId = (await page
      .getByTestId('review-view')
      .getByRole('heading', { level: 2 })
      .last()
      .textContent())!;
    const { node } = await session.stack().graphql<{
      node: {
        title: string;
        review: { rejected: number; added: number; edited: number; reviewedBy: string };
      };
    }>('query($id: ID!) { node(id: $id) { ... on Document { title review { rejected added edited reviewedBy } } } }', {
      id: documentId,
    });
    expect(node.title).toBe('Licence consultation readout');
    expect(node.review).toMatchObject({ rejected: 1, added: 1, reviewedBy: EDITOR.name });
    expect(node.review.edited).toBeGreaterThanOrEqual(1);

    // Back in the explorer: search for Wen's remaining statement and open its evidence.
    await page.getByRole('button', { name: 'Back to the graph' }).click();
    const hit = await session.searchHit('Wen Lirong', 'STATEMENT');
    const { node: statement } = await session.stack().graphql<{
      node: { quote: string; evidence: { quote: string }[] };
    }>('query($id: ID!) { node(id: $id) { ... on Statement { quote evidence { quote } } } }', {
      id: hit.id,
    });
    expect(statement.quote).toBe('Licences will be processed within forty-five working days');
    await searchAndChoose(page, 'Wen Lirong', 'Statement');
    await page.getByTestId('node-details').getByTestId('evidence').first().waitFor();
    await page.getByTestId('node-details').getByTestId('evidence').first().click();
    await poll(() => page.getByTestId('evidence-highlight').textContent()).toBe(
      statement.evidence[0]!.quote,
    );
    expect(session.pageErrors).toEqual([]);
    await page.close();
  }, 400_000);

  it('refuses a quote moved outside the text and a link to a node that is gone, writing nothing', async () => {
    const { database } = testConnection();
    const driver = session.stack().driver;
    await driver.executeQuery(
      `CREATE (:Entity:Actor:Person {id: 'e2e-gone-quill', kind: 'PERSON', name: 'Mara Quill',
               aliases: [], names: ['Mara Quill']})`,
      {},
      { database },
    );
    const sidecar = JSON.stringify({
      document: 'review-tide-note',
      notes: [],
      entries: [
        {
          id: 'review-mara-quill',
          section: 'actors',
          confidence: 0.8,
          rule: 'person name',
          candidates: [
            { id: 'e2e-gone-quill', name: 'Mara Quill', kind: 'PERSON', score: 0.8, why: ['name'] },
          ],
          chosen: null,
        },
      ],
    });
    const yaml = fixture('tide-note.yaml');
    const { importDraft } = await asEditor<{ importDraft: { id: string; version: number } }>(
      `mutation ($yaml: String!, $text: String!, $sidecar: String) {
         importDraft(yaml: $yaml, text: $text, sidecar: $sidecar) { id version } }`,
      { yaml, text: fixture('tide-note.txt'), sidecar },
    );
    const page = await openReview();
    await page.getByRole('button', { name: 'review-tide-note' }).click();
    await page.getByTestId('review-entry').first().waitFor();

    // Meanwhile another reviewer saves a quote that is not in the text.
    await asEditor(
      `mutation ($id: ID!, $version: Int!, $yaml: String!) {
         saveDraftReview(id: $id, version: $version, reviewedYaml: $yaml) { version } }`,
      {
        id: importDraft.id,
        version: importDraft.version,
        yaml: yaml.replace("quote: 'the permit is temporary'", "quote: 'the permit is permanent'"),
      },
    );
    const before = await graphCounts();
    // This reviewer's save is refused, naming what the other changed; then they read it.
    await page.keyboard.press('a');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await noticeSays(page, 'statements review-quill-temporary');
    await page.getByRole('button', { name: /Read their version/ }).click();
    await poll(() =>
      card(page, 'statements:review-quill-temporary').locator('dd[data-field=quote]').textContent(),
    ).toBe('the permit is permanent');

    await page.getByRole('button', { name: 'Accept and load' }).click();
    await noticeSays(page, 'was not loaded');
    const temporary = card(page, 'statements:review-quill-temporary');
    await poll(() => temporary.getByTestId('entry-problems').textContent()).toContain('quote');
    expect(await graphCounts()).toEqual(before);

    // Put the quote back by selecting it, link Quill to the candidate, then the node goes.
    await goTo(page, 'the permit is permanent');
    await selectInText(page, 'the permit is temporary');
    await page.getByRole('button', { name: 'Move the quote here' }).click();
    await poll(() => temporary.locator('dd[data-field=quote]').textContent()).toBe(
      'the permit is temporary',
    );
    await goTo(page, { key: 'actors:review-mara-quill' });
    await page.getByRole('button', { name: 'Link to Mara Quill (e2e-gone-quill)' }).click();
    const quill = card(page, 'actors:review-mara-quill');
    await poll(() => quill.locator('dd[data-field=id]').textContent()).toBe('e2e-gone-quill');
    await driver.executeQuery(`MATCH (n {id: 'e2e-gone-quill'}) DETACH DELETE n`, {}, { database });
    const beforeLink = await graphCounts();
    await page.getByRole('button', { name: 'Accept and load' }).click();
    await noticeSays(page, 'was not loaded');
    await poll(() => quill.getByTestId('entry-problems').textContent()).toContain(
      'no longer in the graph',
    );
    expect(await graphCounts()).toEqual(beforeLink);

    // Linked through the search box instead, to a node the drafting never offered, which then goes.
    await driver.executeQuery(
      `CREATE (:Entity:Actor:Person {id: 'e2e-found-quill', kind: 'PERSON', name: 'Mara Quill Tideland',
               aliases: [], names: ['Mara Quill Tideland']})`,
      {},
      { database },
    );
    const found = page.locator('[data-testid=review-entry][aria-current=true]');
    await found
      .getByRole('combobox', { name: 'Link to another existing node' })
      .fill('Quill Tideland');
    await page
      .getByTestId('search-suggestion')
      .filter({ hasText: 'Mara Quill Tideland' })
      .first()
      .click();
    await poll(() => found.locator('dd[data-field=id]').textContent()).toBe('e2e-found-quill');
    await driver.executeQuery(
      `MATCH (n {id: 'e2e-found-quill'}) DETACH DELETE n`,
      {},
      { database },
    );
    const beforeSearchLink = await graphCounts();
    await page.getByRole('button', { name: 'Accept and load' }).click();
    await noticeSays(page, 'was not loaded');
    const searched = card(page, (await cards(page)).find((one) => one.current)!.key);
    await poll(() => searched.getByTestId('entry-problems').textContent()).toContain(
      '"e2e-found-quill", which is no longer in the graph',
    );
    expect(await graphCounts()).toEqual(beforeSearchLink);

    // The review was saved before the load: reopened, what was accepted still is.
    await page.getByRole('button', { name: 'All drafts' }).click();
    await page.getByRole('button', { name: 'review-tide-note' }).click();
    await page.getByTestId('review-entry').first().waitFor();
    const statuses = Object.fromEntries((await cards(page)).map((one) => [one.key, one.status]));
    expect(statuses).toMatchObject({
      'statements:review-quill-temporary': 'accepted',
      'statements:review-quill-harbours': 'pending',
      'actors:e2e-found-quill': 'accepted',
    });
    const { draft: saved } = await asEditor<{
      draft: { linkedIds: string[]; accepted: { section: string; id: string }[] };
    }>('query ($id: ID!) { draft(id: $id) { linkedIds accepted { section id } } }', {
      id: importDraft.id,
    });
    expect(saved).toEqual({
      linkedIds: ['e2e-found-quill'],
      // Drafted entries by their id now: Quill's actor was relinked.
      accepted: [
        { section: 'actors', id: 'e2e-found-quill' },
        { section: 'statements', id: 'review-quill-temporary' },
      ],
    });
    expect(session.pageErrors).toEqual([]);
    await page.close();
  }, 180_000);
});
