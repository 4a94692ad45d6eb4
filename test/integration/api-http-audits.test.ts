/**
 * GraphQL-over-HTTP compliance: graphql-http's server audits against the live server (node:http on
 * a free port). Every MUST audit passes, and so does every SHOULD and MAY audit.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
let server: Server;
let url: string;

beforeAll(async () => {
  const { yoga } = api.app;
  server = createServer((request, response) => void yoga(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server?.close(() => resolve()));
});

describe('GraphQL over HTTP', () => {
  const audits = serverAudits({ url: () => url, fetchFn: fetch });

  it('has MUST audits to run', () => {
    expect(audits.filter((audit) => audit.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  for (const audit of audits.filter((a) => a.name.startsWith('MUST'))) {
    it(audit.name, async () => {
      const result = await audit.fn();
      expect(
        result.status === 'ok'
          ? 'ok'
          : `${result.status}: ${'reason' in result ? result.reason : ''}`,
      ).toBe('ok');
    });
  }

  it('passes every SHOULD and MAY audit too', async () => {
    const others = audits.filter((a) => !a.name.startsWith('MUST'));
    const results = await Promise.all(others.map((audit) => audit.fn()));
    const failed = results
      .filter((r) => r.status !== 'ok')
      .map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`);
    console.info(
      `graphql-http SHOULD/MAY: ${results.length - failed.length}/${results.length} ok${failed.length ? `\n  ${failed.join('\n  ')}` : ''}`,
    );
    expect(results.length).toBeGreaterThan(0);
    expect(failed).toEqual([]);
  });
});
