import { describe, expect, it } from 'vitest';
import { cypherRows, postGraphQL, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const SEARCH = /* GraphQL */ `
  query Search($text: String!, $kinds: [NodeKind!], $first: Int) {
    search(text: $text, kinds: $kinds, first: $first) {
      score
      matchedName
      node {
        id
        kind
        name
        aliases
        ... on Actor {
          country
        }
      }
    }
  }
`;

interface Hit {
  score: number;
  matchedName: string;
  node: { id: string; kind: string; name: string; aliases: string[]; country?: string | null };
}

const api = useSeededApi();

async function search(text: string, extra: Record<string, unknown> = {}): Promise<Hit[]> {
  return (await queryData<{ search: Hit[] }>(api.app, SEARCH, { text, ...extra })).search;
}

describe('search', () => {
  it("'Commerce' returns both commerce authorities, told apart by country", async () => {
    const agencies = await cypherRows(
      api.driver,
      "MATCH (a:Agency) WHERE any(n IN [a.name] + a.aliases WHERE toLower(n) CONTAINS 'commerce') RETURN a.id AS id, a.country AS country",
    );
    expect(agencies.length).toBeGreaterThanOrEqual(2);
    const hits = await search('Commerce', { kinds: ['AGENCY'] });
    for (const agency of agencies) {
      expect(hits.find((hit) => hit.node.id === agency.id)?.node.country).toBe(agency.country);
    }
    const countries = new Set(
      hits
        .filter((hit) => agencies.some((a) => a.id === hit.node.id))
        .map((hit) => hit.node.country),
    );
    expect(countries).toEqual(new Set(['CN', 'US']));
  });

  it('ranks an exact name or alias match first, in any script', async () => {
    const [mofcom] = await cypherRows(
      api.driver,
      "MATCH (n:Entity {id: 'mofcom'}) RETURN n.name AS name, n.aliases AS aliases",
    );
    const cjk = (mofcom!.aliases as string[]).find((alias) => /\p{Script=Han}/u.test(alias))!;
    for (const text of [cjk, 'MOFCOM', 'mofcom', mofcom!.name as string]) {
      const [first] = await search(text);
      expect(first?.node.id, text).toBe('mofcom');
      expect(first?.matchedName.toLowerCase()).toBe(text.toLowerCase());
    }
  });

  it('ranks prefix matches before other matches', async () => {
    const [first] = await search('Xiang Lig');
    expect(first?.node.id).toBe('xiang-ligang');
    expect(first?.matchedName).toBe('Xiang Ligang');
    const [mao] = await search('mao n', { kinds: ['PERSON'] });
    expect(mao?.node.id).toBe('mao-ning');
  });

  it('finds Latin text regardless of case and accents', async () => {
    const [upper] = await search('WANG WENBIN');
    expect(upper?.node.id).toBe('wang-wenbin');
    const [accented] = await search('Wáng Wénbīn');
    expect(accented?.node.id).toBe('wang-wenbin');
  });

  it('filters by kind and honours first', async () => {
    const hits = await search('gallium', { kinds: ['ITEM'], first: 3 });
    expect(hits).toHaveLength(3);
    expect(hits.every((hit) => hit.node.kind === 'ITEM')).toBe(true);
    const scores = hits.map((hit) => hit.score);
    expect(scores.every((score) => score > 0)).toBe(true);
  });

  it('treats query syntax as text: every such input answers without an error', async () => {
    const inputs = [
      '"Wall Street',
      'Wall Street Journal"',
      '(Commerce',
      'Commerce)',
      '~Commerce~2',
      'Comm*',
      '*',
      'Commerce AND',
      'AND OR NOT',
      'a/b',
      '/',
      '-',
      '- Commerce',
      'Commerce -Ministry',
      '\\',
      'name:mofcom',
      '[1 TO 5]',
      '{}',
      '^2',
      '&& ||',
      '?',
      "O'Brien",
    ];
    for (const text of inputs) {
      const { status, body } = await postGraphQL(api.app, SEARCH, { text });
      expect(status, text).toBe(200);
      expect(body.errors, text).toBeUndefined();
      expect(Array.isArray(body.data?.search), text).toBe(true);
    }
    expect((await search('"Wall Street (Journal)"'))[0]?.node.id).toBe('wsj');
    expect((await search('Commerce AND'))[0]?.node.kind).toBe('AGENCY');
  });

  it('returns no hit, and no error, for a search made only of syntax', async () => {
    for (const text of ['*', '-', '()', '" "', '~', '/', 'AND'.replace(/\w/g, '*'), '   ', '']) {
      expect(await search(text), JSON.stringify(text)).toEqual([]);
    }
  });

  it('answers a selection of what the candidates carry with the same hits as a full selection', async () => {
    // Selecting only id, kind, name, aliases and __typename of the nodes answers from the full-text
    // candidates without loading the nodes; the hits, their order and their fields are the same.
    /** The same search and connection, selecting `fields` of each hit's node. */
    const selecting = (name: string, fields: string) => /* GraphQL */ `
      query ${name}($text: String!, $kinds: [NodeKind!], $first: Int) {
        search(text: $text, kinds: $kinds, first: $first) {
          score
          matchedName
          node { ${fields} }
        }
        searchConnection(text: $text, kinds: $kinds, first: $first) {
          totalCount
          edges { node { ${fields} } }
        }
      }
    `;
    const light = selecting('Light', '__typename id kind name aliases');
    const full = selecting('Full', '__typename id kind name aliases description');
    type Answer = {
      search: { node: { description?: string | null } }[];
      searchConnection: { totalCount: number; edges: { node: { description?: string | null } }[] };
    };
    const withoutDescriptions = (answer: Answer) => ({
      search: answer.search.map(({ node: { description: _, ...node }, ...hit }) => ({
        ...hit,
        node,
      })),
      searchConnection: {
        totalCount: answer.searchConnection.totalCount,
        edges: answer.searchConnection.edges.map(({ node: { description: _, ...node } }) => ({
          node,
        })),
      },
    });
    for (const variables of [
      { text: 'Commerce' },
      { text: '商务部' },
      { text: 'gallium', kinds: ['ITEM'], first: 3 },
      { text: 'Wáng Wénbīn', first: 1 },
    ]) {
      const lightAnswer = await queryData<Answer>(api.app, light, variables);
      const fullAnswer = await queryData<Answer>(api.app, full, variables);
      expect(lightAnswer.search.length, variables.text).toBeGreaterThan(0);
      expect(lightAnswer, variables.text).toEqual(withoutDescriptions(fullAnswer));
    }
  });
});
