import { afterEach, describe, expect, it, vi } from 'vitest';
import { getIntrospectionQuery } from 'graphql';
import { createGraphQLError, createSchema, createYoga } from 'graphql-yoga';
import * as jit from 'graphql-jit';
import { useCompiledExecution, type CompiledExecutionOptions } from './use-compiled-execution.ts';

vi.mock('graphql-jit', async (importOriginal) => {
  const original = await importOriginal<typeof import('graphql-jit')>();
  return { ...original, compileQuery: vi.fn(original.compileQuery) };
});
const compileQuery = vi.mocked(jit.compileQuery);

/** Where a resolver runs: graphql-jit gives resolvers an info object without graphql-js's `path.typename`. */
const ranBy: string[] = [];

const schema = createSchema({
  typeDefs: /* GraphQL */ `
    type Query {
      item(id: ID!): Item
      items(first: Int!): [Item!]!
      failing: Item
      broken: Item
      crash: String
      things: [Thing!]!
    }
    type Item {
      id: ID!
      name: String!
      tags: [String!]!
      colour: Colour
    }
    enum Colour {
      RED
    }
    interface Thing {
      id: ID!
    }
    type Box implements Thing {
      id: ID!
    }
  `,
  resolvers: {
    Query: {
      item: (_root: unknown, args: { id: string }, _context: unknown, info: { path: object }) => {
        ranBy.push('typename' in info.path ? 'graphql-js' : 'compiled');
        if (args.id === 'none') return null;
        // Item "bad" carries a value its enum cannot serialise (a fault in stored data).
        return {
          id: args.id,
          name: `item ${args.id}`,
          tags: ['a'],
          colour: args.id === 'bad' ? 'PUCE' : 'RED',
        };
      },
      items: (_root: unknown, args: { first: number }) =>
        Array.from({ length: args.first }, (_, i) => ({ id: `${i}`, name: `n${i}`, tags: [] })),
      failing: () => {
        throw createGraphQLError('No such thing.', { extensions: { code: 'NOT_FOUND' } });
      },
      broken: () => ({ id: null, name: 'no id', tags: [] }),
      crash: () => {
        throw new Error('internal detail');
      },
      things: () => [{ id: 'box' }, { id: 'blog' }],
    },
    Thing: {
      // A node whose type cannot be told (a kind the server does not know).
      __resolveType: (thing: { id: string }) => {
        if (thing.id === 'blog') throw new Error('Unknown kind BLOG');
        return 'Box';
      },
    },
  },
});

function server(options: CompiledExecutionOptions = {}) {
  return createYoga({
    schema,
    logging: false,
    maskedErrors: { isDev: false },
    plugins: [useCompiledExecution(options)],
  });
}

