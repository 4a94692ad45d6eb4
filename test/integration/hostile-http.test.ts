/**
 * The HTTP surface against hostile or careless clients: security headers on every kind of response,
 * CORS same-origin unless configured, GraphiQL and introspection switches, malformed requests
 * (bad JSON, wrong methods and media types, a lying Content-Length, forged request ids), all
 * answered with a 4xx and a clear code, never a 5xx, and none reaching Neo4j.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '@policygraph/model';
import { loadConfig, type App } from '@policygraph/server';
import { appOver, captureLogs, loadSeedGraph, testDriver } from './api-helpers.ts';
import { codesOf, countedApp, send, sendOperation } from './hostile-support.ts';
import { testConnection } from '../support/neo4j.ts';

let driver: Driver;
let app: App;
let cypher: { count: number; reset(): void };
let dist: string;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  dist = mkdtempSync(path.join(os.tmpdir(), 'policygraph-hostile-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>explorer</title><div id="root"></div>');
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
  ({ app, cypher } = countedApp(driver, { clientDist: dist }));
});
afterAll(async () => {
  await driver?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('security headers', () => {
  const common = {
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
  const responses: [string, () => Promise<{ headers: Headers }>, RegExp][] = [
    ['a GraphQL answer', () => send(app, { body: JSON.stringify({ query: '{ node(id: "wsj") { id } }' }) }), /^default-src 'none'; frame-ancestors 'none'$/],
    ['a refused request', () => send(app, { body: '{not json' }), /^default-src 'none'/],
    ['/health', () => send(app, { method: 'GET', path: '/health' }), /^default-src 'none'/],
    ['/ready', () => send(app, { method: 'GET', path: '/ready' }), /^default-src 'none'/],
    ['GraphiQL', () => send(app, { method: 'GET', path: '/graphql', headers: { accept: 'text/html' } }), /script-src 'self' 'unsafe-inline' blob:.*connect-src 'self';.*frame-ancestors 'none'/],
    ['the explorer', () => send(app, { method: 'GET', path: '/', headers: { accept: 'text/html' } }), /^default-src 'self'; script-src 'self';.*frame-ancestors 'none'/],
    ['an explorer asset', () => send(app, { method: 'GET', path: '/assets/app.js' }), /^default-src 'none'/],
  ];
  for (const [what, request, csp] of responses) {
    it(`are on ${what}`, async () => {
      const { headers } = await request();
      for (const [name, value] of Object.entries(common)) expect(headers.get(name), name).toBe(value);
      expect(headers.get('content-security-policy')).toMatch(csp);
    });
  }
});

describe('CORS', () => {
  const preflight = (target: App, origin: string) =>
    send(target, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });

  it('is same-origin by default: no origin is allowed, on preflight or on the answer', async () => {
    expect((await preflight(app, 'https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    const answer = await send(app, { body: JSON.stringify({ query: '{ node(id: "wsj") { id } }' }), headers: { origin: 'https://evil.example' } });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the configured origins, without credentials', async () => {
    const open = countedApp(driver, { corsOrigins: ['https://explorer.example'] }).app;
    const allowed = await preflight(open, 'https://explorer.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    expect(allowed.headers.get('access-control-allow-credentials')).not.toBe('true');
    for (const origin of ['https://evil.example', 'https://explorer.example.evil.example', 'null']) {
      expect((await preflight(open, origin)).headers.get('access-control-allow-origin'), origin).not.toBe(origin);
    }
  });

  it('reads CORS_ORIGINS, and refuses a value that is not a list of origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example' }).CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(() => loadConfig({ CORS_ORIGINS: 'not an origin' })).toThrow(/CORS_ORIGINS/);
  });
});

describe('GraphiQL and introspection switches', () => {
  it('are on in development and off under NODE_ENV=production unless set, and refuse nonsense', () => {
    expect(loadConfig({})).toMatchObject({ GRAPHIQL: true, INTROSPECTION: true });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ GRAPHIQL: false, INTROSPECTION: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHIQL: 'true', INTROSPECTION: '1' })).toMatchObject({ GRAPHIQL: true, INTROSPECTION: true });
    expect(loadConfig({ INTROSPECTION: 'false' })).toMatchObject({ GRAPHIQL: true, INTROSPECTION: false });
    expect(() => loadConfig({ INTROSPECTION: 'maybe' })).toThrow(/INTROSPECTION/);
  });

  it('turn GraphiQL off: browsers get no GraphiQL page', async () => {
    const closed = countedApp(driver, { graphiql: false, introspection: false }).app;
    const page = await send(closed, { method: 'GET', path: '/graphql', headers: { accept: 'text/html' } });
    expect(page.text).not.toContain('GraphiQL');
    const schema = await send(closed, { body: JSON.stringify({ query: '{ __schema { types { name } } }' }) });
    expect(codesOf(schema)).toEqual(['INTROSPECTION_DISABLED']);
  });
});

describe('malformed requests', () => {
  const cases: [string, Parameters<typeof send>[1], number, string | null][] = [
    ['invalid JSON', { body: '{"query": "{ node(id: \\"wsj\\") { id } }"' }, 400, 'BAD_REQUEST'],
    ['JSON that is not an object', { body: '"{ node(id: \\"wsj\\") { id } }"' }, 400, 'BAD_REQUEST'],
    ['no query', { body: JSON.stringify({ variables: {} }) }, 400, 'BAD_REQUEST'],
    ['a query that is not a string', { body: JSON.stringify({ query: { evil: true } }) }, 400, 'BAD_REQUEST'],
    ['variables that are not an object', { body: JSON.stringify({ query: '{ __typename }', variables: [1, 2] }) }, 400, 'BAD_REQUEST'],
    ['an unknown parameter', { body: JSON.stringify({ query: '{ __typename }', evil: 1 }) }, 400, 'BAD_REQUEST'],
    ['a syntax error', { body: JSON.stringify({ query: '{ node(id: "wsj" { id } }' }) }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['a mutation', { body: JSON.stringify({ query: 'mutation { deleteEverything }' }) }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a subscription', { body: JSON.stringify({ query: 'subscription { node(id: "wsj") { id } }' }) }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a lying Content-Length', { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'content-length': '5, 5' } }, 400, 'BAD_REQUEST'],
    ['text/plain', { body: '{ __typename }', headers: { 'content-type': 'text/plain' } }, 415, null],
    ['PUT', { method: 'PUT', body: JSON.stringify({ query: '{ __typename }' }) }, 405, null],
    ['DELETE', { method: 'DELETE' }, 405, null],
  ];
  for (const [what, init, status, code] of cases) {
    it(`${what} → ${status}${code ? ` ${code}` : ''}, no Cypher`, async () => {
      cypher.reset();
      const answer = await send(app, init);
      expect(answer.status, answer.text).toBe(status);
      if (code) expect(codesOf(answer)).toContain(code);
      expect(cypher.count).toBe(0);
      expect(answer.text).not.toMatch(/\bat .*\.(ts|js):\d+|stack/i);
    });
  }

  it('replaces a forged request id (too long, or with line breaks) by a fresh one', async () => {
    for (const forged of ['x'.repeat(500), 'abc\u0000def', '../../etc/passwd', '<script>']) {
      const answer = await send(app, { body: JSON.stringify({ query: '{ __typename }' }), headers: { 'x-request-id': forged } });
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});

describe('an unexpected error', () => {
  it('is masked for the client and logged exactly once, with the request id', async () => {
    const logs = captureLogs();
    const logged = appOver(driver, { logger: logs.logger });
    const database = testConnection().database;
    await driver.executeQuery('DROP INDEX entity_names_cjk IF EXISTS', {}, { database });
    try {
      const answer = await sendOperation(logged, '{ search(text: "Commerce") { score } }', undefined, { 'x-request-id': 'masked-once-1' });
      expect(codesOf(answer)).toEqual(['INTERNAL_SERVER_ERROR']);
      const errorLines = logs.lines.filter((line) => line.level >= 50);
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatchObject({ requestId: 'masked-once-1', msg: expect.stringMatching(/unexpected error/) });
    } finally {
      await applySchema(driver, { database });
    }
  });
});
