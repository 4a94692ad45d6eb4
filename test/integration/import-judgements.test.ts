/**
 * Judgements are data replayed by every import: a rejected pair stays two nodes and a confirmed
 * pair one node, on the first import, on importing the same file again, and when the imports are
 * written again (a removal of another import replays them).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { removeImport } from '@policygraph/import';
import { testConnection } from '../support/neo4j.ts';
import { testDriver } from './api-helpers.ts';
import { freshSeedGraph, importFixture, importFixtureFile } from './import-support.ts';
import { dumpGraph } from './seed-support.ts';

let driver: Driver;
const database = testConnection().database;
const FIXTURE = 'cn-sanctions-namesakes.csv';
const documentId = `cn-sanctions-${createHash('sha256')
  .update(readFileSync(importFixture(FIXTURE)))
  .digest('hex')
  .slice(0, 12)}`;
const dir = mkdtempSync(path.join(os.tmpdir(), 'judgements-'));
const none = path.join(dir, 'none.jsonl');
const judged = path.join(dir, 'judged.jsonl');

beforeAll(() => {
  driver = testDriver();
  writeFileSync(none, '');
  const judgement = (decision: string, a: string, b: string, rows: [number, number], why: string) =>
    JSON.stringify({
      decision,
      a,
      b,
      aRows: [`${documentId}|${rows[0]}`],
      bRows: [`${documentId}|${rows[1]}`],
      who: 'test',
      when: '2026-12-06T12:00:00.000Z',
      why,
    });
  writeFileSync(
    judged,
    [
      // Rows 7 and 8 (Cobalt Ridge Systems, US and no country) merge by the rules: rejected.
      judgement(
        'different',
        'cobalt-ridge-systems',
        'cobalt-ridge-systems-xx',
        [7, 8],
        'two companies of one name',
      ),
      // Rows 5 and 6 (Li Wei, no country, one name) stay apart by the rules: confirmed.
      judgement('same', 'li-wei', 'li-wei-xx', [5, 6], 'the same professor, two roles'),
    ].join('\n') + '\n',
  );
});
afterAll(async () => {
  await driver?.close();
});

/** The node ids holding each listed row of the fixture named `name`. */
async function nodesOf(name: string): Promise<string[]> {
  const result = await driver.executeQuery(
    'MATCH (a:Actor) WHERE a.name = $name RETURN a.id AS id ORDER BY id',
    { name },
    { database },
  );
  return result.records.map((record) => String(record.get('id')));
}

async function obeyed(): Promise<void> {
  expect(await nodesOf('Cobalt Ridge Systems')).toHaveLength(2);
  expect(await nodesOf('Li Wei')).toHaveLength(1);
}

describe('judgements surviving a re-import', () => {
  it(
    'without judgements the rules merge one pair and keep the other apart',
    { timeout: 120_000 },
    async () => {
      await freshSeedGraph(driver);
      await importFixtureFile(driver, 'cn-sanctions', FIXTURE, { judgementsFile: none });
      expect(await nodesOf('Cobalt Ridge Systems')).toHaveLength(1);
      expect(await nodesOf('Li Wei')).toHaveLength(2);
    },
  );

  it(
    'a reject and a confirm are obeyed on import, on the same file again and when written again',
    { timeout: 600_000 },
    async () => {
      await freshSeedGraph(driver);
      const first = await importFixtureFile(driver, 'cn-sanctions', FIXTURE, {
        judgementsFile: judged,
      });
      expect(first.documentId).toBe(documentId);
      expect(first.plan.outcomes.find((o) => o.row === 6)?.rule).toBe('JUDGEMENT');
      await obeyed();
      const afterFirst = await dumpGraph(driver, database);

      const again = await importFixtureFile(driver, 'cn-sanctions', FIXTURE, {
        judgementsFile: judged,
      });
      expect(again.reimport).toBe(true);
      await obeyed();

      // Another import, then its removal: every import left is written again from its text.
      const other = await importFixtureFile(driver, 'us-1260h', 'us-1260h.csv', {
        judgementsFile: judged,
      });
      await obeyed();
      await removeImport(driver, {
        documentId: other.documentId,
        judgementsFile: judged,
        database,
      });
      await obeyed();
      expect(await dumpGraph(driver, database)).toEqual(afterFirst);
    },
  );
});
