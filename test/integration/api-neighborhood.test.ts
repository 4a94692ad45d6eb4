/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import {
  appOver,
  countingDriver,
  cypherRows,
  loadSeedGraph,
  queryData,
  testDriver,
} from './api-helpers.ts';

const NEIGHBORHOOD = /* GraphQL */ `
  query Around($ids: [ID!]!, $depth: Int, $kinds: [NodeKind!], $types: [String!], $limit: Int) {
    neighborhood(
      ids: $ids
      depth: $depth
      kinds: $kinds
      relationshipTypes: $types
      limit: $limit
    ) {
      truncated
      nodes {
        id
        kind
        name
        ... on Actor {
          country
        }
      }
      relationships {
        id
        type
        source
        target
        role
        evidence {
          quote
          start
          end
          document {
            id
            title
          }
        }
      }
    }
  }
`;

interface Subgraph {
  truncated: boolean;
  nodes: { id: string; kind: string }[];
  relationships: {
    id: string;
    type: string;
    source: string;
    target: string;
    evidence: unknown[];
  }[];
}

let driver: Driver;
let app: App;
let counted: ReturnType<typeof countingDriver>;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  counted = countingDriver(driver);
  app = appOver(counted.driver);
});
afterAll(async () => {
  await driver?.close();
});

async function around(variables: Record<string, unknown>): Promise<Subgraph> {
  return (await queryData<{ neighborhood: Subgraph }>(app, NEIGHBORHOOD, variables)).neighborhood;
}

const ids = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('neighborhood', () => {
  it('at depth 1 holds the start node, its neighbours and every relationship among them', async () => {
    const [expected] = await cypherRows(
      driver,
      `MATCH (s:Entity {id: 'mofcom'})
       WITH s, COLLECT { MATCH (s)--(n:Entity) RETURN DISTINCT n.id } AS near
       WITH near + s.id AS all
       RETURN all, COLLECT { MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN all AND b.id IN all RETURN r.id } AS rels`,
    );
    const subgraph = await around({ ids: ['mofcom'] });
    expect(subgraph.nodes[0]!.id).toBe('mofcom');
    expect(ids(subgraph.nodes)).toEqual([...expected!.all].sort());
    expect(ids(subgraph.relationships)).toEqual([...expected!.rels].sort());
    expect(subgraph.truncated).toBe(false);
    const nodeIds = new Set(subgraph.nodes.map((n) => n.id));
    for (const r of subgraph.relationships) {
      expect(nodeIds.has(r.source) && nodeIds.has(r.target)).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });

  it('at depth 2 reaches the nodes two relationships away', async () => {
    const [expected] = await cypherRows(
      driver,
      "MATCH (s:Entity {id: 'mofcom'}) RETURN COLLECT { MATCH (s)-[*1..2]-(n:Entity) RETURN DISTINCT n.id } + s.id AS all",
    );
    const subgraph = await around({ ids: ['mofcom'], depth: 2, limit: 1000 });
    expect(ids(subgraph.nodes)).toEqual([...new Set(expected!.all as string[])].sort());
  });

  it('caps the nodes at limit, nearest first, and says it truncated', async () => {
    const full = await around({ ids: ['mofcom'], depth: 2, limit: 1000 });
    const capped = await around({ ids: ['mofcom'], depth: 2, limit: 5 });
    expect(full.nodes.length).toBeGreaterThan(5);
    expect(capped.nodes).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    const depth1 = new Set(
      (await around({ ids: ['mofcom'], depth: 1, limit: 1000 })).nodes.map((n) => n.id),
    );
    expect(capped.nodes.every((n) => depth1.has(n.id))).toBe(true);
  });

  it('keeps only the kinds and relationship types asked for', async () => {
    const subgraph = await around({
      ids: ['cn-gallium-germanium-export-control'],
      depth: 2,
      kinds: ['STATEMENT', 'PERSON'],
      types: ['ABOUT', 'SAID_BY'],
    });
    expect(subgraph.nodes[0]!.id).toBe('cn-gallium-germanium-export-control');
    expect(subgraph.nodes.slice(1).every((n) => ['STATEMENT', 'PERSON'].includes(n.kind))).toBe(
      true,
    );
    expect(subgraph.relationships.every((r) => ['ABOUT', 'SAID_BY'].includes(r.type))).toBe(true);
    expect(ids(subgraph.nodes)).toEqual(expect.arrayContaining(['mao-ning', 'wang-wenbin']));
  });

  it('ignores unknown ids, and is empty when all are unknown', async () => {
    expect(await around({ ids: ['no-such-node'] })).toEqual({
      truncated: false,
      nodes: [],
      relationships: [],
    });
    const mixed = await around({ ids: ['no-such-node', 'wsj'] });
    expect(mixed.nodes[0]!.id).toBe('wsj');
  });

  it('makes one Cypher round trip, nested evidence documents included', async () => {
    for (const depth of [1, 2, 3]) {
      counted.counter.reset();
      const subgraph = await around({ ids: ['mofcom', 'wsj'], depth, limit: 1000 });
      expect(subgraph.relationships.length).toBeGreaterThan(0);
      expect(counted.counter.count, `depth ${depth}`).toBe(1);
    }
  });

  it('answers the same whether the selection lets it carry summaries or asks for every field', async () => {
    const lean = /* GraphQL */ `
      query Lean($ids: [ID!]!) {
        neighborhood(ids: $ids, depth: 2, limit: 1000) {
          nodes {
            id
            kind
            name
            aliases
          }
          relationships {
            id
            evidence {
              quote
              document {
                id
                title
              }
            }
          }
        }
      }
    `;
    const full = /* GraphQL */ `
      query Full($ids: [ID!]!) {
        neighborhood(ids: $ids, depth: 2, limit: 1000) {
          nodes {
            id
            kind
            name
            aliases
            evidence {
              documentId: document {
                id
              }
            }
          }
          relationships {
            id
            evidence {
              quote
              document {
                id
                title
                ... on Document {
                  publishedOn
                  documentType
                }
              }
            }
          }
        }
      }
    `;
    counted.counter.reset();
    const a = (await queryData(app, lean, { ids: ['mofcom', 'wsj'] })).neighborhood;
    expect(counted.counter.count).toBe(1);
    const b = (await queryData(app, full, { ids: ['mofcom', 'wsj'] })).neighborhood;
    expect(counted.counter.count).toBe(2);
    expect(a.nodes.length).toBeGreaterThan(10);
    expect(a.nodes).toEqual(
      b.nodes.map(({ id, kind, name, aliases }: any) => ({ id, kind, name, aliases })),
    );
    const documents = b.relationships.flatMap((r: any) => r.evidence.map((e: any) => e.document));
    expect(documents.some((d: any) => d.publishedOn && d.documentType)).toBe(true);
    expect(a.relationships).toEqual(
      b.relationships.map((r: any) => ({
        id: r.id,
        evidence: r.evidence.map((e: any) => ({
          quote: e.quote,
          document: { id: e.document.id, title: e.document.title },
        })),
      })),
    );
  });

  it('batches a nested field of every node into one more round trip, whatever the number of nodes', async () => {
    const query =
      '{ neighborhood(ids: ["mofcom"], depth: DEPTH, limit: 1000) { nodes { id ... on Actor { partOf { id } } } } }';
    for (const depth of [1, 3]) {
      counted.counter.reset();
      const { neighborhood } = await queryData(app, query.replace('DEPTH', String(depth)));
      expect(neighborhood.nodes.length).toBeGreaterThan(3);
      expect(counted.counter.count, `depth ${depth}`).toBe(2);
    }
  });
});
