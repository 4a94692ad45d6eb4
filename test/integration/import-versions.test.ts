/**
 * Versions of a list on a real Neo4j: the same file again changes nothing even after a newer
 * version; a newer version needs an explicit, later --as-of and may not delist most of its list by
 * absence unless allowed; no as-of in the future; no removal dated before its listing.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { neo4j, testConnection, testDriver } from '../support/neo4j.ts';
import { dumpGraph } from './seed-support.ts';
import { freshSeedGraph, importFixtureFile } from './import-support.ts';

const database = testConnection().database;
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

const refusedCode = (run: Promise<unknown>) =>
  run.then(
    () => 'imported',
    (error: { code?: string }) => error.code,
  );

describe('versions of a list', () => {
  beforeEach(async () => {
    await freshSeedGraph(driver);
    await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv', { asOf: '2026-08-22' });
  });

  it('imports the same file again, after a newer version, changing nothing and reporting no change', async () => {
    await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', { asOf: '2026-10-15' });
    const before = await dumpGraph(driver, database);
    for (const [name, asOf] of [
      ['cn-sanctions.csv', '2026-08-22'],
      ['cn-sanctions-v2.csv', '2026-10-15'],
    ] as const) {
      const again = await importFixtureFile(driver, 'cn-sanctions', name, { asOf });
      expect(again).toMatchObject({
        standing: 'same',
        reimport: true,
        nodesCreated: 0,
        nodesUpdated: 0,
        relationshipsCreated: 0,
        relationshipsUpdated: 0,
        propertiesChanged: 0,
        delisted: [],
        reappeared: [],
      });
    }
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('counts what a newer version changes, not every property it sets', async () => {
    const v2 = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', {
      asOf: '2026-10-15',
    });
    // The new document, Granite (actor), its measure, and their ISSUED_BY and LISTS.
    expect([v2.nodesCreated, v2.relationshipsCreated]).toEqual([3, 2]);
    // The 11 listings and the ISSUED_BY of the 10 measures stated again gain the new rows as
    // evidence; Skyline's listing is delisted.
    expect(v2.relationshipsUpdated).toBe(11 + 10 + 1);
    // The 8 actors and 10 measures stated again, and the 3 issuing bodies, gain evidence.
    expect(v2.nodesUpdated).toBe(8 + 10 + 3);
    expect(v2.propertiesChanged).toBeGreaterThan(0);
  });

  it('refuses a newer version without an explicit, later --as-of, and writes nothing', async () => {
    const before = await dumpGraph(driver, database);
    expect(
      await refusedCode(
        importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', { asOf: null }),
      ),
    ).toBe('AS_OF_REQUIRED');
    expect(
      await refusedCode(
        importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-subset.csv', {
          asOf: '2026-08-22',
        }),
      ),
    ).toBe('OLDER_VERSION');
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuses a partial file that would delist most of the list, unless mass delisting is allowed', async () => {
    const before = await dumpGraph(driver, database);
    const subset = importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-subset.csv', {
      asOf: '2026-10-15',
    });
    await expect(subset).rejects.toMatchObject({
      code: 'MASS_DELISTING',
      message: expect.stringContaining('does not state 10 of the 11 listings in force'),
    });
    expect(await dumpGraph(driver, database)).toEqual(before);
    const allowed = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-subset.csv', {
      asOf: '2026-10-15',
      allowMassDelisting: true,
    });
    expect(allowed.delisted).toHaveLength(10);
  });

  it('refuses an as-of day in the future, and never stores a removal before its listing', async () => {
    expect(
      await refusedCode(
        importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', { asOf: '2099-01-01' }),
      ),
    ).toBe('AS_OF_INVALID');
    expect(
      await refusedCode(
        importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', { asOf: '2026-09-01' }),
      ),
    ).toBe('INVALID_ROWS'); // Granite is listed on 2026-10-09, after 2026-09-01
    await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', { asOf: '2026-10-15' });
    const { records } = await driver.executeQuery(
      'MATCH ()-[r:LISTS]->() WHERE r.delistedOn < r.listedOn RETURN r.id AS id',
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(records.map((record) => record.get('id'))).toEqual([]);
  });
});
