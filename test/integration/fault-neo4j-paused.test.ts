/**
 * Neo4j slow: the test's own throwaway Neo4j is paused (SIGSTOP) while queries run, so that every
 * query takes as long as the pause, whatever the machine. Requests must end at the documented bound
 * (NEO4J_QUERY_TIMEOUT_MS) with DATABASE_TIMEOUT, /health must stay 200 and /ready say 503; once
 * Neo4j runs again (SIGCONT) it must hold no transaction of those requests (SHOW TRANSACTIONS), and
 * queries must work again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import {
  createDriver,
  freePort,
  startLocalNeo4j,
  type LocalNeo4j,
  type Neo4jConnection,
} from '@policygraph/db';
import { seedDatabase } from '@policygraph/graph-seed';
import { createApp, type App } from '@policygraph/server';
import { captureLogs } from './api-helpers.ts';
import { codesOf, send, sendOperation } from './hostile-support.ts';

const TIMEOUT_MS = 600;
/** What the bound allows beyond the timeout: answering, and a loaded machine. */
const SLACK_MS = 1_500;
const QUERY = '{ neighborhood(ids: ["mofcom"], depth: 2) { nodes { id } relationships { id } } }';

let home: string;
let neo4j: LocalNeo4j;
let driver: Driver;
let observer: Driver;
let app: App;
let logs: ReturnType<typeof captureLogs>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Transactions Neo4j holds, other than the SHOW TRANSACTIONS asking. */
async function otherTransactions(): Promise<string[]> {
  const { records } = await observer.executeQuery(
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId, currentQuery",
  );
  return records.map(
    (record) =>
      `${record.get('transactionId') as string}: ${String(record.get('currentQuery')).slice(0, 60)}`,
  );
}

/** Runs `during` with Neo4j paused, then resumes it (also when `during` fails). */
async function whilePaused<T>(during: () => Promise<T>): Promise<T> {
  process.kill(neo4j.pid, 'SIGSTOP');
  try {
    return await during();
  } finally {
    process.kill(neo4j.pid, 'SIGCONT');
  }
}

beforeAll(async () => {
  home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-fault-paused-'));
  neo4j = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '128m',
    log: () => {},
  });
  const connection: Neo4jConnection = { uri: neo4j.uri, local: true };
  driver = createDriver(connection, { maxTransactionRetryTime: 1_000, connectionTimeout: 5_000 });
  observer = createDriver(connection);
  await seedDatabase(driver, {});
  logs = captureLogs();
  app = createApp({
    driver,
    connection,
    logger: logs.logger,
    queryTimeoutMs: TIMEOUT_MS,
    readyTimeoutMs: 1_000,
    retryMs: 1_000,
  });
  // Warm: Neo4j plans the query once (slower than the timeout on a cold server), connections open.
  const patient = createApp({ driver, connection, logger: logs.logger, queryTimeoutMs: 60_000 });
  expect((await sendOperation(patient, QUERY)).body.errors).toBeUndefined();
  expect((await sendOperation(app, QUERY)).body.errors).toBeUndefined();
}, 240_000);
afterAll(async () => {
  try {
    process.kill(neo4j.pid, 'SIGCONT');
  } catch {
    // already stopped
  }
  await driver?.close();
  await observer?.close();
  await neo4j?.stop();
  rmSync(home, { recursive: true, force: true });
}, 120_000);

describe('Neo4j paused while queries run', () => {
  it('ends a request at the bound with DATABASE_TIMEOUT; /health 200, /ready 503', async () => {
    const { answer, health, ready } = await whilePaused(async () => {
      const answer = await sendOperation(app, QUERY);
      return {
        answer,
        health: await send(app, { method: 'GET', path: '/health' }),
        ready: await send(app, { method: 'GET', path: '/ready' }),
      };
    });
    expect(codesOf(answer)).toEqual(['DATABASE_TIMEOUT']);
    expect(answer.body.errors[0].message).toBe(
      `The query took longer than ${TIMEOUT_MS} ms and was stopped; ask for less (smaller depth, limit or first).`,
    );
    expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 5);
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    expect(health.status).toBe(200);
    expect(ready.status).toBe(503);
  });

  it('ends many requests at once at the bound, and an abandoned one at once', async () => {
    const { answers, abandonedMs } = await whilePaused(async () => {
      const concurrent = Promise.all(Array.from({ length: 8 }, () => sendOperation(app, QUERY)));
      const controller = new AbortController();
      const started = performance.now();
      const abandoned = Promise.resolve(
        app.yoga.fetch('http://yoga/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: QUERY }),
          signal: controller.signal,
        }),
      ).then(
        (response) => response.text(),
        (error: unknown) => error,
      );
      await pause(100);
      controller.abort();
      await abandoned;
      return { answers: await concurrent, abandonedMs: performance.now() - started };
    });
    for (const answer of answers) {
      expect(codesOf(answer)).toEqual(['DATABASE_TIMEOUT']);
      expect(answer.ms).toBeLessThan(TIMEOUT_MS + SLACK_MS);
    }
    expect(abandonedMs).toBeLessThan(TIMEOUT_MS + SLACK_MS);
  });

  it('holds no transaction of those requests once running again, and answers again', async () => {
    let left = await otherTransactions();
    for (let i = 0; i < 100 && left.length > 0; i += 1) {
      await pause(100);
      left = await otherTransactions();
    }
    expect(left).toEqual([]);
    const answer = await sendOperation(app, QUERY);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.neighborhood.nodes.length).toBeGreaterThan(5);
    expect((await send(app, { method: 'GET', path: '/ready' })).status).toBe(200);
    expect(
      logs.lines.filter((line) => line.level >= 50),
      'no unexpected errors logged',
    ).toEqual([]);
  }, 30_000);
});
