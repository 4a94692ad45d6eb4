/**
 * Hostile operation shapes are refused fast, with a clear `extensions.code`, before any Cypher runs:
 * deep nesting, alias and field-duplication bombs, fragment cycles and bombs, token and directive
 * floods; and the operation cost counts list sizes from literals, variables and defaults.
 */
import { describe, expect, it } from 'vitest';
import { OPERATION_LIMITS } from '@policygraph/server';
import { sendOperation, refusalCheck, nestedPartOf } from './hostile-support.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
const expectRefused = refusalCheck(api);

describe('operation shape', () => {
  it('refuses deep nesting, written out or through fragments', async () => {
    await expectRefused(
      () =>
        sendOperation(
          api.app,
          `{ node(id: "mofcom") { ${nestedPartOf(OPERATION_LIMITS.maxDepth + 1)} } }`,
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

  it('keeps no cost across variables that change it: small, then large, then small again', async () => {
    const small = await sendOperation(api.app, query, { limit: 5, depth: 1 });
    expect(small.body.errors).toBeUndefined();
    await expectRefused(
      () => sendOperation(api.app, query, { limit: 1000, depth: 3 }),
      400,
      'OPERATION_LIMIT',
    );
    const { SubgraphQuery } = await import('../../client/src/api/documents.ts');
    const fragments = SubgraphQuery.toString().slice(SubgraphQuery.toString().indexOf('fragment'));
    const twice = `query ($ids: [ID!]!) { a: subgraph(ids: $ids) { ...SubgraphFields } b: subgraph(ids: $ids) { ...SubgraphFields } }\n${fragments}`;
    const one = await sendOperation(api.app, twice, { ids: ['mofcom'] });
    expect(one.body.errors).toBeUndefined();
    const distinct = Array.from({ length: 1000 }, (_, i) => `id-${i}`);
    await expectRefused(
      () => sendOperation(api.app, twice, { ids: distinct }),
      400,
      'OPERATION_LIMIT',
    );
    // The same id a thousand times is one node: its cost is that of one id.
    const repeated = await sendOperation(api.app, twice, { ids: distinct.map(() => 'mofcom') });
    expect(repeated.body.errors).toBeUndefined();
    expect(repeated.body.data.a.nodes.map((n: { id: string }) => n.id)).toEqual(['mofcom']);
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
