/**
 * Merging two stored actor nodes and splitting them again, against a real Neo4j: the split leaves
 * the whole graph (every node, relationship and property) as it was before the merge; the merged
 * node keeps both nodes' names, evidence, listings and merge audit; refusals write nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { NodeEditError, mergeNodes, splitNode } from '@policygraph/import';
import { toPlain } from '@policygraph/model';
import { neo4j, testConnection, testDriver } from '../support/neo4j.ts';
import { dumpGraph } from './seed-support.ts';
import { freshSeedGraph, importFixtureFile } from './import-support.ts';

const database = testConnection().database;
let driver: Driver;
const meta = { who: 'Alice Reviewer', when: '2026-12-06T14:00:00.000Z', why: 'test', score: 0.5 };

async function write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.WRITE });
  try {
    return await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

async function actor(id: string) {
  const { records } = await driver.executeQuery(
    `MATCH (a:Entity {id: $id})
     RETURN properties(a) AS p, COUNT { (a)<-[:LISTS]-() } AS listings`,
    { id },
    { database, routing: neo4j.routing.READ },
  );
  return records[0]
    ? (toPlain(records[0].toObject()) as {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any -- stored properties, checked by the assertions
        p: Record<string, any>;
        listings: number;
      })
    : undefined;
}

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-namesakes.csv');
});
afterAll(async () => {
  await driver?.close();
});

describe('merging and splitting stored nodes', () => {
  it('merges two nodes listed by one measure into one node that keeps everything, and a split restores the full dump', async () => {
    const before = await dumpGraph(driver, database);
    const [a, b] = [(await actor('li-wei'))!, (await actor('li-wei-xx'))!];
    expect([a.listings, b.listings]).toEqual([1, 1]);
    const result = await write((tx) =>
      mergeNodes(tx, { survivorId: 'li-wei', absorbedId: 'li-wei-xx' }, meta),
    );
    expect(result).toMatchObject({ created: 0, combined: 1, dropped: 0 });
    expect(await actor('li-wei-xx')).toBeUndefined();
    const merged = (await actor('li-wei'))!;
    expect(merged.listings).toBe(1);
    expect(merged.p.absorbedIds).toEqual(['li-wei-xx']);
    expect(merged.p.identityRows).toEqual([...a.p.identityRows, ...b.p.identityRows]);
    expect(merged.p.evidenceQuotes).toEqual([...a.p.evidenceQuotes, ...b.p.evidenceQuotes]);
    const listing = await driver.executeQuery(
      'MATCH (:Measure)-[r:LISTS]->(:Actor {id: "li-wei"}) RETURN r.id AS id, size(r.evidenceQuotes) AS evidence',
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(listing.records[0]!.get('evidence').toNumber()).toBe(2);
    expect(await dumpGraph(driver, database)).not.toEqual(before);

    const split = await write((tx) => splitNode(tx, 'li-wei-xx'));
    expect(split).toMatchObject({ survivorId: 'li-wei', absorbedId: 'li-wei-xx' });
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('moves relationships under the survivor id, fills in what the survivor lacked, records which node gave it, and splits back exactly', async () => {
    const before = await dumpGraph(driver, database);
    expect((await actor('li-wei'))!.p.country ?? null).toBeNull();
    const result = await write((tx) =>
      mergeNodes(tx, { survivorId: 'li-wei', absorbedId: 'dana-quill' }, meta),
    );
    expect(result).toMatchObject({ created: 1, combined: 1, filled: ['country'] });
    const merged = (await actor('li-wei'))!;
    expect(merged.listings).toBe(2);
    expect(merged.p.country).toBe('US');
    expect(merged.p.propertySources).toEqual(['country|dana-quill']);
    expect(merged.p.aliases).toEqual(expect.arrayContaining(['Dana Quill', '达娜·奎尔']));
    const { records } = await driver.executeQuery(
      'MATCH (m:Measure)-[r:LISTS]->(:Actor {id: "li-wei"}) RETURN r.id AS id ORDER BY id',
      {},
      { database, routing: neo4j.routing.READ },
    );
    for (const record of records) expect(record.get('id')).toMatch(/\|LISTS\|li-wei$/);
    await write((tx) => splitNode(tx, 'dana-quill'));
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('merges people of the article with their roles and statements, twice in a chain, and splits back in reverse', async () => {
    const before = await dumpGraph(driver, database);
    await write((tx) =>
      mergeNodes(tx, { survivorId: 'wang-wenbin', absorbedId: 'mao-ning' }, meta),
    );
    const afterFirst = await dumpGraph(driver, database);
    const { records } = await driver.executeQuery(
      'MATCH (s:Statement)-[:SAID_BY]->(:Actor {id: "mao-ning"}) RETURN count(s) AS n',
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(records[0]!.get('n').toNumber()).toBe(0);
    await write((tx) => mergeNodes(tx, { survivorId: 'li-wei', absorbedId: 'wang-wenbin' }, meta));
    expect((await actor('li-wei'))!.p.absorbedIds).toEqual(['wang-wenbin', 'mao-ning']);
    // The inner merge's split waits for the outer one's.
    const inner = await write((tx) =>
      splitNode(tx, 'mao-ning').then(
        () => null,
        (error: unknown) => error as NodeEditError,
      ),
    );
    expect(inner?.code).toBe('CONFLICT');
    expect(inner?.message).toMatch(/"wang-wenbin" was since merged into "li-wei"/);
    await write((tx) => splitNode(tx, 'wang-wenbin'));
    expect(await dumpGraph(driver, database)).toEqual(afterFirst);
    await write((tx) => splitNode(tx, 'mao-ning'));
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuses a person with an organisation, unknown ids and a split of what was never merged, writing nothing', async () => {
    const before = await dumpGraph(driver, database);
    const refusal = async (work: (tx: ManagedTransaction) => Promise<unknown>) =>
      write(work).then(
        () => null,
        (error: unknown) => error as NodeEditError,
      );
    const person = await refusal((tx) =>
      mergeNodes(tx, { survivorId: 'li-wei', absorbedId: 'cobalt-ridge-systems' }, meta),
    );
    expect([person?.code, person?.argumentName]).toEqual(['BAD_USER_INPUT', 'absorbedId']);
    expect(person?.message).toMatch(/never the same/);
    const missing = await refusal((tx) =>
      mergeNodes(tx, { survivorId: 'no-such-node', absorbedId: 'li-wei' }, meta),
    );
    expect([missing?.code, missing?.argumentName]).toEqual(['NOT_FOUND', 'survivorId']);
    const never = await refusal((tx) => splitNode(tx, 'li-wei'));
    expect(never?.code).toBe('NOT_FOUND');
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});
