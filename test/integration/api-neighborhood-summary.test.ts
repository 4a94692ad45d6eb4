import { describe, expect, it } from 'vitest';
import { cypherRows, postGraphQL, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const SUMMARY = /* GraphQL */ `
  query Summary($id: ID!, $kinds: [NodeKind!], $types: [RelationshipType!]) {
    neighborhoodSummary(id: $id, kinds: $kinds, relationshipTypes: $types) {
      total
      truncated
      counts {
        kind
        relationshipType
        count
      }
      kinds {
        kind
        count
        firstDate
        lastDate
      }
    }
  }
`;

interface Summary {
  total: number;
  truncated: boolean;
  counts: { kind: string; relationshipType: string; count: number }[];
  kinds: { kind: string; count: number; firstDate: string | null; lastDate: string | null }[];
}

const api = useSeededApi();

async function summary(id: string, kinds?: string[], types?: string[]): Promise<Summary> {
  return (
    await queryData<{ neighborhoodSummary: Summary }>(api.app, SUMMARY, {
      id,
      kinds: kinds ?? null,
      types: types ?? null,
    })
  ).neighborhoodSummary;
}

describe('neighborhoodSummary', () => {
  it("counts a node's neighbours by kind and relationship type as the database holds them", async () => {
    const rows = await cypherRows(
      api.driver,
      `MATCH (s:Entity {id: 'mofcom'})-[r]-(n:Entity)
       WITH n.kind AS kind, type(r) AS type, count(DISTINCT n) AS count
       RETURN kind, type, count ORDER BY count DESC, kind, type`,
    );
    const got = await summary('mofcom');
    expect(got.counts).toEqual(
      rows.map((row) => ({
        kind: row.kind,
        relationshipType: row.type,
        count: Number(row.count),
      })),
    );
    const [distinct] = await cypherRows(
      api.driver,
      "MATCH (s:Entity {id: 'mofcom'})--(n:Entity) RETURN count(DISTINCT n) AS total",
    );
    expect(got.total).toBe(Number(distinct!.total));
    expect(got.truncated).toBe(false);
    expect(got.kinds.reduce((sum, kind) => sum + kind.count, 0)).toBe(got.total);
  });

  it("gives each kind the span of its neighbours' dates", async () => {
    const [span] = await cypherRows(
      api.driver,
      `MATCH (:Entity {id: 'mofcom'})--(m:Measure)
       RETURN toString(min(coalesce(m.announcedOn, m.effectiveOn))) AS first,
              toString(max(coalesce(m.announcedOn, m.effectiveOn))) AS last, count(DISTINCT m) AS count`,
    );
    const measures = (await summary('mofcom', ['MEASURE'])).kinds;
    expect(measures).toEqual([
      { kind: 'MEASURE', count: Number(span!.count), firstDate: span!.first, lastDate: span!.last },
    ]);
    expect(Number(span!.count)).toBeGreaterThan(0);
  });

  it('follows only the relationship types asked for, and an unknown id counts nothing', async () => {
    const issued = await summary('mofcom', undefined, ['ISSUED_BY']);
    expect(issued.counts.every((row) => row.relationshipType === 'ISSUED_BY')).toBe(true);
    expect(issued.total).toBeGreaterThan(0);
    expect(await summary('no-such-node')).toEqual({
      total: 0,
      truncated: false,
      counts: [],
      kinds: [],
    });
  });

  it('refuses a kind outside the vocabulary, naming the argument', async () => {
    const response = await postGraphQL(api.app, SUMMARY, { id: 'mofcom', kinds: ['ALIEN'] });
    expect(response.body.errors?.[0]?.message).toMatch(/kinds/);
    expect(response.body.errors?.[0]?.message).toMatch(/ALIEN/);
    expect(response.body.data ?? null).toBeNull();
  });
});