async function ask(
  yoga: ReturnType<typeof server>,
  query: string,
  variables: Record<string, unknown> = {},
  operationName?: string,
) {
  const response = await yoga.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

afterEach(() => {
  compileQuery.mockClear();
  ranBy.length = 0;
});

describe('useCompiledExecution', () => {
  it('runs an operation through graphql-js the first time, compiles it the second, and keeps the compiled form', async () => {
    const yoga = server();
    const query = 'query One($id: ID!) { item(id: $id) { id name tags } }';
    const answers = [];
    for (const id of ['1', '2', '3']) answers.push(await ask(yoga, query, { id }));
    expect(answers).toEqual(
      ['1', '2', '3'].map((id) => ({ data: { item: { id, name: `item ${id}`, tags: ['a'] } } })),
    );
    expect(ranBy).toEqual(['graphql-js', 'compiled', 'compiled']);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('compiles every operation at once with executionsBeforeCompiling 0, and never with a large one', async () => {
    const eager = server({ executionsBeforeCompiling: 0 });
    await ask(eager, '{ item(id: "1") { id } }');
    expect(ranBy).toEqual(['compiled']);
    ranBy.length = 0;
    const never = server({ executionsBeforeCompiling: 1_000 });
    for (let i = 0; i < 3; i += 1) await ask(never, '{ item(id: "1") { id } }');
    expect(ranBy).toEqual(['graphql-js', 'graphql-js', 'graphql-js']);
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('keeps each operation of a document apart: the one a request names is the one that runs', async () => {
    const yoga = server();
    const document =
      'query A { item(id: "a") { id } } query B { items(first: 2) { id } } query C { item(id: "none") { id } }';
    const order = ['A', 'B', 'A', 'B', 'A', 'C', 'C', 'B'];
    const answers = [];
    for (const name of order) answers.push(await ask(yoga, document, {}, name));
    const expected: Record<string, unknown> = {
      A: { data: { item: { id: 'a' } } },
      B: { data: { items: [{ id: '0' }, { id: '1' }] } },
      C: { data: { item: null } },
    };
    expect(answers).toEqual(order.map((name) => expected[name]));
    expect(compileQuery.mock.calls.map((call) => call[2])).toEqual(['A', 'B', 'C']);
  });

  it('answers errors the same compiled or not: message, code, path and locations, with the data beside them', async () => {
    const yoga = server();
    const query = '{ failing { id } item(id: "1") { id } }';
    const first = await ask(yoga, query);
    const second = await ask(yoga, query);
    expect(first).toEqual({
      data: { failing: null, item: { id: '1' } },
      errors: [
        {
          message: 'No such thing.',
          locations: [{ line: 1, column: 3 }],
          path: ['failing'],
          extensions: { code: 'NOT_FOUND' },
        },
      ],
    });
    expect(second).toEqual(first);
    expect(ranBy).toEqual(['graphql-js', 'compiled']);
  });

  it('answers a null for a non-null field and an unexpected error (masked) the same compiled or not', async () => {
    const yoga = server();
    const query = '{\n  broken { id name }\n  crash\n}';
    const first = await ask(yoga, query);
    const second = await ask(yoga, query);
    expect(first).toEqual({
      data: { broken: null, crash: null },
      errors: [
        {
          // Yoga masks it as it masks any error not raised as a GraphQLError.
          message: 'Unexpected error.',
          locations: [{ line: 2, column: 12 }],
          path: ['broken', 'id'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
        {
          message: 'Unexpected error.',
          locations: [{ line: 3, column: 3 }],
          path: ['crash'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
    });
    // The same errors; compiled, the non-null violation comes last (see the plugin's comment).
    expect(second.data).toEqual(first.data);
    expect(second.errors).toHaveLength(2);
    expect(second.errors).toEqual(expect.arrayContaining(first.errors!));
    expect(compileQuery).toHaveBeenCalledTimes(1);
  });

  it('answers introspection, __typename, fragments and @include/@skip by variable the same', async () => {
    const requests: [string, Record<string, unknown>][] = [
      [getIntrospectionQuery(), {}],
      [
        'query Q($with: Boolean!, $without: Boolean!) { item(id: "7") { __typename ...F name @include(if: $with) tags @skip(if: $without) } } fragment F on Item { id }',
        { with: true, without: true },
      ],
      [
        'query Q($with: Boolean!, $without: Boolean!) { item(id: "7") { __typename ...F name @include(if: $with) tags @skip(if: $without) } } fragment F on Item { id }',
        { with: false, without: false },
      ],
    ];
    const eager = server({ executionsBeforeCompiling: 0 });
    for (const [query, variables] of requests) {
      const uncompiled = await ask(server(), query, variables);
      expect(uncompiled.errors).toBeUndefined();
      expect(await ask(eager, query, variables)).toEqual(uncompiled);
    }
    // The introspection query and Q, each compiled once by the eager server.
    expect(compileQuery).toHaveBeenCalledTimes(2);
    expect(ranBy).toEqual(['graphql-js', 'compiled', 'graphql-js', 'compiled']);
  });

  it('masks a value its type cannot serialise and a type resolver that throws, as graphql-js does, and answers', async () => {
    const heard: unknown[] = [];
    const yoga = server({ onRuntimeError: (error) => heard.push(error) });
    for (const query of ['{ item(id: "bad") { id colour } }', '{ things { id } }']) {
      const first = await ask(yoga, query);
      const second = await Promise.race([
        ask(yoga, query),
        new Promise((resolve) => setTimeout(() => resolve('no answer'), 2_000)),
      ]);
      expect(first.errors).toEqual([
        expect.objectContaining({
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ]);
      expect(second).toEqual(first);
    }
    expect(heard).toEqual([new Error('Unknown kind BLOG')]);
  });

  it('runs a request through graphql-js when it leaves out a non-null variable with a default, or gives @include/@skip a null', async () => {
    const yoga = server({ executionsBeforeCompiling: 0 });
    const withDefault = 'query D($id: ID! = "7") { item(id: $id) { id } }';
    expect(await ask(yoga, withDefault)).toEqual({ data: { item: { id: '7' } } });
    expect(await ask(yoga, withDefault, { id: '8' })).toEqual({ data: { item: { id: '8' } } });
    const directive =
      'query S($show: Boolean = true) { item(id: "1") { id name @include(if: $show) tags @skip(if: $show) } }';
    const refused = await ask(yoga, directive, { show: null });
    expect(refused).toEqual(await ask(server(), directive, { show: null }));
    expect(refused.errors).toEqual([
      expect.objectContaining({
        message: 'Argument "if" of non-null type "Boolean!" must not be null.',
      }),
    ]);
    expect(await ask(yoga, directive, { show: true })).toEqual({
      data: { item: { id: '1', name: 'item 1' } },
    });
    expect(ranBy).toEqual(['graphql-js', 'compiled', 'graphql-js', 'graphql-js', 'compiled']);
  });

  it('answers a bad variable the same compiled or not', async () => {
    const yoga = server();
    const query = 'query One($id: ID!) { item(id: $id) { id } }';
    await ask(yoga, query, { id: '1' });
    await ask(yoga, query, { id: '1' });
    const compiled = await ask(yoga, query, { id: { not: 'an id' } });
    const uncompiled = await ask(server(), query, { id: { not: 'an id' } });
    expect(compiled.errors).toHaveLength(1);
    expect(compiled).toEqual(uncompiled);
  });

  it.each([
    ['answers errors', () => ({ errors: [createGraphQLError('cannot compile')] })],
    [
      'throws',
      () => {
        throw new Error('compiler fault');
      },
    ],
  ])(
    'runs an operation through graphql-js when graphql-jit %s, and says so once',
    async (_how, fault) => {
      const heard: (string | null)[] = [];
      const yoga = server({ onCompileError: (name) => heard.push(name) });
      compileQuery.mockImplementation(fault);
      try {
        const answers = [];
        for (let i = 0; i < 5; i += 1)
          answers.push(await ask(yoga, 'query Q { item(id: "1") { id } }'));
        expect(answers).toEqual(Array(5).fill({ data: { item: { id: '1' } } }));
        expect(ranBy).toEqual(Array(5).fill('graphql-js'));
        expect(heard).toEqual(['Q']);
        expect(compileQuery).toHaveBeenCalledTimes(1);
      } finally {
        compileQuery.mockReset();
        const original = await vi.importActual<typeof import('graphql-jit')>('graphql-jit');
        compileQuery.mockImplementation(original.compileQuery);
      }
    },
  );
});
