/**
 * Hostile GraphQL is refused fast, with a clear `extensions.code`, before any Cypher runs: deep
 * nesting, alias and field-duplication bombs, fragment cycles and bombs, huge id lists, very large
 * first/limit/depth/maxHops (as literals and as variables), megabyte strings, batches, and
 * introspection floods. Each case counts the Cypher round trips the app made (none) and its time.
 */
import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { HTTP_LIMITS, OPERATION_LIMITS } from '@policygraph/server';
import { codesOf, countedApp, send, sendOperation, type RawAnswer } from './hostile-support.ts';
import { useSeededApi } from './seeded-api.ts';

/** Refusals are answered within this many milliseconds (they take a few; the bound allows a loaded machine). */
const FAST_MS = 1_000;

const api = useSeededApi();

/** Runs `request` and checks it was refused with `status` and `code` fast and before any Cypher. */
async function expectRefused(
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
}

const nested = (levels: number, inner = 'id') => {
  let selection = inner;
  for (let i = 0; i < levels; i += 1) selection = `... on Actor { partOf { ${selection} } }`;
  return selection;
};

describe('operation shape', () => {
  it('refuses deep nesting, written out or through fragments', async () => {
    await expectRefused(
      () =>
        sendOperation(
          api.app,
          `{ node(id: "mofcom") { ${nested(OPERATION_LIMITS.maxDepth + 1)} } }`,
        ),
      400,
      'OPERATION_LIMIT',
      /depth limit of 12/,
    );
    const fragments = Array.from(
      { length: 14 },
      (_, i) => `fragment F${i} on Actor { partOf { ${i === 13 ? 'id' : `...F${i + 1}`} } }`,
    ).join('\n');
    await expectRefused(
      () => sendOperation(api.app, `{ node(id: "mofcom") { ...F0 } }\n${fragments}`),
      400,
      'OPERATION_LIMIT',
      /depth limit/,
    );
  });

  it('refuses an alias bomb', async () => {
    const aliases = (count: number) =>
      Array.from(
        { length: count },
        (_, i) => `a${i}: neighborhood(ids: ["mofcom"], depth: 3, limit: 1000) { truncated }`,
      ).join(' ');
    await expectRefused(
      () => sendOperation(api.app, `{ ${aliases(OPERATION_LIMITS.maxAliases + 1)} }`),
      400,
      'OPERATION_LIMIT',
      /Aliases limit of 15/,
    );
    await expectRefused(
      () => sendOperation(api.app, `{ ${aliases(150)} }`),
      400,
      'OPERATION_LIMIT',
      /Token limit of 2000/,
    );
  });

  it('refuses a field, an object or a fragment repeated in one selection set', async () => {
    const repeat = (text: string, times: number) =>
      Array.from({ length: times }, () => text).join(' ');
    await expectRefused(
      () => sendOperation(api.app, `{ node(id: "mofcom") { ${repeat('id', 1500)} } }`),
      400,
      'OPERATION_LIMIT',
      /"id" is selected 1500 times/,
    );
    await expectRefused(
      () =>
        sendOperation(
          api.app,
          `{ neighborhood(ids: ["mofcom"]) { ${repeat('nodes { id name }', OPERATION_LIMITS.maxRepeats + 1)} } }`,
        ),
      400,
      'OPERATION_LIMIT',
      /"nodes" is selected 11 times/,
    );
    await expectRefused(
      () =>
        sendOperation(
          api.app,
          `{ node(id: "mofcom") { ${repeat('...F', 500)} } } fragment F on Node { id name }`,
        ),
      400,
      'OPERATION_LIMIT',
      /"\.\.\.F" is selected 500 times/,
    );
  });

  it('refuses fragment cycles', async () => {
    await expectRefused(
      () =>
        sendOperation(
          api.app,
          '{ node(id: "mofcom") { ...A } } fragment A on Node { id ...B } fragment B on Node { name ...A }',
        ),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /Cannot spread fragment "A" within itself via "B"/,
    );
    await expectRefused(
      () => sendOperation(api.app, '{ node(id: "mofcom") { ...A } } fragment A on Node { ...A }'),
      400,
      'GRAPHQL_VALIDATION_FAILED',
      /within itself/,
    );
  });

  it('refuses a fragment bomb (each fragment spreading the next twice) by its cost, computed quickly', async () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Node { id }`
        : `fragment F${i} on Node { ...F${i + 1} ... on Actor { ...F${i + 1} } }`,
    ).join('\n');
    await expectRefused(
      () => sendOperation(api.app, `{ node(id: "mofcom") { ...F0 } }\n${fragments}`),
      400,
      'OPERATION_LIMIT',
      /estimated cost/,
    );
  });

  it('refuses more tokens or directives than the limits', async () => {
    const ids = Array.from({ length: OPERATION_LIMITS.maxTokens }, (_, i) => `"n${i}"`).join(' ');
    await expectRefused(
      () => sendOperation(api.app, `{ neighborhood(ids: [${ids}]) { truncated } }`),
      400,
      'OPERATION_LIMIT',
      /Token limit of 2000/,
    );
    const directives = Array.from(
      { length: OPERATION_LIMITS.maxDirectives + 1 },
      () => '@include(if: true)',
    ).join(' ');
    await expectRefused(
      () => sendOperation(api.app, `{ node(id: "mofcom") { id ${directives} } }`),
      400,
      'OPERATION_LIMIT',
      /Directives limit/,
    );
  });
});

describe('cost counts list sizes from variables and defaults', () => {
  const deepParts =
    'nodes { ... on Actor { parts { ... on Actor { parts { ... on Actor { parts { ... on Actor { parts { ... on Actor { parts { id } } } } } } } } } } }';
  const query = `query ($limit: Int, $depth: Int) { neighborhood(ids: ["china-government"], limit: $limit, depth: $depth) { ${deepParts} } }`;

  it('refuses nested lists under a large limit given as a variable, and runs the same operation with a small one', async () => {
    await expectRefused(
      () => sendOperation(api.app, query, { limit: 1000, depth: 3 }),
      400,
      'OPERATION_LIMIT',
      /estimated cost is \d+; the limit is 500000/,
    );
    api.cypher.reset();
    const small = await sendOperation(api.app, query, { limit: 5, depth: 1 });
    expect(small.status).toBe(200);
    expect(small.body.errors).toBeUndefined();
    expect(small.body.data.neighborhood.nodes.length).toBeGreaterThan(1);
    expect(api.cypher.count).toBeGreaterThan(0);
  });

  it('counts the default limit (200) when the argument is left out', async () => {
    const byDefault = `{ neighborhood(ids: ["china-government"]) { ${deepParts} } }`;
    await expectRefused(
      () => sendOperation(api.app, byDefault),
      400,
      'OPERATION_LIMIT',
      /estimated cost/,
    );
  });

  it('refuses many aliased deep neighbourhoods whose limit and depth come from variables', async () => {
    const aliases = Array.from(
      { length: 8 },
      (_, i) =>
        `n${i}: neighborhood(ids: ["mofcom"], limit: $limit, depth: $depth) { nodes { id } }`,
    ).join(' ');
    await expectRefused(
      () =>
        sendOperation(api.app, `query ($limit: Int, $depth: Int) { ${aliases} }`, {
          limit: 1000,
          depth: 3,
        }),
      400,
      'OPERATION_LIMIT',
      /estimated cost/,
    );
  });

  it('admits the largest operation the explorer sends (1000 nodes with every field it draws)', async () => {
    const { NeighborhoodQuery } = await import('../../client/src/api/documents.ts');
    api.cypher.reset();
    const answer = await sendOperation(api.app, NeighborhoodQuery.toString(), {
      ids: ['mofcom'],
      depth: 3,
      limit: 1000,
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data.neighborhood.nodes.length).toBeGreaterThan(10);
  });

  it('admits the largest subgraph and relationshipsBetween the explorer sends (1000 ids of the longest length each), and refuses two aliased', async () => {
    const { SubgraphQuery, RelationshipsBetweenQuery } =
      await import('../../client/src/api/documents.ts');
    const longIds = (prefix: string) =>
      Array.from({ length: 1000 }, (_, i) => `${prefix}${i}-`.padEnd(200, 'x')).map((id, i) =>
        i === 0 ? 'mofcom' : id,
      );
    const from = longIds('a');
    const to = longIds('b').map((id, i) => (i === 0 ? 'china-government' : id));
    const between = await sendOperation(api.app, RelationshipsBetweenQuery.toString(), {
      from,
      to,
    });
    expect(between.status).toBe(200);
    expect(between.body.errors).toBeUndefined();
    expect(between.body.data.relationshipsBetween.truncated).toBe(false);
    const subgraph = await sendOperation(api.app, SubgraphQuery.toString(), { ids: from });
    expect(subgraph.body.errors).toBeUndefined();
    expect(subgraph.body.data.subgraph.nodes.map((n: { id: string }) => n.id)).toEqual(['mofcom']);
    const twice =
      'query ($ids: [ID!]!) { a: subgraph(ids: $ids) { ...SubgraphFields } b: subgraph(ids: $ids) { ...SubgraphFields } }';
    const fragments = SubgraphQuery.toString().slice(SubgraphQuery.toString().indexOf('fragment'));
    await expectRefused(
      () => sendOperation(api.app, `${twice}\n${fragments}`, { ids: from }),
      400,
      'OPERATION_LIMIT',
      /estimated cost/,
    );
  });
});

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

describe('introspection', () => {
  it('answers one introspection of the schema', async () => {
    const answer = await sendOperation(api.app, getIntrospectionQuery({ descriptions: true }));
    expect(answer.status).toBe(200);
    expect(answer.body.data.__schema.types.length).toBeGreaterThan(10);
  });

  it('refuses the schema introspected many times in one operation (aliases), or nested too deeply', async () => {
    const flood = Array.from(
      { length: 15 },
      (_, i) => `s${i}: __schema { types { name fields { name type { name } } } }`,
    ).join(' ');
    await expectRefused(
      () => sendOperation(api.app, `{ ${flood} }`),
      400,
      'OPERATION_LIMIT',
      /"__schema" 15 times; the limit is 1/,
    );
    const types = Array.from(
      { length: 6 },
      (_, i) => `t${i}: __type(name: "Actor") { fields { name } }`,
    ).join(' ');
    await expectRefused(
      () => sendOperation(api.app, `{ ${types} }`),
      400,
      'OPERATION_LIMIT',
      /"__type" 6 times/,
    );
    let deep = 'name';
    for (let i = 0; i < 8; i += 1) deep = `fields { type { ${deep} } }`;
    await expectRefused(
      () => sendOperation(api.app, `{ __schema { types { ${deep} } } }`),
      400,
      'OPERATION_LIMIT',
      /nests .* too deeply/,
    );
  });

  it('refuses every introspection when turned off, and still answers __typename and queries', async () => {
    const { app: closed, cypher: closedCypher } = countedApp(api.driver, { introspection: false });
    for (const query of [
      getIntrospectionQuery(),
      '{ __type(name: "Actor") { name } }',
      '{ node(id: "wsj") { id } __schema { queryType { name } } }',
    ]) {
      closedCypher.reset();
      const answer = await sendOperation(closed, query);
      expect(answer.status).toBe(400);
      expect(codesOf(answer)).toContain('INTROSPECTION_DISABLED');
      expect(closedCypher.count).toBe(0);
    }
    const allowed = await sendOperation(closed, '{ __typename node(id: "wsj") { __typename id } }');
    expect(allowed.body).toEqual({
      data: { __typename: 'Query', node: { __typename: 'Actor', id: 'wsj' } },
    });
  });
});

describe('after all of that', () => {
  it('still answers ordinary queries', async () => {
    const answer = await sendOperation(api.app, '{ node(id: "mofcom") { id name } }');
    expect(answer.body.data.node.id).toBe('mofcom');
  });
});
