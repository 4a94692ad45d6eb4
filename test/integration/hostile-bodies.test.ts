/**
 * Megabyte strings, long query texts, chunked bodies without a length and batches are refused fast
 * with a clear `extensions.code` and HTTP status, before any Cypher runs.
 */
import { describe, it } from 'vitest';
import { HTTP_LIMITS } from '@policygraph/server';
import { send, sendOperation, refusalCheck } from './hostile-support.ts';
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
