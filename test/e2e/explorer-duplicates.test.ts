/**
 * The explorer end to end on entity resolution: an actor's details show "possibly the same as" its
 * near-duplicate of our fixture (test/fixtures/import/cn-sanctions-duplicates.csv: one person on
 * two announcements, one row without a country and with another Chinese transliteration), with the
 * score and its features as the live API gives them; without editing configured, no Merge button.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { importListFile } from '@policygraph/import';
import { testConnection } from '../support/neo4j.ts';
import { explorerSession, poll, root, searchAndChoose } from './explorer-session.ts';

const session = explorerSession();
const { openPage, pageErrors } = session;

interface Candidates {
  node: {
    possibleDuplicates: {
      actor: { id: string; name: string };
      score: number;
      features: { feature: string }[];
    }[];
  };
}

beforeAll(async () => {
  await importListFile(session.stack().driver, {
    format: 'cn-sanctions',
    file: path.join(root, 'test', 'fixtures', 'import', 'cn-sanctions-duplicates.csv'),
    asOf: '2026-08-22',
    database: testConnection().database,
  });
});

describe('explorer: possibly the same as', () => {
  it("shows an actor's near-duplicate with its score and why, and no Merge button on a read-only server", async () => {
    const page = await openPage();
    await searchAndChoose(page, 'Harriet Jane Vossberg', 'Person');
    const details = page.getByTestId('node-details');
    await details.waitFor();
    const id = (await details.locator('.subtitle .mono').first().textContent())!.trim();
    const expected = (
      await session
        .stack()
        .graphql<Candidates>(
          'query($id: ID!) { node(id: $id) { ... on Actor { possibleDuplicates { actor { id name } score features { feature } } } } }',
          { id },
        )
    ).node.possibleDuplicates;
    expect(expected).toHaveLength(1);
    expect(expected[0]!.actor.id).not.toBe(id);
    const section = page.getByTestId('possible-duplicates');
    await section.waitFor();
    const candidate = section.getByTestId('duplicate-candidate');
    await poll(() => candidate.count()).toBe(1);
    const text = (await candidate.first().textContent()) ?? '';
    expect(text).toContain(expected[0]!.actor.name);
    expect(text).toContain(expected[0]!.actor.id);
    expect(text).toContain(`score ${expected[0]!.score.toFixed(2)}`);
    for (const { feature } of expected[0]!.features) expect(text).toContain(feature);
    expect(await section.getByRole('button', { name: /Merge/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});
