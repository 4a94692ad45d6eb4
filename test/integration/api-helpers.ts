/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
/**
 * Shared set-up of the API integration tests: the test Neo4j wiped and loaded with the real seed
 * graph (graph-seed), an app over it, and helpers to send GraphQL through `yoga.fetch`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import type { Driver, Session } from 'neo4j-driver';
import { seedDatabase } from '@policygraph/graph-seed';
import { createApp, type App, type AppOptions } from '@policygraph/server';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';

/** A GraphQL response as JSON. */
export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Empties the test database and loads the seed graph (schema included). */
export async function loadSeedGraph(driver: Driver): Promise<void> {
  await wipeDatabase(driver);
  await seedDatabase(driver, { database: testConnection().database });
}

/** Log lines captured from a pino logger, parsed. */
export interface CapturedLogs {
  logger: Logger;
  lines: Record<string, any>[];
}

/** A pino logger at debug whose lines are kept in memory. */
export function captureLogs(): CapturedLogs {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

/** An app over `driver` with the test connection's database, logging into memory unless given a logger. */
export function appOver(driver: Driver, options: Partial<AppOptions> = {}): App {
  return createApp({
    driver,
    connection: testConnection(),
    logger: captureLogs().logger,
    ...options,
  });
}

/**
 * A throwaway folder shaped like the built explorer (`index.html` and `assets/<asset>` holding
 * `script`), for the server's static client; the caller deletes it.
 */
export function fakeClientDist(asset: string, script: string): string {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'policygraph-client-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><title>explorer</title><div id="root"></div>',
  );
  writeFileSync(path.join(dist, 'assets', asset), script);
  return dist;
}

/** Sends a GraphQL operation through `yoga.fetch` and returns the HTTP response and its JSON. */
export async function postGraphQL<T = Record<string, any>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }> {
  const response = await app.yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as GraphQLResponse<T>,
  };
}

/** Sends an operation that must succeed, and returns its data. @throws Error listing the errors. */
export async function queryData<T = Record<string, any>>(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const { body } = await postGraphQL<T>(app, query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/**
 * The driver, with every Cypher round trip made through it — an `executeQuery`, or a `run` of one
 * of its sessions (the server's auto-commit reads) — passed through `around`, which must call
 * `work` once and return what it returns. A session run is awaited whole (its records read)
 * inside `around`.
 */
export function interceptReads(
  driver: Driver,
  around: <T>(work: () => Promise<T>) => Promise<T>,
): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === 'executeQuery') {
        return (...args: unknown[]) =>
          around(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
      }
      if (property === 'session') {
        return (...args: unknown[]) => {
          const session = (value as (...a: unknown[]) => Session).apply(target, args);
          const run = session.run.bind(session);
          session.run = ((...runArgs: Parameters<Session['run']>) =>
            around(async () => await run(...runArgs))) as unknown as Session['run'];
          return session;
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/**
 * The driver, with every Cypher round trip counted (`interceptReads`): `counter.count` is the
 * number made through it since `counter.reset()`.
 */
export function countingDriver(driver: Driver): {
  driver: Driver;
  counter: { count: number; reset(): void };
} {
  const counter = {
    count: 0,
    reset() {
      counter.count = 0;
    },
  };
  const wrapped = interceptReads(driver, (work) => {
    counter.count += 1;
    return work();
  });
  return { driver: wrapped, counter };
}

/** Reads rows straight from the test database (to check the API against the graph itself). */
export async function cypherRows(
  driver: Driver,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, any>[]> {
  const { records } = await driver.executeQuery(cypher, params, {
    database: testConnection().database,
  });
  return records.map((record) => record.toObject());
}

export { testDriver };
