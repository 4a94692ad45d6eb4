/**
 * Introspection is answered once, refused when flooded (aliases, depth) or turned off; after every
 * hostile request the API still answers ordinary queries.
 */
import { describe, expect, it } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { codesOf, countedApp, sendOperation, refusalCheck } from './hostile-support.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();
const expectRefused = refusalCheck(api);

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
