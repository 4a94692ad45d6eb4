/**
 * Rows on a real Neo4j: a broken quote refuses the whole file even with acceptValid; rows are
 * counted once however many problems they have; namesakes (a shared acronym, a transliterated
 * surname, one name of two people) stay apart while real repeats of an actor merge.
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

describe('rows of a file', () => {
  beforeEach(async () => {
    await freshSeedGraph(driver);
  });

  it('refuses a file with a quote never closed, even with acceptValid, and writes nothing', async () => {
    const before = await dumpGraph(driver, database);
    const run = importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-broken-quote.csv', {
      acceptValid: true,
    });
    await expect(run).rejects.toMatchObject({
      code: 'BROKEN_CSV',
      lines: [
        expect.stringMatching(
          /cn-sanctions-broken-quote\.csv: row 2 \(line 3\): a quote opens field 3 on line 3 and is never closed, so the rows after line 3 cannot be read/,
        ),
      ],
    });
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('counts a row with two bad fields as one refused row', async () => {
    const report = await importFixtureFile(
      driver,
      'cn-sanctions',
      'cn-sanctions-row-problems.csv',
      {
        acceptValid: true,
      },
    );
    expect([report.rows, report.refusedRows, report.rejected.length]).toEqual([2, 1, 2]);
    expect(report.plan.listingIds).toHaveLength(1);
  });

  it('keeps namesakes apart, with the reason, and merges real repeats of an actor', async () => {
    const report = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-namesakes.csv');
    expect(report.plan.outcomes.map((o) => [o.name, o.nodeId, o.rule])).toEqual([
      ['National Institute of Optics', 'national-institute-of-optics', 'NEW'],
      ['Northern Industrial Ordnance', 'northern-industrial-ordnance', 'NEW'],
      ['Robert Smith', 'robert-smith', 'NEW'],
      ['Neil Smith', 'neil-smith', 'NEW'],
      ['Li Wei', 'li-wei', 'NEW'],
      ['Li Wei', 'li-wei-xx', 'NEW'],
      ['Cobalt Ridge Systems', 'cobalt-ridge-systems', 'NEW'],
      ['Cobalt Ridge Systems', 'cobalt-ridge-systems', 'SAME_DATASET_NAME'],
      ['Dana Quill', 'dana-quill', 'NEW'],
      ['Dana Quill', 'dana-quill', 'PERSON_NAMES_COUNTRY'],
    ]);
    expect(
      report.plan.outcomes.flatMap((o) => o.nearMisses.map((m) => [o.name, m.nodeId, m.reason])),
    ).toEqual([
      [
        'Northern Industrial Ordnance',
        'national-institute-of-optics',
        'the only names in common are weak ("nio": an acronym)',
      ],
      [
        'Neil Smith',
        'robert-smith',
        'the only names in common are weak ("史密斯": a name in Chinese script without a given name)',
      ],
      [
        'Li Wei',
        'li-wei',
        'people need two strong names in common, they share one ("li wei"); candidate for review (score 0.50: +0.45 NAME_SAME "li wei"; +0.05 SAME_DATASET cn-sanctions)',
      ],
    ]);
    const { records } = await driver.executeQuery(
      "MATCH (a:Actor) WHERE a.id IN ['li-wei', 'li-wei-xx', 'robert-smith', 'neil-smith'] RETURN a.id AS id, a.description AS description ORDER BY id",
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(records.map((r) => [r.get('id'), r.get('description')])).toEqual([
      ['li-wei', 'Professor at Example University'],
      ['li-wei-xx', 'Engineer at Example Works'],
      ['neil-smith', 'US official'],
      ['robert-smith', 'US congressman'],
    ]);
  });
});
