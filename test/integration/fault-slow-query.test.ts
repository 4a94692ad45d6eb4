/**
 * Neo4j slow: a neighbourhood walk over a large graph (a hub with 20,000 members, each part of five
 * others) runs well over a short query timeout. The request must end at the documented bound with
 * DATABASE_TIMEOUT, and Neo4j must no longer run its transaction (SHOW TRANSACTIONS); a request the
 * client abandons must release its transaction the same way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { loadSeedGraph, testDriver } from './api-helpers.ts';
import { codesOf, countedApp, sendOperation } from './hostile-support.ts';
import { testConnection } from '../support/neo4j.ts';

const MEMBERS = 20_000;
const TIMEOUT_MS = 200;
/** What the bound allows beyond the timeout: answering, and a loaded machine. */
const SLACK_MS = 1_500;
const SLOW_QUERY = '{ neighborhood(ids: ["dense-5", "dense-6", "dense-7"], depth: 3, limit: 1000) { truncated nodes { id } } }';
/** Recognises the neighbourhood query among Neo4j's transactions. */
const NEIGHBORHOOD_CYPHER = 'AS level3';

let driver: Driver;
let app: App;

/** Adds the large graph: `dense-0` with MEMBERS members, each PART_OF five others. */
async function addDenseGraph(target: Driver): Promise<void> {
  const database = testConnection().database;
  const empty = 'evidenceDocumentIds: [], evidenceQuotes: [], evidenceStarts: [], evidenceEnds: []';
  for (let from = 0; from <= MEMBERS; from += 5_000) {
    await target.executeQuery(
      `UNWIND range($from, $to) AS i CREATE (:Entity:Actor:Company {id: 'dense-' + i, kind: 'COMPANY', name: 'Dense ' + i, aliases: [], names: ['Dense ' + i], ${empty}})`,
      { from, to: Math.min(from + 4_999, MEMBERS) },
      { database },
    );
  }
  for (let from = 1; from <= MEMBERS; from += 5_000) {
    const range = { from, to: Math.min(from + 4_999, MEMBERS), n: MEMBERS };
    await target.executeQuery(
      `MATCH (hub:Entity {id: 'dense-0'}) UNWIND range($from, $to) AS i MATCH (member:Entity {id: 'dense-' + i})
       CREATE (member)-[:MEMBER_OF {id: member.id + '|MEMBER_OF|dense-0', ${empty}}]->(hub)`,
      range,
      { database },
    );
    await target.executeQuery(
      `UNWIND range($from, $to) AS i UNWIND range(1, 5) AS k WITH i, (i * 7919 + k * 104729) % $n + 1 AS j WHERE j <> i
       MATCH (a:Entity {id: 'dense-' + i}), (b:Entity {id: 'dense-' + j})
       MERGE (a)-[:PART_OF {id: a.id + '|PART_OF|' + b.id, ${empty}}]->(b)`,
      range,
      { database },
    );
  }
}

/** Ids of Neo4j's transactions running the neighbourhood query. */
async function neighborhoodTransactions(): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE currentQuery CONTAINS $marker RETURN transactionId',
    { marker: NEIGHBORHOOD_CYPHER },
    { database: testConnection().database },
  );
  return records.map((record) => record.get('transactionId') as string);
}

/** Polls SHOW TRANSACTIONS until `done` resolves; returns every neighbourhood transaction seen. */
function watchTransactions(done: Promise<unknown>): Promise<Set<string>> {
  const seen = new Set<string>();
  let finished = false;
  void done.finally(() => (finished = true));
  return (async () => {
    while (!finished) {
      for (const id of await neighborhoodTransactions()) seen.add(id);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return seen;
  })();
}

/** Waits until Neo4j runs none of `ids`; returns how long that took. */
async function releasedWithin(ids: Set<string>, maxMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < maxMs) {
    const running = await neighborhoodTransactions();
    if (!running.some((id) => ids.has(id))) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`transactions ${[...ids].join(', ')} still running after ${maxMs} ms`);
}

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  await addDenseGraph(driver);
  ({ app } = countedApp(driver, { queryTimeoutMs: TIMEOUT_MS }));
}, 240_000);
afterAll(async () => {
  await driver?.close();
});

describe('a query longer than the timeout', () => {
  it('takes longer than the timeout when nothing stops it', async () => {
    const patient = countedApp(driver, { queryTimeoutMs: 60_000 }).app;
    const answer = await sendOperation(patient, SLOW_QUERY);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.neighborhood.nodes).toHaveLength(1000);
    expect(answer.ms).toBeGreaterThan(TIMEOUT_MS * 2);
  });

  it('ends at the bound with DATABASE_TIMEOUT, and Neo4j releases its transaction', async () => {
    const request = sendOperation(app, SLOW_QUERY);
    const seen = await watchTransactions(request);
    const answer = await request;
    expect(codesOf(answer)).toEqual(['DATABASE_TIMEOUT']);
    expect(answer.body.errors[0].message).toBe(
      `The query took longer than ${TIMEOUT_MS} ms and was stopped; ask for less (smaller depth, limit or first).`,
    );
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    expect(seen.size, 'the query ran in Neo4j').toBeGreaterThan(0);
    expect(await releasedWithin(seen, 3_000)).toBeLessThan(3_000);
  });

  it('keeps answering: many slow requests at once all end at the bound, and a quick one still works after', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => sendOperation(app, SLOW_QUERY)));
    for (const answer of answers) {
      expect(codesOf(answer)).toEqual(['DATABASE_TIMEOUT']);
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS * 2);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await neighborhoodTransactions()).toEqual([]);
    const quick = await sendOperation(app, '{ node(id: "mofcom") { id } }');
    expect(quick.body.data.node.id).toBe('mofcom');
  });
});

describe('a request the client abandons', () => {
  it('releases its transaction', async () => {
    const patient = countedApp(driver, { queryTimeoutMs: 60_000 }).app;
    const controller = new AbortController();
    const request = patient.yoga
      .fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SLOW_QUERY }),
        signal: controller.signal,
      })
      .then(
        (response) => response.text(),
        (error: unknown) => error,
      );
    let seen: string[] = [];
    for (let i = 0; i < 100 && seen.length === 0; i += 1) {
      seen = await neighborhoodTransactions();
      if (seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(seen.length, 'the query ran in Neo4j').toBeGreaterThan(0);
    controller.abort();
    await request;
    expect(await releasedWithin(new Set(seen), 3_000)).toBeLessThan(3_000);
  });
});
