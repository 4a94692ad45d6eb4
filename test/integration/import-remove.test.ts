/**
 * Removing an imported version (`npm run import -- --remove <document id>`): the graph afterwards
 * is, property for property, the graph of the other imports alone; a removal refused changes
 * nothing; provenance is what the person importing gave.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ImportRefusedError, mergeNodes, removeImport } from '@policygraph/import';
import { neo4j, testConnection } from '../support/neo4j.ts';
import { testDriver } from './api-helpers.ts';
import { freshSeedGraph, importFixtureFile, runImportCli } from './import-support.ts';
import { dumpGraph, type GraphDump } from './seed-support.ts';

let driver: Driver;
const database = testConnection().database;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

/** The dump of the seed graph with `files` imported, in order. */
async function dumpOf(
  files: [Parameters<typeof importFixtureFile>[1], string][],
): Promise<GraphDump> {
  await freshSeedGraph(driver);
  for (const [format, name] of files) await importFixtureFile(driver, format, name);
  return dumpGraph(driver, database);
}

async function refusal(promise: Promise<unknown>): Promise<ImportRefusedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusedError);
  return error as ImportRefusedError;
}

describe('removing an imported version', () => {
  it(
    'leaves exactly the graph of the other import alone (two lists sharing an actor)',
    { timeout: 600_000 },
    async () => {
      const bAlone = await dumpOf([['us-special-leg', 'us-special-leg.csv']]);
      const aAlone = await dumpOf([['cn-sanctions', 'cn-sanctions.csv']]);

      await freshSeedGraph(driver);
      const a = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv');
      const b = await importFixtureFile(driver, 'us-special-leg', 'us-special-leg.csv');
      // They share Kestrel Optics GmbH (Germany): B's row merged into A's node.
      expect(b.plan.outcomes.find((o) => o.name === 'Kestrel Optics GmbH')?.rule).toBe(
        'NAME_COUNTRY',
      );
      const both = await dumpGraph(driver, database);
      expect(both).not.toEqual(bAlone);

      const report = await removeImport(driver, { documentId: a.documentId, database });
      expect(report.replayed).toEqual([b.documentId]);
      expect(report.nodesAfter).toBeLessThan(report.nodesBefore);
      expect(await dumpGraph(driver, database)).toEqual(bAlone);

      // And the other way round: the first import stays, the later one goes.
      await freshSeedGraph(driver);
      await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv');
      await importFixtureFile(driver, 'us-special-leg', 'us-special-leg.csv');
      await removeImport(driver, { documentId: b.documentId, database });
      expect(await dumpGraph(driver, database)).toEqual(aAlone);
    },
  );

  it(
    'removes a newer version of a list, or the older one, as if it had never been imported',
    { timeout: 600_000 },
    async () => {
      const v1Alone = await dumpOf([['cn-sanctions', 'cn-sanctions.csv']]);
      await freshSeedGraph(driver);
      const v2Report = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', {
        asOf: '2026-10-15',
        allowMassDelisting: true,
      });
      const v2Alone = await dumpGraph(driver, database);

      await freshSeedGraph(driver);
      const v1 = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv');
      const v2 = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', {
        asOf: '2026-10-15',
        allowMassDelisting: true,
      });
      expect(v2.delisted.length).toBeGreaterThan(0);
      await removeImport(driver, { documentId: v2.documentId, database });
      expect(await dumpGraph(driver, database)).toEqual(v1Alone);

      await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', {
        asOf: '2026-10-15',
        allowMassDelisting: true,
      });
      await removeImport(driver, { documentId: v1.documentId, database });
      expect(v2Report.documentId).toBe(v2.documentId);
      expect(await dumpGraph(driver, database)).toEqual(v2Alone);
    },
  );

  it(
    'undoes a merge of a node only the removed import brought: the survivor and the graph are as before the import',
    { timeout: 300_000 },
    async () => {
      await freshSeedGraph(driver);
      const seedAlone = await dumpGraph(driver, database);
      const imported = await importFixtureFile(
        driver,
        'cn-sanctions',
        'cn-sanctions-namesakes.csv',
      );
      // Dana Quill (US), brought by the import, merged into a person of the seed article.
      const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
      try {
        const merged = await session.executeWrite((tx) =>
          mergeNodes(
            tx,
            { survivorId: 'li-dan', absorbedId: 'dana-quill' },
            { who: 'Alice Reviewer', when: '2026-12-06T14:00:00.000Z', why: 'test', score: null },
          ),
        );
        expect(merged.filled).toContain('country');
      } finally {
        await session.close();
      }
      const survivor = await driver.executeQuery(
        'MATCH (a:Entity {id: "li-dan"}) RETURN a.absorbedIds AS absorbed, a.propertySources AS sources, a.aliases AS aliases',
        {},
        { database, routing: neo4j.routing.READ },
      );
      expect(survivor.records[0]!.toObject()).toMatchObject({
        absorbed: ['dana-quill'],
        sources: ['country|dana-quill'],
        aliases: expect.arrayContaining(['Dana Quill']),
      });

      const report = await removeImport(driver, { documentId: imported.documentId, database });
      expect(report.mergesUndone).toEqual(['dana-quill']);
      // Every node, relationship and property as if the import had never been loaded: no alias,
      // absorbed id, filled country or property source of Dana Quill, and no merge record.
      expect(await dumpGraph(driver, database)).toEqual(seedAlone);
    },
  );

  it('refuses an id that is no imported version, changing nothing', async () => {
    await freshSeedGraph(driver);
    await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv');
    const before = await dumpGraph(driver, database);
    for (const id of ['cn-sanctions-000000000000', 'tmtpost-2023-07-06-cloud-curb']) {
      const error = await refusal(removeImport(driver, { documentId: id, database }));
      expect(error.code).toBe('NOT_IMPORTED');
      expect(error.lines[0]).toMatch(
        new RegExp(`^${id}: no imported version has this document id`),
      );
    }
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('removes from the command line', { timeout: 180_000 }, async () => {
    await freshSeedGraph(driver);
    const seedOnly = await dumpGraph(driver, database);
    const imported = await importFixtureFile(driver, 'us-1260h', 'us-1260h.csv');
    const result = await runImportCli(
      'cli.ts',
      ['--remove', imported.documentId],
      testConnection().uri,
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`removed ${imported.documentId}`);
    expect(await dumpGraph(driver, database)).toEqual(seedOnly);
    const again = await runImportCli(
      'cli.ts',
      ['--remove', imported.documentId],
      testConnection().uri,
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[NOT_IMPORTED]');
  });
});

describe('provenance is what the person importing says', () => {
  it('records unknown when nothing is given, the flags when they are, and refuses another provenance for the same file', async () => {
    await freshSeedGraph(driver);
    const unknown = await importFixtureFile(driver, 'us-special-leg', 'us-special-leg.csv');
    const read = async (id: string) =>
      (
        await driver.executeQuery(
          'MATCH (d:Document {id: $id}) RETURN d {.title, .origin, .licence, .attribution, .url} AS d',
          { id },
          { database },
        )
      ).records[0]?.get('d') as Record<string, string | null>;
    expect(await read(unknown.documentId)).toEqual({
      title:
        'US special legislation list (us-special-leg format): us-special-leg.csv, as of 2026-08-22',
      origin: 'unknown',
      licence: 'unknown',
      attribution: 'unknown',
      url: null,
    });
    const error = await refusal(
      importFixtureFile(driver, 'us-special-leg', 'us-special-leg.csv', {
        source: { licence: 'CC0 1.0' },
      }),
    );
    expect(error.code).toBe('PROVENANCE_CHANGED');
    expect(error.lines[0]).toContain('licence: imported before');

    await removeImport(driver, { documentId: unknown.documentId, database });
    const given = await importFixtureFile(driver, 'us-special-leg', 'us-special-leg.csv', {
      source: {
        title: 'Our test list',
        origin: 'Written for the tests of policygraph',
        licence: 'CC0 1.0',
        credit: 'policygraph tests',
        sourceUrl: 'https://example.org/list.csv',
      },
    });
    expect(await read(given.documentId)).toEqual({
      title: 'Our test list: us-special-leg.csv, as of 2026-08-22',
      origin: 'Written for the tests of policygraph',
      licence: 'CC0 1.0',
      attribution: 'policygraph tests',
      url: 'https://example.org/list.csv',
    });
  });
});
