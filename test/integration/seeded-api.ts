/**
 * The set-up most integration test files share, written once: a driver to the test Neo4j (which
 * the global set-up started), the database wiped and loaded with the real seed graph, and an app
 * over it whose Cypher round trips are counted. Call `useSeededGraph()` or `useSeededApi()` at the
 * top of a test file: it registers the `beforeAll` that sets up and the `afterAll` that closes the
 * driver, and returns an object whose fields are filled in once `beforeAll` has run (reading one
 * earlier throws, naming it).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App, AppOptions } from '@policygraph/server';
import { appOver, countingDriver, loadSeedGraph } from './api-helpers.ts';
import { testDriver } from '../support/neo4j.ts';

/** The seeded test database. */
export interface SeededGraph {
  /** A driver to the test database (uncounted), for checking the API against the graph itself. */
  readonly driver: Driver;
}

/** The seeded test database and an app over it. */
export interface SeededApi extends SeededGraph {
  /** The app, over a driver whose `executeQuery` calls `cypher` counts. */
  readonly app: App;
  /** Cypher round trips the app has made since `cypher.reset()`. */
  readonly cypher: { count: number; reset(): void };
}

/** What a test file may change of its app. */
export interface SeededApiOptions {
  /** Options of `createApp` (the connection and an in-memory logger are given). */
  app?: Partial<AppOptions>;
  /** Wraps the driver the app uses (e.g. to slow it down); the counting wraps the result. */
  wrapDriver?: (driver: Driver) => Driver;
}

/** A holder whose fields throw until set, so a test cannot read them before `beforeAll` ran. */
function holder<T extends object>(what: string): { value: T; set(value: T): void } {
  let current: T | undefined;
  const value = new Proxy({} as T, {
    get(_target, property) {
      if (current === undefined)
        throw new Error(`${what}.${String(property)} is read before its beforeAll ran.`);
      return Reflect.get(current, property) as unknown;
    },
  });
  return {
    value,
    set(next) {
      current = next;
    },
  };
}

/** Registers the hooks of a test file on the seeded graph: wipe, seed, and close at the end. */
export function useSeededGraph(): SeededGraph {
  const graph = holder<SeededGraph>('seeded graph');
  let driver: Driver | undefined;
  beforeAll(async () => {
    driver = testDriver();
    await loadSeedGraph(driver);
    graph.set({ driver });
  });
  afterAll(async () => {
    await driver?.close();
  });
  return graph.value;
}

/** Registers the hooks of a test file on the seeded graph and an app over it. */
export function useSeededApi(options: SeededApiOptions = {}): SeededApi {
  const graph = useSeededGraph();
  const api = holder<SeededApi>('seeded API');
  beforeAll(() => {
    const wrapped = options.wrapDriver ? options.wrapDriver(graph.driver) : graph.driver;
    const counted = countingDriver(wrapped);
    api.set({
      driver: graph.driver,
      app: appOver(counted.driver, options.app),
      cypher: counted.counter,
    });
  });
  return api.value;
}
