/**
 * The API answers the same whether an operation runs through graphql-js (its first execution) or
 * compiled (every later one; server/src/plugins/use-compiled-execution.ts): the explorer's own
 * operations, GraphiQL's example tabs and requests that fail, on the seed graph.
 */
import { describe, expect, it } from 'vitest';
import {
  NeighborhoodDocument,
  NodeDetailsDocument,
  PathsDocument,
  SearchDocument,
  StatementsDocument,
  SubgraphDocument,
} from '@policygraph/client';
import { GRAPHIQL_TABS } from '@policygraph/server';
import { postGraphQL } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const api = useSeededApi();

/** Three answers to the same request: the first uncompiled, the others compiled. */
async function threeAnswers(query: string, variables?: Record<string, unknown>) {
  const answers = [];
  for (let i = 0; i < 3; i += 1) answers.push((await postGraphQL(api.app, query, variables)).body);
  return answers;
}

const EXPLORER_REQUESTS: [string, string, Record<string, unknown>][] = [
  ['node details of an actor', String(NodeDetailsDocument), { id: 'mofcom' }],
  [
    'node details of a measure',
    String(NodeDetailsDocument),
    { id: 'cn-gallium-germanium-export-control' },
  ],
  ['node details of a spokesperson', String(NodeDetailsDocument), { id: 'mao-ning' }],
  ['search', String(SearchDocument), { text: 'gallium', first: 5 }],
  ['neighbourhood, depth 2', String(NeighborhoodDocument), { ids: ['mofcom'], depth: 2 }],
  ['subgraph', String(SubgraphDocument), { ids: ['mofcom', 'mao-ning', 'wsj', 'amazon'] }],
  ['paths', String(PathsDocument), { from: 'wsj', to: 'amazon' }],
  ['statements of a speaker', String(StatementsDocument), { speaker: 'mao-ning', first: 5 }],
];

describe('compiled execution', () => {
  it.each(EXPLORER_REQUESTS)(
    'answers the explorer’s %s the same',
    async (_name, query, variables) => {
      const [first, ...compiled] = await threeAnswers(query, variables);
      expect(first!.errors).toBeUndefined();
      expect(JSON.stringify(first!.data).length).toBeGreaterThan(100);
      for (const answer of compiled) expect(answer).toEqual(first);
    },
  );

  it('answers every GraphiQL example tab the same', async () => {
    for (const { query } of GRAPHIQL_TABS) {
      const [first, ...compiled] = await threeAnswers(query);
      expect(first!.errors).toBeUndefined();
      for (const answer of compiled) expect(answer).toEqual(first);
    }
  });

  it('refuses a bad argument, a bad variable and an unknown node the same', async () => {
    const requests: [string, Record<string, unknown>][] = [
      [String(NeighborhoodDocument), { ids: ['mofcom'], depth: 9 }],
      [String(NeighborhoodDocument), { ids: 'mofcom', depth: 'two' }],
      ['query Unknown($id: ID!) { node(id: $id) { id name } }', { id: 'no-such-node' }],
    ];
    for (const [query, variables] of requests) {
      const [first, ...compiled] = await threeAnswers(query, variables);
      expect(JSON.stringify(first)).toMatch(/"errors":\[\{"message"|"node":null/);
      for (const answer of compiled) expect(answer).toEqual(first);
    }
  });

  it('answers a left-out variable with a default and a null given to @include the same', async () => {
    const requests: [string, Record<string, unknown>][] = [
      ['query D($id: ID! = "mofcom") { node(id: $id) { id name } }', {}],
      [
        'query I($show: Boolean = true) { node(id: "mofcom") { id name @include(if: $show) } }',
        { show: null },
      ],
    ];
    for (const [query, variables] of requests) {
      const [first, ...compiled] = await threeAnswers(query, variables);
      for (const answer of compiled) expect(answer).toEqual(first);
    }
  });

  it('reports every refused sibling under a node that becomes null, where graphql-js reports the first', async () => {
    // The one difference left (server/src/plugins/use-compiled-execution.ts): the same data, and the
    // compiled answer's errors hold graphql-js's and the sibling's.
    const query =
      '{ node(id: "mofcom") { ... on Actor { a: possibleDuplicates(first: 0) { score } b: possibleDuplicates(first: 0) { score } } } }';
    const [first, ...compiled] = await threeAnswers(query);
    expect(first!.data).toEqual({ node: null });
    expect(first!.errors).toEqual([
      expect.objectContaining({
        path: ['node', 'a'],
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    for (const answer of compiled) {
      expect(answer.data).toEqual(first!.data);
      expect(answer.errors).toEqual([
        first!.errors![0],
        expect.objectContaining({
          path: ['node', 'b'],
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
    }
  });
});
