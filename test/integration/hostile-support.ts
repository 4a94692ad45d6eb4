/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
/**
 * Shared by the hostile-input and fault tests: an app whose Cypher round trips are counted, raw
 * requests (any body, method and headers) through `yoga.fetch`, and a full dump of the graph to
 * show that nothing changed.
 */
import { expect } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App, AppOptions } from '@policygraph/server';
import { appOver, countingDriver } from './api-helpers.ts';
import { testConnection } from '../support/neo4j.ts';
import type { SeededApi } from './seeded-api.ts';

/** An app over `driver` whose Cypher round trips are counted. */
export function countedApp(
  driver: Driver,
  options: Partial<AppOptions> = {},
): { app: App; cypher: { count: number; reset(): void } } {
  const counted = countingDriver(driver);
  return { app: appOver(counted.driver, options), cypher: counted.counter };
}

/** What a raw request got: status, headers, parsed JSON (null when the body is not JSON) and the time taken. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  /** The JSON answer (a GraphQL response, or /ready's object), typed loosely for assertions. */
  body: any;
  text: string;
  ms: number;
}

/** Sends any request to the app (default: POST /graphql asking for application/graphql-response+json). */
export async function send(
  app: App,
  init: {
    method?: string;
    path?: string;
    body?: BodyInit | null;
    headers?: Record<string, string>;
  } = {},
): Promise<RawAnswer> {
  const started = performance.now();
  const response = await app.yoga.fetch(`http://yoga${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      ...init.headers,
    },
    body: init.body ?? null,
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  });
  const text = await response.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (GraphiQL, the explorer)
  }
  return {
    status: response.status,
    headers: response.headers,
    body,
    text,
    ms: performance.now() - started,
  };
}

/** POSTs one GraphQL operation as JSON. */
export function sendOperation(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return send(app, { body: JSON.stringify({ query, variables }), headers });
}

/** Every error code of a response. */
export function codesOf(answer: RawAnswer): unknown[] {
  return (answer.body?.errors ?? []).map((error: any) => error.extensions?.code);
}

const plain = (value: unknown): unknown => {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(plain);
  const proto = Object.getPrototypeOf(value);
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- only Neo4j Integer/temporal types reach here; their toString is the canonical form
  if (proto !== Object.prototype && proto !== null) return String(value); // Neo4j Integer, Date, ...
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, plain((value as Record<string, unknown>)[key])]),
  );
};

/**
 * The whole graph as one canonical JSON string: every node (labels and properties), every
 * relationship (type, properties, end node ids), and every constraint and index by name.
 */
export async function dumpGraph(driver: Driver): Promise<string> {
  const database = testConnection().database;
  const nodes = await driver.executeQuery(
    'MATCH (n) WITH n ORDER BY n.id, elementId(n) RETURN labels(n) AS labels, properties(n) AS properties',
    {},
    { database },
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WITH a, r, b ORDER BY r.id, a.id, b.id, type(r) RETURN type(r) AS type, a.id AS source, b.id AS target, properties(r) AS properties',
    {},
    { database },
  );
  const schema = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
    {},
    { database },
  );
  return JSON.stringify(
    plain({
      nodes: nodes.records.map((record) => ({
        labels: [...(record.get('labels') as string[])].sort(),
        properties: record.get('properties'),
      })),
      relationships: relationships.records.map((record) => record.toObject()),
      indexes: schema.records.map((record) => record.toObject()),
    }),
  );
}

/** Refusals are answered within this many milliseconds (they take a few; the bound allows a loaded machine). */
export const FAST_MS = 1_000;

/**
 * Returns a check that runs `request` and expects it refused with `status` and `code` (and
 * `message` when given) fast, before any Cypher, and with no stack trace in the answer.
 */
export function refusalCheck(api: Pick<SeededApi, 'cypher'>) {
  return async function expectRefused(
    request: () => Promise<RawAnswer>,
    status: number,
    code: string,
    message?: RegExp,
  ): Promise<RawAnswer> {
    api.cypher.reset();
    const answer = await request();
    expect(answer.status, answer.text.slice(0, 300)).toBe(status);
    expect(codesOf(answer), answer.text.slice(0, 300)).toContain(code);
    if (message)
      expect(
        answer.body.errors.map((error: { message: string }) => error.message).join('\n'),
      ).toMatch(message);
    expect(api.cypher.count, 'Cypher round trips').toBe(0);
    expect(answer.ms).toBeLessThan(FAST_MS);
    expect(answer.text).not.toMatch(/\bat .*\.(ts|js):\d+|stack/i);
    return answer;
  };
}

/** A selection `levels` deep through `partOf`, ending in `inner`. */
export const nestedPartOf = (levels: number, inner = 'id') => {
  let selection = inner;
  for (let i = 0; i < levels; i += 1) selection = `... on Actor { partOf { ${selection} } }`;
  return selection;
};
