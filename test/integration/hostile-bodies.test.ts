/**
 * Megabyte strings, long query texts, chunked bodies without a length and batches are refused fast
 * with a clear `extensions.code` and HTTP status, before any Cypher runs; in process and over HTTP,
 * where a body's Content-Length is trusted because Node reads exactly that many bytes.
 */
import { request as httpRequest, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTTP_LIMITS } from '@policygraph/server';
import { send, sendOperation, refusalCheck, type RawAnswer } from './hostile-support.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
const expectRefused = refusalCheck(api);

describe('megabyte strings and long queries', () => {
  it('refuses a body over the size limit: a megabyte variable, a megabyte comment, 100,000 ids', async () => {
    const megabyte = 'x'.repeat(1_000_000);
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($t: String!) { search(text: $t) { score } }', {
          t: megabyte,
        }),
      413,
      'REQUEST_ENTITY_TOO_LARGE',
    );
    await expectRefused(
      () => sendOperation(api.app, `#${megabyte}\n{ node(id: "wsj") { id } }`),
      413,
      'REQUEST_ENTITY_TOO_LARGE',
    );
    const ids = Array.from({ length: 100_000 }, (_, i) => `n${i}`);
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', {
          ids,
        }),
      413,
      'REQUEST_ENTITY_TOO_LARGE',
    );
  });

  it('refuses a body over the limit sent in chunks without a content length', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(16 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0)
          controller.enqueue(
            new TextEncoder().encode(
              '{"query":"{ node(id: \\"wsj\\") { id } }","variables":{"pad":"',
            ),
          );
        controller.enqueue(chunk);
        sent += chunk.length;
        if (sent > HTTP_LIMITS.maxBodyBytes * 4) {
          controller.enqueue(new TextEncoder().encode('"}}'));
          controller.close();
        }
      },
    });
    await expectRefused(() => send(api.app, { body: stream }), 413, 'REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a query text over the length limit, sent by POST or GET', async () => {
    const long = `#${'x'.repeat(HTTP_LIMITS.maxQueryLength)}\n{ node(id: "wsj") { id } }`;
    await expectRefused(
      () => sendOperation(api.app, long),
      400,
      'OPERATION_LIMIT',
      /characters long; the limit is 16000/,
    );
    await expectRefused(
      () =>
        send(api.app, {
          method: 'GET',
          path: `/graphql?query=${encodeURIComponent(long)}`,
          body: null,
        }),
      400,
      'OPERATION_LIMIT',
    );
  });

  it('refuses a long string argument with BAD_USER_INPUT (under the body limit)', async () => {
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($t: String!) { search(text: $t) { score } }', {
          t: '商'.repeat(20_000),
        }),
      200,
      'BAD_USER_INPUT',
      /at most 200 characters/,
    );
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($id: ID!) { node(id: $id) { id } }', {
          id: 'x'.repeat(50_000),
        }),
      200,
      'BAD_USER_INPUT',
      /"id"/,
    );
  });
});

describe('batches', () => {
  it('refuses a batch of operations (an array body), whatever its size', async () => {
    const one = { query: '{ node(id: "mofcom") { id } }' };
    await expectRefused(
      () => send(api.app, { body: JSON.stringify([one, one]) }),
      400,
      'BAD_REQUEST',
      /Batching is not supported/,
    );
    await expectRefused(
      () => send(api.app, { body: JSON.stringify(Array.from({ length: 1000 }, () => one)) }),
      400,
      'BAD_REQUEST',
    );
  });
});

describe('over HTTP (node:http, as main.ts serves)', () => {
  let server: Server;
  let port = 0;
  beforeAll(async () => {
    const { yoga } = api.app;
    server = createServer((request, response) => void yoga(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  /** POSTs `chunks` to /graphql, with `length` as Content-Length (none: chunked). */
  const post = (chunks: string[], length?: string) =>
    new Promise<RawAnswer>((resolve, reject) => {
      const started = performance.now();
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...(length === undefined ? {} : { 'content-length': length }),
      };
      const request = httpRequest(
        { host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers, agent: false },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (piece: string) => (text += piece));
          response.on('end', () => {
            let body: unknown = null;
            try {
              body = JSON.parse(text);
            } catch {
              // not JSON
            }
            resolve({
              status: response.statusCode ?? 0,
              headers: new Headers(response.headers as Record<string, string>),
              body,
              text,
              ms: performance.now() - started,
            });
            request.destroy();
          });
        },
      );
      // The server may answer (and close) before the whole body is sent: that is the point.
      request.on('error', (error) => (error.message.includes('EPIPE') ? undefined : reject(error)));
      for (const chunk of chunks) request.write(chunk);
      request.end();
    });

  const query = JSON.stringify({ query: '{ node(id: "mofcom") { id } }' });
  const over = HTTP_LIMITS.maxBodyBytes + 1;

  it('answers a body whose Content-Length is within the limit', async () => {
    const answer = await post([query], String(Buffer.byteLength(query)));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { node: { id: 'mofcom' } } });
  });

  it('refuses a Content-Length over the limit before reading the body', async () => {
    await expectRefused(
      () => post([query.slice(0, 20)], String(over)),
      413,
      'REQUEST_ENTITY_TOO_LARGE',
    );
  });

  it('refuses a malformed Content-Length', async () => {
    const answer = await post([query], '1e3');
    // Node's own parser refuses a length that is not a number; Yoga's codes are not reached.
    expect(answer.status).toBe(400);
  });

  it('refuses a chunked body (no Content-Length) once it passes the limit', async () => {
    const pad = ' '.repeat(64 * 1024);
    const chunks = ['{"query":"{ node(id: \\"mofcom\\") { id } }","variables":{"pad":"'];
    for (let sent = 0; sent <= HTTP_LIMITS.maxBodyBytes * 2; sent += pad.length) chunks.push(pad);
    chunks.push('"}}');
    await expectRefused(() => post(chunks), 413, 'REQUEST_ENTITY_TOO_LARGE');
  });

  it('reads no more than a Content-Length that understates a large body', async () => {
    // Node takes the first 20 bytes as the body; the rest is not this request's. The truncated
    // JSON is refused, and nothing over the limit reaches the parser.
    const large = JSON.stringify({ query: '{ node(id: "mofcom") { id } }', pad: 'x'.repeat(over) });
    const answer = await post([large], '20');
    expect(answer.status).toBe(400);
    expect(answer.text).not.toContain('mofcom');
  });
});
