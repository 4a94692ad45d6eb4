/**
 * The HTTP surface around GraphQL: /health, /ready, GraphiQL with its example queries, the
 * explorer at / (built or not), CORS and request ids.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { appOver, loadSeedGraph, postGraphQL, testDriver } from './api-helpers.ts';

let driver: Driver;
let app: App;
let dist: string;
const BIG_ASSET = `const explorer = [${Array.from({ length: 2000 }, (_, i) => `"node-${i}"`).join(',')}];`;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  dist = mkdtempSync(path.join(os.tmpdir(), 'policygraph-client-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><title>explorer</title><div id="root"></div>',
  );
  writeFileSync(path.join(dist, 'assets', 'app-1234.js'), 'console.log("explorer")');
  // As client/vite.config.ts writes them: a Brotli and a gzip copy beside the asset.
  writeFileSync(path.join(dist, 'assets', 'big-5678.js'), BIG_ASSET);
  writeFileSync(path.join(dist, 'assets', 'big-5678.js.br'), brotliCompressSync(BIG_ASSET));
  writeFileSync(path.join(dist, 'assets', 'big-5678.js.gz'), gzipSync(BIG_ASSET));
  app = appOver(driver, { clientDist: dist });
});
afterAll(async () => {
  await driver?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (target: App, url: string, headers: Record<string, string> = {}) =>
  target.yoga.fetch(`http://yoga${url}`, { headers });

describe('operations endpoints', () => {
  it('/health answers 200 and /ready 200 while Neo4j answers', async () => {
    expect((await get(app, '/health')).status).toBe(200);
    const ready = await get(app, '/ready');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true });
  });

  it('serves GraphiQL at /graphql to browsers, with the example queries preloaded', async () => {
    const page = await get(app, '/graphql', { accept: 'text/html' });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('policygraph GraphiQL');
    expect(html).toContain('WhoSaidWhatAboutGalliumAndGermanium');
    expect(html).toContain('PathFromTheWallStreetJournalToAmazon');
    expect(
      (await get(appOver(driver, { graphiql: false }), '/graphql', { accept: 'text/html' })).status,
    ).not.toBe(200);
  });

  it('serves GraphiQL whole, loading nothing from another host (works offline)', async () => {
    const html = await (await get(app, '/graphql', { accept: 'text/html' })).text();
    const external = [...html.matchAll(/(?:src|href)\s*=\s*["']?(https?:\/\/[^"'\s>]+)/g)].map(
      (m) => m[1],
    );
    expect(external).toEqual([]);
    expect(html).not.toContain('unpkg.com');
    expect(html.length).toBeGreaterThan(100_000);
  });

  it('runs the example queries without errors', async () => {
    const { GRAPHIQL_TABS } = await import('../../server/src/graphiql/examples.ts');
    for (const { query } of GRAPHIQL_TABS) {
      const { body } = await postGraphQL(app, query);
      expect(body.errors, query.split('\n')[0]).toBeUndefined();
    }
    const { body } = await postGraphQL(app, GRAPHIQL_TABS[1]!.query);
    expect(body.data?.paths.length).toBeGreaterThan(0);
  });

  it('answers a query sent with GET', async () => {
    const response = await get(
      app,
      `/graphql?query=${encodeURIComponent('{ node(id: "wsj") { name } }')}`,
      { accept: 'application/json' },
    );
    expect(await response.json()).toEqual({ data: { node: { name: 'The Wall Street Journal' } } });
  });
});

describe('the explorer at /', () => {
  it('serves index.html at / and for client-side routes, and built assets by path', async () => {
    for (const url of ['/', '/node/mofcom', '/explore?ids=wsj']) {
      const response = await get(app, url);
      expect(response.status, url).toBe(200);
      expect(await response.text(), url).toContain('<title>explorer</title>');
    }
    const asset = await get(app, '/assets/app-1234.js');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect(asset.headers.get('cache-control')).toMatch(/immutable/);
    expect(await asset.text()).toBe('console.log("explorer")');
  });

  it('answers 404 for a missing asset and never serves files outside the folder', async () => {
    expect((await get(app, '/assets/missing.js')).status).toBe(404);
    for (const url of [
      '/../package.json',
      '/%2e%2e/package.json',
      '/assets/..%2f..%2fpackage.json',
    ]) {
      const response = await get(app, url);
      expect(await response.text(), url).not.toContain('"name"');
    }
  });

  it('sends the precompressed copy a browser accepts, Brotli first, with Vary and the caching headers', async () => {
    const cases: [string | undefined, string | null][] = [
      ['gzip, deflate, br, zstd', 'br'],
      ['br;q=1.0, gzip;q=0.8', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['identity', null],
      [undefined, null],
    ];
    for (const [accept, encoding] of cases) {
      const response = await get(
        app,
        '/assets/big-5678.js',
        accept ? { 'accept-encoding': accept } : {},
      );
      const body = Buffer.from(await response.arrayBuffer());
      expect(response.status, accept).toBe(200);
      expect(response.headers.get('content-encoding'), accept).toBe(encoding);
      expect(response.headers.get('vary'), accept).toBe('Accept-Encoding');
      expect(response.headers.get('content-type'), accept).toMatch(/javascript/);
      expect(response.headers.get('cache-control'), accept).toBe(
        'public, max-age=31536000, immutable',
      );
      expect(Number(response.headers.get('content-length')), accept).toBe(body.length);
      const plain =
        encoding === 'br'
          ? brotliDecompressSync(body)
          : encoding === 'gzip'
            ? gunzipSync(body)
            : body;
      expect(plain.toString(), accept).toBe(BIG_ASSET);
      if (encoding) expect(body.length, accept).toBeLessThan(BIG_ASSET.length / 3);
    }
    const head = await app.yoga.fetch('http://yoga/assets/big-5678.js', {
      method: 'HEAD',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.headers.get('content-encoding')).toBe('br');
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it('sends a file without compressed copies as it is, without Vary, and index.html revalidated', async () => {
    const asset = await get(app, '/assets/app-1234.js', { 'accept-encoding': 'br, gzip' });
    expect(asset.headers.get('content-encoding')).toBeNull();
    expect(asset.headers.get('vary')).toBeNull();
    expect(await asset.text()).toBe('console.log("explorer")');
    const index = await get(app, '/', { 'accept-encoding': 'br, gzip' });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-encoding')).toBeNull();
  });

  it('says plainly at / when the explorer is not built', async () => {
    const unbuilt = appOver(driver, { clientDist: path.join(dist, 'no-such-folder') });
    const response = await get(unbuilt, '/');
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toContain('The explorer is not built');
    expect(text).toContain('/graphql');
  });
});

describe('CORS and request ids', () => {
  it('is same-origin by default: no CORS headers for another origin', async () => {
    const response = await app.yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the configured origins only', async () => {
    const open = appOver(driver, { corsOrigins: ['https://explorer.example'] });
    const allowed = await open.yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://explorer.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example');
    const other = await open.yoga.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).not.toBe('https://elsewhere.example');
  });

  it('gives every response a request id, keeping a well-formed one from the caller', async () => {
    const { headers } = await postGraphQL(app, '{ node(id: "wsj") { id } }');
    expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await postGraphQL(app, '{ node(id: "wsj") { id } }', undefined, {
      'x-request-id': 'abc-123',
    });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const replaced = await postGraphQL(app, '{ node(id: "wsj") { id } }', undefined, {
      'x-request-id': 'bad id\nwith newline',
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
