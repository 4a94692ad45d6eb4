/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
import { describe, expect, it } from 'vitest';
import { cypherRows, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const MEASURES = /* GraphQL */ `
  query Measures($issuedBy: ID, $covers: ID, $appliesTo: ID, $first: Int, $after: String) {
    measures(
      issuedBy: $issuedBy
      covers: $covers
      appliesTo: $appliesTo
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          status
          measureTypes
          announcedOn
          issuedBy {
            id
          }
          covers {
            id
          }
          appliesTo {
            id
          }
          statements {
            id
          }
        }
      }
    }
  }
`;

const api = useSeededApi();

async function measures(variables: Record<string, unknown>) {
  return (await queryData(api.app, MEASURES, variables)).measures;
}

const idsOf = (page: any) => page.edges.map((edge: any) => edge.node.id).sort();

describe('measures', () => {
  it('lists every measure with its total count', async () => {
    const rows = await cypherRows(api.driver, 'MATCH (m:Measure) RETURN m.id AS id');
    const page = await measures({ first: 100 });
    expect(page.totalCount).toBe(rows.length);
    expect(idsOf(page)).toEqual(rows.map((r) => r.id).sort());
  });

  it('filters by issuing authority, covered item and the actor it applies to', async () => {
    const cases = [
      ['issuedBy', 'ISSUED_BY', 'mofcom'],
      ['covers', 'COVERS', 'gallium-nitride'],
      ['appliesTo', 'APPLIES_TO', 'amazon'],
    ] as const;
    for (const [argument, type, id] of cases) {
      const rows = await cypherRows(
        api.driver,
        `MATCH (m:Measure)-[:${type}]->(:Entity {id: $id}) RETURN m.id AS id`,
        { id },
      );
      expect(rows.length, argument).toBeGreaterThan(0);
      const page = await measures({ [argument]: id });
      expect(idsOf(page), argument).toEqual(rows.map((r) => r.id).sort());
    }
    const both = await measures({ issuedBy: 'mofcom', appliesTo: 'amazon' });
    const rows = await cypherRows(
      api.driver,
      "MATCH (m:Measure)-[:ISSUED_BY]->(:Entity {id: 'mofcom'}) MATCH (m)-[:APPLIES_TO]->(:Entity {id: 'amazon'}) RETURN m.id AS id",
    );
    expect(both.totalCount).toBe(rows.length);
  });

  it('pages with cursors', async () => {
    const first = await measures({ first: 2 });
    expect(first.edges).toHaveLength(2);
    expect(first.pageInfo.hasNextPage).toBe(first.totalCount > 2);
    const second = await measures({ first: 2, after: first.pageInfo.endCursor });
    const overlap = second.edges.filter((edge: any) =>
      first.edges.some((e: any) => e.node.id === edge.node.id),
    );
    expect(overlap).toEqual([]);
  });

  it('returns an empty page for an unknown id', async () => {
    expect((await measures({ covers: 'no-such-item' })).totalCount).toBe(0);
  });
});
