/* eslint-disable @typescript-eslint/no-explicit-any -- introspection and GraphQL answers are JSON. */
/**
 * Every string argument is data. Each string argument of every root field (found by introspection,
 * so new fields are covered) gets Cypher and Lucene injection attempts, unbalanced quotes, wildcards
 * alone, control characters, emoji, right-to-left and CJK text and 10,000-character inputs, as a
 * variable and as a literal. None may give a 5xx, an unexpected or unmasked error, or change the
 * graph or what another query returns.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, sendOperation, type RawAnswer } from './hostile-support.ts';
import { useSeededApi } from './seeded-api.ts';

const HOSTILE: Record<string, string> = {
  'Cypher: quote and OR': "' OR 1=1 //",
  'Cypher: close map and delete': '"}) MATCH (n) DETACH DELETE n //',
  'Cypher: close string and delete': "mofcom'}) DETACH DELETE n RETURN 1 //",
  'Cypher: union': '`) RETURN 1 AS x UNION MATCH (n) DETACH DELETE n RETURN 1 AS x //',
  'Cypher: procedure': "x' CALL db.clearQueryCaches() //",
  'Cypher: parameter name': '$ids',
  'Cypher: map literal': "{id: 'mofcom'}",
  'Cypher: comment': '/* */ //',
  'Lucene: everything *:*': '*:*',
  'Lucene: field query': 'name:*',
  'Lucene: boolean': 'mofcom AND NOT china OR wsj',
  'Lucene: range': '[a TO z]',
  'Lucene: fuzzy and boost': 'mofcom~0.5^10',
  'Lucene: regexp': '/.*/',
  'Lucene: unbalanced parentheses': '(((',
  'Lucene: escapes': '\\ \\\\ \\"',
  'Lucene: operators alone': '&& || ! + - ~ ^ :',
  'unbalanced double quote': '"Commerce',
  'unbalanced single quote': "Commerce'",
  backticks: '``',
  'wildcard *': '*',
  'wildcard ?': '?',
  'wildcard %': '%',
  'wildcard _': '_',
  'regexp .*': '.*',
  'empty string': '',
  'spaces only': '   ',
  'NUL and control characters': 'a\u0000b\u0001\u001f\u007f',
  'tab, newline, carriage return': '\t\n\r',
  'right-to-left override': '\u202emofcom',
  'byte order mark': '\uFEFFmofcom',
  'lone surrogate': 'x\uD800y',
  emoji: '🦆',
  'emoji family (joiners)': '👩‍👩‍👧‍👦',
  'flag emoji': '🇨🇳',
  Arabic: 'وزارة التجارة',
  Hebrew: 'משרד המסחר',
  Chinese: '商务部',
  Japanese: '経済産業省',
  Korean: '산업통상자원부',
  'date-like': '2023-02-30',
  '10,000 Latin characters': 'a'.repeat(10_000),
  '10,000 CJK characters': '商'.repeat(10_000),
  '10,000 UTF-16 units of emoji': '🦆'.repeat(5_000),
};

/** Codes an answer to a string argument may carry: the client's mistakes, never the server's. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'OPERATION_LIMIT',
  // The editing API's reads (draft, drafts) refuse a request without an editor's token before they
  // use any argument (HTTP 401).
  'UNAUTHENTICATED',
]);
const LEAKS = /Neo4j|Neo\.|Cypher|lucene|org\.apache|Exception|\bat .*\.(ts|js):\d+|stack/i;

interface StringArgument {
  field: string;
  argument: string;
  /** GraphQL type of the argument, e.g. `[ID!]`. */
  type: string;
  list: boolean;
}

const api = useSeededApi();
let stringArguments: StringArgument[];
/** Benign values for the required arguments of each root field. */
const REQUIRED: Record<string, Record<string, unknown>> = {
  search: { text: 'Commerce' },
  node: { id: 'mofcom' },
  neighborhood: { ids: ['mofcom'] },
  paths: { from: 'wsj', to: 'amazon' },
};

const typeName = (type: any): string =>
  type.kind === 'NON_NULL'
    ? `${typeName(type.ofType)}!`
    : type.kind === 'LIST'
      ? `[${typeName(type.ofType)}]`
      : type.name;
const namedOf = (type: any): string => (type.ofType ? namedOf(type.ofType) : type.name);

beforeAll(async () => {
  const answer = await sendOperation(
    api.app,
    '{ __schema { queryType { fields { name args { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }',
  );
  stringArguments = [];
  for (const field of answer.body.data.__schema.queryType.fields) {
    for (const argument of field.args) {
      // RelationshipType values are strings in a variable (the argument was a String list before).
      if (!['String', 'ID', 'Date', 'RelationshipType'].includes(namedOf(argument.type))) continue;
      const type = typeName(argument.type);
      stringArguments.push({
        field: field.name,
        argument: argument.name,
        type,
        list: type.replace(/!$/, '').startsWith('['),
      });
    }
  }
});

/** The answers to queries whose results must not change. */
async function referenceAnswers(): Promise<string> {
  const queries = [
    '{ search(text: "Commerce") { matchedName node { id } } }',
    '{ node(id: "mofcom") { id name aliases } }',
    '{ neighborhood(ids: ["mofcom"], depth: 2) { truncated nodes { id } relationships { id } } }',
    '{ paths(from: "wsj", to: "amazon") { nodes { id } } }',
    '{ statements(first: 100) { totalCount edges { node { id quote } } } }',
    '{ measures(first: 100) { totalCount edges { node { id status } } } }',
  ];
  const answers = [];
  for (const query of queries) answers.push((await sendOperation(api.app, query)).body);
  return JSON.stringify(answers);
}

