/**
 * Drafting against a real graph: a small text of our own is drafted with the seeded graph's nodes
 * (read in a read transaction), nothing reaches the graph until the draft is loaded, and loading it
 * with the seed loader links its actor to the existing node.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { Gazetteer, draftFile, readNodesWith } from '@policygraph/draft';
import { loadDocuments, readSeedDocuments, seedDatabase } from '@policygraph/graph-seed';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { dumpGraph } from './seed-support.ts';

const database = testConnection().database;
const fixture = path.resolve(import.meta.dirname, '..', 'fixtures', 'draft', 'harbour-engines.txt');
let driver: Driver;
let out: string;

beforeAll(async () => {
  driver = testDriver();
  await wipeDatabase(driver);
  await seedDatabase(driver, { database });
  out = await mkdtemp(path.join(os.tmpdir(), 'draft-load-'));
});

afterAll(async () => {
  await driver.close();
  await rm(out, { recursive: true, force: true });
});

describe('drafting a new document against the graph', () => {
  it('links an actor to the existing node, writes nothing until loaded, and loads through the seed loader', async () => {
    const before = await dumpGraph(driver, database);
    const gazetteer = new Gazetteer(await readNodesWith(driver, database));
    const drafted = await draftFile(fixture, out, { publishedOn: '2024-03-06' }, gazetteer);
    expect(await dumpGraph(driver, database)).toEqual(before);
    expect(drafted.counts.linked).toBeGreaterThanOrEqual(1);

    await loadDocuments(driver, await readSeedDocuments([drafted.yamlFile]), { database });
    const { records } = await driver.executeQuery(
      `MATCH (m:Measure)-[:ISSUED_BY]->(a:Actor {id: 'us-department-of-commerce'})
       MATCH (d:Document {id: 'harbour-engines'})-[s:REPORTS_STATUS]->(m)
       RETURN a.name AS name, m.announcedOn AS announcedOn, m.effectiveOn AS effectiveOn, s.status AS status`,
      {},
      { database },
    );
    expect(
      records.map((r) => ({
        name: r.get('name'),
        announcedOn: String(r.get('announcedOn')),
        effectiveOn: String(r.get('effectiveOn')),
        status: r.get('status'),
      })),
    ).toEqual([
      {
        name: 'US Department of Commerce',
        announcedOn: '2024-03-04',
        effectiveOn: '2024-04-01',
        status: 'ANNOUNCED',
      },
    ]);
    const speaker = await driver.executeQuery(
      `MATCH (:Statement)-[:SAID_BY]->(p:Person) RETURN p.name AS name`,
      {},
      { database },
    );
    expect(speaker.records.map((r) => r.get('name'))).toContain('Ana P. Ruiz');
  });
});

describe('drafting a document already loaded', () => {
  it('says so and marks the statements the graph already holds', async () => {
    const gazetteer = new Gazetteer(await readNodesWith(driver, database, ['harbour-engines']));
    const again = await draftFile(
      fixture,
      path.join(out, 'again'),
      { publishedOn: '2024-03-06' },
      gazetteer,
    );
    expect(again.notes.join(' ')).toMatch(
      /document harbour-engines is already loaded: 2 of 2 drafted statements are in the graph/,
    );
  });
});
