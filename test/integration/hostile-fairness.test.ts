/**
 * One client flooding the server waits for itself: over real HTTP (the app in a Node server on
 * loopback, clients from different local addresses), each client has at most 2 GraphQL requests
 * handled at once, further ones wait in line and beyond the queue get 429, while another client's
 * request is handled at once; requests refused for the client's fault hold its turn 100 ms longer;
 * and a client cannot hold more than its share of connections. Every Cypher query is slowed by
 * 150 ms (on the real test Neo4j) so that requests overlap.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { AppOptions } from '@policygraph/server';
import { appOver, interceptReads } from './api-helpers.ts';
import { useSeededGraph } from './seeded-api.ts';
import { limitConnectionsPerClient } from '@policygraph/server';

const DELAY_MS = 150;
const QUERY = JSON.stringify({ query: '{ node(id: "mofcom") { id } }' });
const REFUSED = JSON.stringify({
  query: '{ node(id: "mofcom") { id id id id id id id id id id id } }',
});

const graph = useSeededGraph();
let slowDriver: Driver;
let running = 0;
let mostAtOnce = 0;
const servers: http.Server[] = [];

/** The test driver with every Cypher round trip delayed, counting how many run at once. */
function slowed(real: Driver): Driver {
  return interceptReads(real, async (work) => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    try {
      await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
      return await work();
    } finally {
      running -= 1;
    }
  });
}

/** The app in a real HTTP server on 127.0.0.1; returns its port. */
async function serve(options: Partial<AppOptions> = {}): Promise<number> {
  const { yoga } = appOver(slowDriver, options);
  const server = http.createServer((request, response) => void yoga(request, response));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** POSTs QUERY from `localAddress`; resolves with the status and the time taken. */
function post(
  port: number,
  localAddress: string,
  headers: Record<string, string> = {},
  path = '/graphql',
  body = QUERY,
): Promise<{ status: number; ms: number; body: string; retryAfter?: string }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: path === '/graphql' ? 'POST' : 'GET',
        localAddress,
        agent: false,
        headers: { 'content-type': 'application/json', ...headers },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk) => (body += String(chunk)));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            body,
            retryAfter: response.headers['retry-after'],
          }),
        );
      },
    );
    request.on('error', reject);
    request.end(path === '/graphql' ? body : undefined);
  });
}

beforeAll(() => {
  slowDriver = slowed(graph.driver);
});
afterAll(() => {
  for (const server of servers) server.close();
});

describe('fair use between clients', () => {
  it('handles at most 2 requests of one client at once; the rest wait in line and all succeed', async () => {
    const port = await serve();
    mostAtOnce = 0;
    const answers = await Promise.all(Array.from({ length: 6 }, () => post(port, '127.0.0.2')));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(mostAtOnce).toBe(2);
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    expect(slowest).toBeGreaterThanOrEqual(3 * DELAY_MS - 10); // three turns of two
  });

  it("answers another client at once while one client's line is full", async () => {
    const port = await serve();
    const flood = Promise.all(Array.from({ length: 12 }, () => post(port, '127.0.0.2')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const other = await post(port, '127.0.0.3');
    expect(other.status).toBe(200);
    expect(other.ms).toBeLessThan(4 * DELAY_MS);
    const flooded = await flood;
    expect(Math.max(...flooded.map((answer) => answer.ms))).toBeGreaterThan(5 * DELAY_MS);
  });

  it('refuses with 429 and Retry-After beyond the queue, and never limits /health', async () => {
    const port = await serve({ clientMaxQueued: 2 });
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(port, '127.0.0.2')));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 429, 429]);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.retryAfter).toBe('1');
    const health = await Promise.all(
      Array.from({ length: 20 }, () => post(port, '127.0.0.2', {}, '/health')),
    );
    expect(health.every((answer) => answer.status === 200)).toBe(true);
  });

  it('tells clients apart by X-Forwarded-For only behind a trusted proxy', async () => {
    const trusting = await serve({ trustProxy: true });
    mostAtOnce = 0;
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(trusting, '127.0.0.2', { 'x-forwarded-for': `203.0.113.${i}` }),
      ),
    );
    expect(mostAtOnce).toBe(6);
    const untrusting = await serve();
    mostAtOnce = 0;
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        post(untrusting, '127.0.0.2', { 'x-forwarded-for': `203.0.113.${i}` }),
      ),
    );
    expect(mostAtOnce).toBe(2);
  });

  it("holds a refused request's turn 100 ms longer, and only for that client", async () => {
    const port = await serve();
    // Bounds are relative to an ordinary request measured here, each the fastest of 3, so a busy
    // machine slows both sides alike; a held turn would add the whole 100 ms to every try.
    const fastest = async (address: string) => {
      const times: number[] = [];
      for (let i = 0; i < 3; i += 1) times.push((await post(port, address)).ms);
      return Math.min(...times);
    };
    const baseline = await fastest('127.0.0.4');
    const refused = await post(
      port,
      '127.0.0.2',
      { accept: 'application/graphql-response+json' },
      '/graphql',
      REFUSED,
    );
    expect(refused.status).toBe(400); // "id" repeated 11 times in one selection
    expect(refused.ms).toBeGreaterThanOrEqual(100);
    const refusedAsJson = await post(
      port,
      '127.0.0.2',
      { accept: 'application/json' },
      '/graphql',
      REFUSED,
    );
    expect(refusedAsJson.status).toBe(200); // application/json answers 200, the refusal is in the body
    expect(JSON.parse(refusedAsJson.body).errors[0].extensions.code).toBe('OPERATION_LIMIT');
    expect(refusedAsJson.ms).toBeGreaterThanOrEqual(100);
    expect(await fastest('127.0.0.2')).toBeLessThan(baseline + 100);
    const started = performance.now();
    const [, other] = await Promise.all([
      Promise.all(
        Array.from({ length: 4 }, () => post(port, '127.0.0.2', {}, '/graphql', REFUSED)),
      ),
      post(port, '127.0.0.3'),
    ]);
    expect(other.status).toBe(200);
    expect(other.ms).toBeLessThan(performance.now() - started + 1);
    expect(other.ms).toBeLessThan(baseline + DELAY_MS + 100);
  });
});

describe('connections per client', () => {
  it('closes connections beyond the limit from one address at once, and accepts those of others', async () => {
    const server = http.createServer((_request, response) => response.end('ok'));
    servers.push(server);
    const openConnections = limitConnectionsPerClient(server, 3);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    const connect = (localAddress: string) =>
      new Promise<{ closedByServer: boolean; socket: net.Socket }>((resolve) => {
        const socket = net.connect({ host: '127.0.0.1', port, localAddress });
        const timer = setTimeout(() => resolve({ closedByServer: false, socket }), 300);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          clearTimeout(timer);
          resolve({ closedByServer: true, socket });
        });
      });
    const same = await Promise.all(Array.from({ length: 5 }, () => connect('127.0.0.2')));
    expect(same.filter((connection) => connection.closedByServer)).toHaveLength(2);
    const other = await connect('127.0.0.3');
    expect(other.closedByServer).toBe(false);
    expect(openConnections().get('127.0.0.2')).toBe(3);
    for (const { socket } of [...same, other]) socket.destroy();
  });
});
