import { describe, expect, it } from 'vitest';
import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { COST_WEIGHTS, operationCost } from './operation-cost.ts';
import { LIMITS } from './limits.ts';
import { loadTypeDefs } from './schema/type-defs.ts';

const schema = createSchema({ typeDefs: loadTypeDefs() });

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const fragments = new Map<string, FragmentDefinitionNode>();
  let operation: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION) operation ??= definition;
  }
  return operationCost(schema, operation!, fragments, variables);
}

describe('operationCost', () => {
  it('counts a node field: root work, the object and its scalars', () => {
    // 100 (root) + 2 (Node) + 2 scalars
    expect(cost('{ node(id: "mofcom") { id name } }')).toBe(COST_WEIGHTS.rootField + 2 + 2);
  });

  it('multiplies by `first` given as a literal, as a variable, or by the default', () => {
    const literal = cost('{ search(text: "x", first: 40) { score } }');
    const variable = cost('query ($n: Int) { search(text: "x", first: $n) { score } }', { n: 40 });
    const byDefault = cost('{ search(text: "x") { score } }');
    expect(literal).toBe(COST_WEIGHTS.rootField + 40 * 3);
    expect(variable).toBe(literal);
    expect(byDefault).toBe(COST_WEIGHTS.rootField + 10 * 3);
  });

  it("counts a neighbourhood's limit (nodes, 3 × limit relationships) and depth, from variables too", () => {
    const query =
      'query ($limit: Int, $depth: Int) { neighborhood(ids: ["a"], limit: $limit, depth: $depth) { nodes { id } relationships { id } } }';
    const small = cost(query, { limit: 10, depth: 1 });
    expect(small).toBe(COST_WEIGHTS.rootField + 20 * 10 * 1 + 2 + 10 * 3 + 30 * 3);
    const large = cost(query, { limit: 1000, depth: 3 });
    expect(large).toBe(COST_WEIGHTS.rootField + 20 * 1000 * 3 + 2 + 1000 * 3 + 3000 * 3);
  });

  it("counts a subgraph's distinct ids (a node and 3 relationships each), capped at the maximum", () => {
    const query =
      'query ($ids: [ID!]!) { subgraph(ids: $ids) { nodes { id } relationships { id } } }';
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
    expect(cost(query, { ids: ids(10) })).toBe(
      COST_WEIGHTS.rootField + COST_WEIGHTS.subgraphPerNode * 10 + 2 + 10 * 3 + 30 * 3,
    );
    expect(cost(query, { ids: [...ids(10), ...ids(10)] })).toBe(cost(query, { ids: ids(10) }));
    expect(cost(query, { ids: ids(LIMITS.subgraphIds * 3) })).toBe(
      cost(query, { ids: ids(LIMITS.subgraphIds) }),
    );
  });

  it('counts relationshipsBetween by the distinct ids of both sets (3 relationships each)', () => {
    const query =
      'query ($from: [ID!]!, $to: [ID!]!) { relationshipsBetween(from: $from, to: $to) { relationships { id } truncated } }';
    const ids = (n: number, prefix = 'n') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    expect(cost(query, { from: ids(10), to: ids(5, 'm') })).toBe(
      COST_WEIGHTS.rootField + COST_WEIGHTS.subgraphPerNode * 15 + 2 + 45 * 3 + 1,
    );
    expect(cost(query, { from: ids(LIMITS.subgraphIds * 2), to: ids(1) })).toBe(
      cost(query, { from: ids(LIMITS.subgraphIds), to: ids(1) }),
    );
  });

  it('counts connections by `first` on their edges, and paths by first and maxHops', () => {
    const statements = cost(
      'query ($first: Int) { statements(first: $first) { edges { node { id } } } }',
      { first: 100 },
    );
    expect(statements).toBe(COST_WEIGHTS.rootField + 2 + 100 * (2 + 2 + 1));
    const paths = cost('{ paths(from: "a", to: "b", maxHops: 6, first: 10) { nodes { id } } }');
    expect(paths).toBe(COST_WEIGHTS.rootField + 100 * 10 * 6 + 10 * (2 + 7 * 3));
  });

  it('caps sizes at the documented maxima, so the resolver names an out-of-range argument', () => {
    const atMax = cost('{ statements(first: 100) { edges { node { id } } } }');
    expect(cost('{ statements(first: 2000000000) { edges { node { id } } } }')).toBe(atMax);
    expect(
      cost(
        `{ neighborhood(ids: ["a"], limit: ${LIMITS.neighborhoodLimit * 50}) { nodes { id } } }`,
      ),
    ).toBe(
      cost(`{ neighborhood(ids: ["a"], limit: ${LIMITS.neighborhoodLimit}) { nodes { id } } }`),
    );
  });

  it('counts unbounded nested lists as 5 items each, so nesting multiplies', () => {
    const one = cost('{ node(id: "a") { ... on Actor { parts { id } } } }');
    const three = cost(
      '{ node(id: "a") { ... on Actor { parts { ... on Actor { parts { ... on Actor { parts { id } } } } } } } }',
    );
    expect(one).toBe(COST_WEIGHTS.rootField + 2 + 5 * 3);
    expect(three).toBe(COST_WEIGHTS.rootField + 2 + 5 * (2 + 5 * (2 + 5 * 3)));
  });

  it('takes the dearest of fragments on different types, and every field common to all', () => {
    const both = cost(
      '{ node(id: "a") { id ... on Actor { country } ... on Measure { status announcedOn effectiveOn } } }',
    );
    expect(both).toBe(COST_WEIGHTS.rootField + 2 + 1 + 3);
  });

  it('costs a named fragment used many times once per place, so a fragment bomb is costed quickly', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on Node { id }`
        : `fragment F${i} on Node { ...F${i + 1} ... on Actor { ...F${i + 1} } }`,
    ).join('\n');
    const started = performance.now();
    const value = cost(`{ node(id: "a") { ...F0 } }\n${fragments}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(value).toBeGreaterThan(0);
  });

  it('counts long texts more, and introspection not at all', () => {
    expect(cost('{ node(id: "a") { ... on Document { text } } }')).toBe(
      COST_WEIGHTS.rootField + 2 + 20,
    );
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(0);
  });
});