function expectHandled(answer: RawAnswer, what: string): void {
  expect(answer.status, what).toBeLessThan(500);
  expect([200, 400, 401], what).toContain(answer.status);
  for (const error of answer.body?.errors ?? []) {
    expect(CLIENT_CODES.has(error.extensions?.code), `${what}: ${JSON.stringify(error)}`).toBe(
      true,
    );
  }
  expect(answer.text, what).not.toMatch(LEAKS);
}

/** Runs `tasks` a few at a time. */
async function inParallel<T>(
  items: T[],
  run: (item: T) => Promise<void>,
  width = 4,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await run(items[next++]!);
    }),
  );
}

describe('every string argument is data', () => {
  let graphBefore: string;
  let answersBefore: string;

  beforeAll(async () => {
    graphBefore = await dumpGraph(api.driver);
    answersBefore = await referenceAnswers();
  });

  it('finds the string arguments of the root fields by introspection', () => {
    const names = stringArguments.map(({ field, argument }) => `${field}.${argument}`);
    for (const expected of [
      'search.text',
      'node.id',
      'neighborhood.ids',
      'neighborhood.relationshipTypes',
      'paths.from',
      'paths.to',
      'statements.about',
      'statements.from',
      'measures.issuedBy',
      'measures.after',
    ]) {
      expect(names).toContain(expected);
    }
  });

  it('answers every hostile string in every string argument, as a variable, without a server error or a leak', async () => {
    const cases = stringArguments.flatMap((target) =>
      Object.entries(HOSTILE).map(([label, value]) => ({ target, label, value })),
    );
    await inParallel(cases, async ({ target, label, value }) => {
      const args = { ...REQUIRED[target.field], [target.argument]: target.list ? [value] : value };
      const declared = stringArguments.filter(
        (candidate) => candidate.field === target.field && candidate.argument in args,
      );
      const variables = declared
        .map((candidate) => `$${candidate.argument}: ${candidate.type}`)
        .join(', ');
      const passed = declared
        .map((candidate) => `${candidate.argument}: $${candidate.argument}`)
        .join(', ');
      const query = `query (${variables}) { ${target.field}(${passed}) { __typename } }`;
      expectHandled(
        await sendOperation(api.app, query, args),
        `${target.field}.${target.argument} ← ${label}`,
      );
    });
  }, 180_000);

  it('answers them written into the query as literals too', async () => {
    const literalTargets = stringArguments.filter(({ field }) =>
      ['search', 'node', 'neighborhood', 'paths'].includes(field),
    );
    const cases = literalTargets.flatMap((target) =>
      Object.entries(HOSTILE).map(([label, value]) => ({ target, label, value })),
    );
    await inParallel(cases, async ({ target, label, value }) => {
      const args: Record<string, unknown> = {
        ...REQUIRED[target.field],
        [target.argument]: target.list ? [value] : value,
      };
      const written = Object.entries(args)
        .map(
          ([name, given]) =>
            `${name}: ${Array.isArray(given) ? `[${given.map((item) => JSON.stringify(item)).join(', ')}]` : JSON.stringify(given)}`,
        )
        .join(', ');
      expectHandled(
        await sendOperation(api.app, `{ ${target.field}(${written}) { __typename } }`),
        `${target.field}.${target.argument} ← ${label} (literal)`,
      );
    });
  }, 180_000);

  it('finds nothing for injection attempts: they are looked up as plain text', async () => {
    for (const label of [
      'Cypher: quote and OR',
      'Cypher: close map and delete',
      'Cypher: union',
      'Lucene: everything *:*',
      'wildcard *',
    ]) {
      const value = HOSTILE[label]!;
      const { body } = await sendOperation(
        api.app,
        'query ($v: ID!, $t: String!) { node(id: $v) { id } neighborhood(ids: [$v]) { nodes { id } } paths(from: $v, to: "amazon") { nodes { id } } search(text: $t) { node { id } } }',
        { v: value, t: value },
      );
      expect(body.errors, label).toBeUndefined();
      expect({ ...body.data, search: undefined }, label).toEqual({
        node: null,
        neighborhood: { nodes: [] },
        paths: [],
        search: undefined,
      });
      // Words are searched as words ("MATCH", "DELETE" may match names); syntax alone finds nothing.
      if (label.includes('*')) expect(body.data.search, label).toEqual([]);
    }
  });

  it('finds CJK, right-to-left and emoji text by what it says, not by its syntax', async () => {
    const { body } = await sendOperation(api.app, '{ search(text: "商务部") { node { id } } }');
    expect(body.data.search.map((hit: any) => hit.node.id)).toContain('mofcom');
    for (const label of ['Arabic', 'emoji', 'lone surrogate', 'NUL and control characters']) {
      const answer = await sendOperation(
        api.app,
        'query ($t: String!) { search(text: $t) { node { id } } }',
        { t: HOSTILE[label] },
      );
      expect(answer.body.errors, label).toBeUndefined();
      expect(Array.isArray(answer.body.data.search), label).toBe(true);
    }
  });

  it('leaves the graph, and what other queries return, unchanged', async () => {
    api.cypher.reset();
    expect(await dumpGraph(api.driver)).toBe(graphBefore);
    expect(await referenceAnswers()).toBe(answersBefore);
  });
});
