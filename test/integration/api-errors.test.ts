import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { applySchema } from '@policygraph/model';
import { LIMITS, OPERATION_LIMITS, type App } from '@policygraph/server';
import { appOver, captureLogs, loadSeedGraph, postGraphQL, testDriver } from './api-helpers.ts';
import { testConnection } from '../support/neo4j.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  app = appOver(driver);
});
afterAll(async () => {
  await driver?.close();
});

/** The error of an operation refused for one argument. */
async function refusal(query: string, variables?: Record<string, unknown>) {
  const { status, body } = await postGraphQL(app, query, variables);
  expect(status).toBe(200);
  expect(body.errors).toHaveLength(1);
  return body.errors![0]!;
}

describe('bad arguments', () => {
  const cases: [string, string, string][] = [
    ['search', `{ search(text: "${'x'.repeat(LIMITS.searchTextLength + 1)}") { score } }`, 'text'],
    ['search', `{ search(text: "x", first: ${LIMITS.searchFirst + 1}) { score } }`, 'first'],
    ['search', '{ search(text: "x", first: 0) { score } }', 'first'],
    ['node', `{ node(id: "${'x'.repeat(LIMITS.idLength + 1)}") { id } }`, 'id'],
    ['neighborhood', `{ neighborhood(ids: ["mofcom"], depth: ${LIMITS.neighborhoodDepth + 1}) { truncated } }`, 'depth'],
    ['neighborhood', `{ neighborhood(ids: ["mofcom"], limit: ${LIMITS.neighborhoodLimit + 1}) { truncated } }`, 'limit'],
    ['neighborhood', '{ neighborhood(ids: []) { truncated } }', 'ids'],
    ['neighborhood', '{ neighborhood(ids: ["mofcom"], relationshipTypes: ["ISSUED_BY", "KNOWS"]) { truncated } }', 'relationshipTypes'],
    ['paths', `{ paths(from: "wsj", to: "amazon", maxHops: ${LIMITS.pathsMaxHops + 1}) { truncated } }`, 'maxHops'],
    ['paths', `{ paths(from: "wsj", to: "amazon", first: ${LIMITS.pathsFirst + 1}) { truncated } }`, 'first'],
    ['statements', `{ statements(first: ${LIMITS.pageSize + 1}) { totalCount } }`, 'first'],
    ['statements', '{ statements(after: "not-a-cursor") { totalCount } }', 'after'],
    ['statements', '{ statements(from: "2023-02-30") { totalCount } }', 'from'],
    ['statements', '{ statements(to: "July 2023") { totalCount } }', 'to'],
    ['measures', '{ measures(first: -1) { totalCount } }', 'first'],
    ['measures', '{ measures(after: "b2Zmc2V0Oi0x") { totalCount } }', 'after'],
  ];
  for (const [field, query, argument] of cases) {
    it(`${field}: "${argument}" out of range or malformed → BAD_USER_INPUT naming it`, async () => {
      const error = await refusal(query);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: argument });
      expect(error.message).toContain(`"${argument}"`);
      expect(error.path).toEqual([field]);
    });
  }
});

describe('operation limits', () => {
  it('refuses an operation nested deeper than the limit before running it', async () => {
    let selection = 'id';
    for (let i = 0; i < OPERATION_LIMITS.maxDepth; i += 1) selection = `partOf { ${selection} }`;
    const { status, body } = await postGraphQL(app, `{ node(id: "mofcom") { ... on Actor { ${selection} } } }`, undefined, {
      accept: 'application/graphql-response+json',
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
    expect(body.errors?.[0]?.message).toMatch(/depth limit of 12/);
  });
  it('refuses more aliases than the limit', async () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: node(id: "wsj") { id }`).join(' ');
    const { status, body } = await postGraphQL(app, `{ ${aliases} }`, undefined, { accept: 'application/graphql-response+json' });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
  });
  it('refuses an operation of more tokens than the limit', async () => {
    const fields = Array.from({ length: OPERATION_LIMITS.maxTokens }, () => 'id').join(' ');
    const { body } = await postGraphQL(app, `{ node(id: "wsj") { ${fields} } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe('OPERATION_LIMIT');
  });
  it('lets GraphiQL introspect the schema', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const { status, body } = await postGraphQL(app, getIntrospectionQuery({ descriptions: true }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('unexpected errors', () => {
  it('are masked for the client and logged with the request id', async () => {
    const logs = captureLogs();
    const logged = appOver(driver, { logger: logs.logger });
    const database = testConnection().database;
    await driver.executeQuery('DROP INDEX entity_names_cjk IF EXISTS', {}, { database });
    try {
      const { headers, body } = await postGraphQL(logged, '{ search(text: "Commerce") { score } }', undefined, {
        'x-request-id': 'test-request-42',
      });
      expect(headers.get('x-request-id')).toBe('test-request-42');
      expect(body.errors).toEqual([
        expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      expect(JSON.stringify(body)).not.toMatch(/entity_names_cjk|at .*\.ts|Neo4j|stack/i);
      const line = logs.lines.find((entry) => entry.level === 50 && entry.requestId === 'test-request-42');
      expect(line?.msg).toMatch(/unexpected error/);
      expect(JSON.stringify(line?.err)).toMatch(/entity_names_cjk/);
    } finally {
      await applySchema(driver, { database });
    }
    const { body } = await postGraphQL(logged, '{ search(text: "Commerce") { score } }');
    expect(body.errors).toBeUndefined();
  });
});
