/**
 * Removing an imported version when merges involve the nodes it brought
 * (`npm run import -- --remove <document id>`): the whole graph afterwards, merge records and
 * their snapshots included, is the graph of the other imports with the merges that did not need
 * the removed one, for a chain of merges (a node only the removed import brought absorbed by a
 * node later absorbed in turn) and for a survivor only the removed import brought.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { removeImport } from '@policygraph/import';
import { testConnection } from '../support/neo4j.ts';
import { testDriver } from './api-helpers.ts';
import { freshSeedGraph, importFixtureFile, mergeAsEditor } from './import-support.ts';
import { dumpGraph } from './seed-support.ts';

let driver: Driver;
const database = testConnection().database;
/** A person of the seed article, with no country. */
const SEED_PERSON = 'li-dan';
/** Dana Quill (US), brought only by the namesakes list. */
const REMOVED_ONLY = 'dana-quill';

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

/** Merges `absorbedId` into `survivorId` at `when`, as an editor would. */
const merge = (survivorId: string, absorbedId: string, when: string) =>
  mergeAsEditor(driver, survivorId, absorbedId, { when, score: 0.8 });

/** The seed graph with the duplicates list imported; the id of its Harriet Jane Vossberg of the US. */
async function seedAndDuplicates(): Promise<string> {
  await freshSeedGraph(driver);
  await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-duplicates.csv');
  const { records } = await driver.executeQuery(
    "MATCH (a:Actor {name: 'Harriet Jane Vossberg', country: 'US'}) RETURN a.id AS id",
    {},
    { database },
  );
  expect(records).toHaveLength(1);
  return records[0]!.get('id') as string;
}

/**
 * The namesakes list, which brings Dana Quill, as a later version of the same data set as the
 * duplicates list (a version of the same day is refused).
 */
function importNamesakes() {
  return importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-namesakes.csv', {
    asOf: '2026-10-15',
    allowMassDelisting: true,
  });
}

const T1 = '2026-12-06T14:00:00.000Z';
const T2 = '2026-12-06T15:00:00.000Z';

describe('removing an import whose nodes were merged', () => {
  it(
    'undoes a chain: the merge of its node into one later merged in turn goes, the later merge stays',
    { timeout: 600_000 },
    async () => {
      // Without the namesakes list: only the later merge, of Harriet into the seed's person.
      const harriet = await seedAndDuplicates();
      await merge(SEED_PERSON, harriet, T2);
      const withoutIt = await dumpGraph(driver, database);

      await seedAndDuplicates();
      const removed = await importNamesakes();
      await merge(harriet, REMOVED_ONLY, T1);
      await merge(SEED_PERSON, harriet, T2);
      const chained = await driver.executeQuery(
        'MATCH (rec:MergeRecord) RETURN rec.absorbedId AS absorbed, rec.survivorId AS survivor ORDER BY absorbed',
        {},
        { database },
      );
      // The record of the first merge leads to the latest survivor.
      expect(chained.records.map((r) => r.toObject())).toEqual(
        [
          { absorbed: REMOVED_ONLY, survivor: SEED_PERSON },
          { absorbed: harriet, survivor: SEED_PERSON },
        ].sort((a, b) => a.absorbed.localeCompare(b.absorbed)),
      );

      const report = await removeImport(driver, { documentId: removed.documentId, database });
      expect(report.mergesUndone).toEqual([REMOVED_ONLY]);
      expect(await dumpGraph(driver, database)).toEqual(withoutIt);
    },
  );

  it(
    'undoes the merge into a survivor only the removed import brought: the absorbed node is back as it was',
    { timeout: 600_000 },
    async () => {
      await seedAndDuplicates();
      const withoutIt = await dumpGraph(driver, database);

      const harriet = await seedAndDuplicates();
      const removed = await importNamesakes();
      await merge(REMOVED_ONLY, harriet, T1);
      const report = await removeImport(driver, { documentId: removed.documentId, database });
      expect(report.mergesUndone).toEqual([harriet]);
      expect(await dumpGraph(driver, database)).toEqual(withoutIt);
    },
  );
});
