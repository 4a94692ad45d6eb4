import { beforeAll, describe, expect, it } from 'vitest';
import { cypherRows, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const PATHS = /* GraphQL */ `
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      truncated
      nodes {
        id
        kind
        name
      }
      relationships {
        id
        type
        source
        target
        evidence {
          quote
          start
          end
          document {
            id
            text
          }
        }
      }
    }
  }
`;

interface Path {
  truncated: boolean;
  nodes: { id: string }[];
  relationships: {
    id: string;
    type: string;
    source: string;
    target: string;
    evidence: {
      quote: string;
      start: number;
      end: number;
      document: { id: string; text: string | null };
    }[];
  }[];
}

const api = useSeededApi();
let wsj: string;
let amazon: string;

beforeAll(async () => {
  const [ids] = await cypherRows(
    api.driver,
    "MATCH (w:MediaOutlet) WHERE w.name = 'The Wall Street Journal' MATCH (a:Company) WHERE a.name = 'Amazon' RETURN w.id AS wsj, a.id AS amazon",
  );
  wsj = ids!.wsj;
  amazon = ids!.amazon;
});

async function paths(variables: Record<string, unknown>): Promise<Path[]> {
  return (await queryData<{ paths: Path[] }>(api.app, PATHS, variables)).paths;
}

describe('paths', () => {
  it('finds a path from the Wall Street Journal to Amazon within 4 hops, every relationship with evidence', async () => {
    const found = await paths({ from: wsj, to: amazon, maxHops: 4 });
    expect(found.length).toBeGreaterThan(0);
    for (const path of found) {
      expect(path.nodes[0]!.id).toBe(wsj);
      expect(path.nodes.at(-1)!.id).toBe(amazon);
      expect(path.relationships.length).toBeLessThanOrEqual(4);
      expect(path.relationships).toHaveLength(path.nodes.length - 1);
      expect(path.truncated).toBe(false);
      path.relationships.forEach((relationship, i) => {
        const ends = [relationship.source, relationship.target].sort();
        expect(ends).toEqual([path.nodes[i]!.id, path.nodes[i + 1]!.id].sort());
        expect(relationship.evidence.length).toBeGreaterThan(0);
        for (const evidence of relationship.evidence) {
          expect(evidence.document.text?.slice(evidence.start, evidence.end)).toBe(evidence.quote);
        }
      });
    }
  });

  it('returns the shortest first, as short as Neo4j says the shortest is, through distinct nodes', async () => {
    const [shortest] = await cypherRows(
      api.driver,
      'MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to})) RETURN length(p) AS hops',
      { from: wsj, to: amazon },
    );
    const found = await paths({ from: wsj, to: amazon, maxHops: 6, first: 10 });
    expect(found[0]!.relationships).toHaveLength(Number(shortest!.hops));
    const lengths = found.map((p) => p.relationships.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const path of found)
      expect(new Set(path.nodes.map((n) => n.id)).size).toBe(path.nodes.length);
    expect(found.length).toBeLessThanOrEqual(10);
  });

  it('honours maxHops and first', async () => {
    const [shortest] = await cypherRows(
      api.driver,
      'MATCH p = shortestPath((a:Entity {id: $from})-[*..6]-(b:Entity {id: $to})) RETURN length(p) AS hops',
      { from: wsj, to: amazon },
    );
    const hops = Number(shortest!.hops);
    expect(await paths({ from: wsj, to: amazon, maxHops: hops - 1 })).toEqual([]);
    expect(await paths({ from: wsj, to: amazon, maxHops: 6, first: 1 })).toHaveLength(1);
  });

  it('is empty for an unknown id, and the node itself from a node to itself', async () => {
    expect(await paths({ from: wsj, to: 'no-such-node' })).toEqual([]);
    const self = await paths({ from: wsj, to: wsj });
    expect(self).toHaveLength(1);
    expect(self[0]!.nodes.map((n) => n.id)).toEqual([wsj]);
    expect(self[0]!.relationships).toEqual([]);
  });

  it('makes one Cypher round trip, nested evidence documents included', async () => {
    api.cypher.reset();
    const { paths: found } = await queryData(
      api.app,
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 6, first: 5) {
         nodes { id name } relationships { type evidence { quote document { id title publishedOn } } } } }`,
      { from: wsj, to: amazon },
    );
    expect(found.length).toBeGreaterThan(1);
    expect(api.cypher.count).toBe(1);
  });

  it('fetches the full texts of the evidence documents of all paths in one more round trip', async () => {
    api.cypher.reset();
    const found = await paths({ from: wsj, to: amazon, maxHops: 6, first: 5 });
    expect(found.flatMap((p) => p.relationships.flatMap((r) => r.evidence)).length).toBeGreaterThan(
      5,
    );
    expect(api.cypher.count).toBe(2);
  });
});
