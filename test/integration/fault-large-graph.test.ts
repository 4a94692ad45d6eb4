/**
 * A large graph does not make a neighbourhood unbounded work: at depth 3 around a hub with 20,000
 * members (each part of five others), each level keeps at most `limit` + 1 nodes, so the answer
 * (the first 1000 nodes, truncated) comes well within the query timeout. Before the levels were
 * bounded, the same request ran half a minute and ended in Neo4j's memory limit.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { sendOperation } from './hostile-support.ts';
import { testConnection } from '../support/neo4j.ts';
import { useSeededApi } from './seeded-api.ts';

const MEMBERS = 20_000;
const QUERY_TIMEOUT_MS = 10_000;

const api = useSeededApi({ app: { queryTimeoutMs: QUERY_TIMEOUT_MS } });

/** Adds `dense-0` with MEMBERS members, each PART_OF five others. */
async function addDenseGraph(target: Driver): Promise<void> {
  const database = testConnection().database;
  const empty = 'evidenceDocumentIds: [], evidenceQuotes: [], evidenceStarts: [], evidenceEnds: []';
  for (let from = 0; from <= MEMBERS; from += 5_000) {
    await target.executeQuery(
      `UNWIND range($from, $to) AS i CREATE (:Entity:Actor:Company {id: 'dense-' + i, kind: 'COMPANY', name: 'Dense ' + i, aliases: [], names: ['Dense ' + i], ${empty}})`,
      { from, to: Math.min(from + 4_999, MEMBERS) },
      { database },
    );
  }
  for (let from = 1; from <= MEMBERS; from += 5_000) {
    const range = { from, to: Math.min(from + 4_999, MEMBERS), n: MEMBERS };
    await target.executeQuery(
      `MATCH (hub:Entity {id: 'dense-0'}) UNWIND range($from, $to) AS i MATCH (member:Entity {id: 'dense-' + i})
       CREATE (member)-[:MEMBER_OF {id: member.id + '|MEMBER_OF|dense-0', ${empty}}]->(hub)`,
      range,
      { database },
    );
    await target.executeQuery(
      `UNWIND range($from, $to) AS i UNWIND range(1, 5) AS k WITH i, (i * 7919 + k * 104729) % $n + 1 AS j WHERE j <> i
       MATCH (a:Entity {id: 'dense-' + i}), (b:Entity {id: 'dense-' + j})
       MERGE (a)-[:PART_OF {id: a.id + '|PART_OF|' + b.id, ${empty}}]->(b)`,
      range,
      { database },
    );
  }
}

beforeAll(() => addDenseGraph(api.driver), 240_000);

describe('a neighbourhood in a large graph', () => {
  for (const [name, ids] of [
    ['from leaves next to the hub', ['dense-5', 'dense-6', 'dense-7']],
    ['from the hub itself', ['dense-0']],
  ] as const) {
    it(`at depth 3 ${name}: the first 1000 nodes, truncated, in one query, well within the timeout`, async () => {
      api.cypher.reset();
      const answer = await sendOperation(
        api.app,
        'query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 3, limit: 1000) { truncated nodes { id } relationships { id } } }',
        {
          ids: [...ids],
        },
      );
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data.neighborhood.truncated).toBe(true);
      expect(answer.body.data.neighborhood.nodes).toHaveLength(1000);
      expect(
        answer.body.data.neighborhood.nodes
          .slice(0, ids.length)
          .map((node: { id: string }) => node.id),
      ).toEqual([...ids].sort());
      expect(answer.body.data.neighborhood.relationships.length).toBeLessThanOrEqual(3000);
      expect(api.cypher.count).toBe(1);
      expect(answer.ms).toBeLessThan(QUERY_TIMEOUT_MS / 2);
    });
  }
});
