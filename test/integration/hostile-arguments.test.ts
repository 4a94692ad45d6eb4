/**
 * Arguments beyond their maxima (first, limit, depth, maxHops, id lists, 32-bit numbers), as
 * literals and as variables, are refused fast with a clear `extensions.code`, before any Cypher runs.
 */
import { describe, expect, it } from 'vitest';
import { HTTP_LIMITS } from '@policygraph/server';
import { sendOperation, refusalCheck } from './hostile-support.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
const expectRefused = refusalCheck(api);

describe('arguments beyond their maxima', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    [
      'neighborhood ids (80, as a variable)',
      'query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }',
      { ids: Array.from({ length: 80 }, (_, i) => `n${i}`) },
      'ids',
    ],
    [
      'neighborhood limit',
      'query ($n: Int) { neighborhood(ids: ["mofcom"], limit: $n) { truncated } }',
      { n: 2_000_000_000 },
      'limit',
    ],
    [
      'neighborhood depth',
      'query ($n: Int) { neighborhood(ids: ["mofcom"], depth: $n) { truncated } }',
      { n: 1000 },
      'depth',
    ],
    [
      'paths maxHops',
      'query ($n: Int) { paths(from: "wsj", to: "amazon", maxHops: $n) { truncated } }',
      { n: 1000 },
      'maxHops',
    ],
    [
      'paths first',
      'query ($n: Int) { paths(from: "wsj", to: "amazon", first: $n) { truncated } }',
      { n: 1_000_000 },
      'first',
    ],
    [
      'search first',
      'query ($n: Int) { search(text: "x", first: $n) { score } }',
      { n: 1_000_000 },
      'first',
    ],
    [
      'statements first',
      'query ($n: Int) { statements(first: $n) { totalCount } }',
      { n: 1_000_000 },
      'first',
    ],
    [
      'measures first',
      'query ($n: Int) { measures(first: $n) { totalCount } }',
      { n: -5 },
      'first',
    ],
  ];
  for (const [name, query, variables, argument] of cases) {
    it(`${name} → BAD_USER_INPUT naming "${argument}"`, async () => {
      const answer = await expectRefused(
        () => sendOperation(api.app, query, variables),
        200,
        'BAD_USER_INPUT',
      );
      expect(answer.body.errors[0].extensions.argumentName).toBe(argument);
    });
  }

  it('a list of 5000 ids in the variables → OPERATION_LIMIT before the operation is even parsed', async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `n${i}`);
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', {
          ids,
        }),
      400,
      'OPERATION_LIMIT',
      /A list in the variables has 5000 items; the limit is 2000/,
    );
    await expectRefused(
      () => sendOperation(api.app, '{ __typename }', { unused: [[...ids]] }),
      400,
      'OPERATION_LIMIT',
    );
  });

  it('a list of 200,000 items that fits in the body limit → OPERATION_LIMIT, not an internal error', async () => {
    const zeros = new Array<number>(200_000).fill(0);
    expect(JSON.stringify(zeros).length).toBeLessThan(HTTP_LIMITS.maxBodyBytes);
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($ids: [ID!]!) { subgraph(ids: $ids) { truncated } }', {
          ids: zeros,
        }),
      400,
      'OPERATION_LIMIT',
      /A list in the variables has 200000 items; the limit is 2000/,
    );
  });

  it('an inline list of 1000 ids → BAD_USER_INPUT', async () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `"n${i}"`).join(',');
    await expectRefused(
      () => sendOperation(api.app, `{ neighborhood(ids: [${ids}]) { truncated } }`),
      200,
      'BAD_USER_INPUT',
      /at most 50 nodes/,
    );
  });

  it('a number beyond 32 bits → BAD_USER_INPUT for a variable, GRAPHQL_VALIDATION_FAILED for a literal', async () => {
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($n: Int) { statements(first: $n) { totalCount } }', {
          n: 1e12,
        }),
      400,
      'BAD_USER_INPUT',
      /Variable "\$n"/,
    );
    await expectRefused(
      () => sendOperation(api.app, '{ statements(first: 1000000000000) { totalCount } }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /32-bit/,
    );
    await expectRefused(
      () =>
        sendOperation(api.app, 'query ($ids: [ID!]!) { neighborhood(ids: $ids) { truncated } }', {
          ids: [{ id: 1 }],
        }),
      400,
      'BAD_USER_INPUT',
      /Variable "\$ids"/,
    );
  });
});
