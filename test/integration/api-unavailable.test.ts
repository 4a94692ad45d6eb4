/**
 * Neo4j unreachable and back again, with no restart of the app: the driver points at a TCP relay
 * to the real test Neo4j, and the test cuts and restores the relay.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { createDriver, freePort } from '@policygraph/db';
import { checkReachable, type App } from '@policygraph/server';
import { appOver, postGraphQL } from './api-helpers.ts';
import { useSeededGraph } from './seeded-api.ts';
import { testConnection } from '../support/neo4j.ts';

/** A TCP relay on `port` to the Neo4j at `target`, that can be opened and cut. */
class Relay {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  async open(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target.port, this.target.host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

const QUERY = '{ node(id: "mofcom") { id name } }';

useSeededGraph();
let relayedDriver: Driver;
let relay: Relay;
let app: App;

beforeAll(async () => {
  const connection = testConnection();
  const target = new URL(connection.uri.replace(/^[a-z+]+:/, 'http:'));
  relay = new Relay(await freePort(), { host: target.hostname, port: Number(target.port) });
  relayedDriver = createDriver(
    { ...connection, uri: `bolt://127.0.0.1:${relay.port}` },
    { maxTransactionRetryTime: 500, connectionAcquisitionTimeout: 3_000, connectionTimeout: 2_000 },
  );
  app = appOver(relayedDriver, { readyTimeoutMs: 2_000, retryMs: 500 });
});
afterAll(async () => {
  await relay?.cut();
  await relayedDriver?.close();
});

async function expectUnavailable(): Promise<void> {
  const { status, body } = await postGraphQL(app, QUERY);
  expect(status).toBe(200);
  expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
  expect(body.errors?.[0]?.message).toMatch(/unavailable/);
  expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
  expect((await app.yoga.fetch('http://yoga/ready')).status).toBe(503);
  expect((await app.yoga.fetch('http://yoga/health')).status).toBe(200);
}

async function expectAvailable(): Promise<void> {
  const { body } = await postGraphQL(app, QUERY);
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({ node: { id: 'mofcom', name: expect.any(String) } });
  expect((await app.yoga.fetch('http://yoga/ready')).status).toBe(200);
}

describe('Neo4j unreachable', () => {
  it('answers DATABASE_UNAVAILABLE while nothing listens at the port, /ready 503 and /health 200', async () => {
    await expectUnavailable();
  });

  it('is said not to answer at start-up, with the reason, and said to answer once it does', async () => {
    const down = await checkReachable(relayedDriver);
    expect(down.reachable).toBe(false);
    expect(down).toMatchObject({ reason: expect.stringMatching(/\S/) });
    await relay.open();
    expect(await checkReachable(relayedDriver)).toEqual({ reachable: true });
    await relay.cut();
  });

  it('recovers by itself when Neo4j answers again', async () => {
    await relay.open();
    await expectAvailable();
  });

  it('fails again when the connection is cut, and recovers again', async () => {
    await relay.cut();
    await expectUnavailable();
    await relay.open();
    await expectAvailable();
  });
});
