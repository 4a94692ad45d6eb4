import { describe, expect, it } from 'vitest';
import type { FragmentDefinitionNode, OperationDefinitionNode, FieldNode } from 'graphql';
import { graphqlJs } from '../graphql-js.ts';
import { detailAt, fieldsAt, selectsSummaryOnly, subgraphProjection } from './selection.ts';

/** The resolve info of the operation's first root field, as graphql-js gives it. */
function infoOf(query: string) {
  const document = graphqlJs.parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === graphqlJs.Kind.OPERATION_DEFINITION,
  )!;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === graphqlJs.Kind.FRAGMENT_DEFINITION)
      fragments[definition.name.value] = definition;
  }
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('fieldsAt', () => {
  it('names the fields at a path through named and inline fragments, not their aliases', () => {
    const info = infoOf(`{
      neighborhood(ids: ["a"]) {
        nodes { key: id ...More ... on Actor { country } }
      }
    }
    fragment More on Node { name }`);
    expect(fieldsAt(info, ['nodes'])).toEqual(new Set(['id', 'name', 'country']));
    expect(fieldsAt(info, ['relationships'])).toBeNull();
  });
  it('follows a fragment used twice, and one that spreads itself, once', () => {
    const info = infoOf(
      `{ subgraph(ids: ["a"]) { ...A ...A } } fragment A on Subgraph { nodes { id } ...A }`,
    );
    expect(fieldsAt(info, ['nodes'])).toEqual(new Set(['id']));
  });
});

describe('subgraphProjection', () => {
  it('asks for summaries, and no documents, when the selection needs no more', () => {
    const info = infoOf(
      '{ neighborhood(ids: ["a"]) { nodes { id kind name __typename } relationships { id source } } }',
    );
    expect(subgraphProjection(info)).toEqual({ nodes: 'summary', documents: 'none' });
  });
  it('asks for document summaries when evidence documents select only summary fields', () => {
    const info = infoOf(
      '{ neighborhood(ids: ["a"]) { nodes { id } relationships { evidence { quote document { id title } } } } }',
    );
    expect(subgraphProjection(info)).toEqual({ nodes: 'summary', documents: 'summary' });
  });
  it('asks for everything once a field beyond the summary is selected, in a fragment too', () => {
    expect(
      subgraphProjection(
        infoOf('{ neighborhood(ids: ["a"]) { nodes { id ... on Actor { country } } } }'),
      ),
    ).toEqual({ nodes: 'full', documents: 'none' });
    expect(
      subgraphProjection(
        infoOf(
          '{ neighborhood(ids: ["a"]) { nodes { evidence { document { ...D } } } } } fragment D on Document { publishedOn }',
        ),
      ),
    ).toEqual({ nodes: 'full', documents: 'full' });
    expect(
      subgraphProjection(
        infoOf(
          '{ subgraph(ids: ["a"]) { nodes { id } relationships { evidence { document { id hasText } } } } }',
        ),
      ),
    ).toEqual({ nodes: 'summary', documents: 'full' });
  });
});

describe('detailAt and selectsSummaryOnly', () => {
  it('tell a summary selection from a fuller one', () => {
    expect(detailAt(infoOf('{ node(id: "a") { id name aliases description } }'), [])).toBe(
      'summary',
    );
    expect(detailAt(infoOf('{ node(id: "a") { id evidence { quote } } }'), [])).toBe('full');
    const info = infoOf('{ node(id: "a") { id title } }');
    expect(selectsSummaryOnly(info)).toBe(true);
    expect(selectsSummaryOnly(infoOf('{ node(id: "a") { ... on Document { hasText } } }'))).toBe(
      false,
    );
  });
});
