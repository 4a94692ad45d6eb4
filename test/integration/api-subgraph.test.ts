import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS, buildRelationshipsBetween, buildSubgraph } from '@policygraph/server';
import { cypherRows, postGraphQL, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const SUBGRAPH = /* GraphQL */ `
  query Among($ids: [ID!]!) {
    subgraph(ids: $ids) {
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
  nodes: { id: string; kind: string; name: string }[];
  relationships: {
    id: string;
    type: string;
    source: string;
    target: string;
    evidence: { quote: string; document: { id: string; title: string } }[];
  }[];
}

const api = useSeededApi();

async function among(ids: string[]): Promise<Subgraph> {
  return (await queryData<{ subgraph: Subgraph }>(api.app, SUBGRAPH, { ids })).subgraph;
}

/** The ids of the nodes around `start` (itself included), straight from the database. */
async function around(start: string): Promise<string[]> {
  const [row] = await cypherRows(
    api.driver,
    'MATCH (s:Entity {id: $start}) RETURN COLLECT { MATCH (s)--(n:Entity) RETURN DISTINCT n.id } + s.id AS ids',
    { start },
  );
  return (row!.ids as string[]).sort();
}

/** The ids of the relationships whose two ends are among `ids`, straight from the database. */
async function relationshipsAmong(ids: string[]): Promise<string[]> {
  const [row] = await cypherRows(
    api.driver,
    'RETURN COLLECT { MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id IN $ids AND b.id IN $ids RETURN r.id } AS rels',
    { ids },
  );
  return (row!.rels as string[]).sort();
}

const idsOf = (list: { id: string }[]) => list.map((x) => x.id).sort();

describe('subgraph', () => {
  it('holds exactly the nodes asked for and every relationship among them, with evidence, by id', async () => {
    const wanted = [...new Set([...(await around('mofcom')), ...(await around('wsj'))])].sort();
    expect(wanted.length).toBeGreaterThan(8);
    const expected = await relationshipsAmong(wanted);
    expect(expected.length).toBeGreaterThan(wanted.length - 1);
    const subgraph = await among(wanted);
    expect(subgraph.nodes.map((n) => n.id)).toEqual([...wanted].sort());
    expect(subgraph.relationships.map((r) => r.id)).toEqual([...expected].sort());
    expect(subgraph.truncated).toBe(false);
    const [mofcom] = await cypherRows(
      api.driver,
      "MATCH (n:Entity {id: 'mofcom'}) RETURN n.name AS name, n.kind AS kind",
    );
    expect(subgraph.nodes.find((n) => n.id === 'mofcom')).toEqual({
      id: 'mofcom',
      kind: mofcom!.kind,
      name: mofcom!.name,
    });
    for (const r of subgraph.relationships) {
      expect(wanted).toContain(r.source);
      expect(wanted).toContain(r.target);
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.evidence[0]!.document.title.length).toBeGreaterThan(0);
    }
  });

  it('leaves out relationships to nodes not asked for, which a neighbourhood would bring', async () => {
    const wanted = (await around('mofcom')).filter((id) => id !== 'mofcom');
    const subgraph = await among(wanted);
    expect(idsOf(subgraph.nodes)).toEqual(wanted);
    expect(subgraph.relationships.some((r) => r.source === 'mofcom' || r.target === 'mofcom')).toBe(
      false,
    );
    expect(idsOf(subgraph.relationships)).toEqual(await relationshipsAmong(wanted));
  });

  it('ignores unknown and repeated ids, and is empty when all are unknown', async () => {
    expect(await among(['no-such-node'])).toEqual({
      truncated: false,
      nodes: [],
      relationships: [],
    });
    const wanted = await around('wsj');
    const mixed = await among(['no-such-node', ...wanted, wanted[0]!, 'nor-this-one']);
    expect(idsOf(mixed.nodes)).toEqual(wanted);
    expect(idsOf(mixed.relationships)).toEqual(await relationshipsAmong(wanted));
  });

  it('makes one Cypher round trip, nested evidence documents included', async () => {
    api.cypher.reset();
    const subgraph = await among([...(await around('mofcom')), ...(await around('wsj'))]);
    expect(subgraph.relationships.length).toBeGreaterThan(0);
    expect(api.cypher.count).toBe(1);
  });

  it('relationshipsBetween gives exactly the relationships joining the two sets, either way, and with subgraph of each all among their union', async () => {
    const all = [...new Set([...(await around('mofcom')), ...(await around('wsj'))])].sort();
    const first = all.filter((_, i) => i % 2 === 0);
    const second = all.filter((_, i) => i % 2 === 1);
    expect(second.length).toBeGreaterThan(0);
    const query =
      'query ($from: [ID!]!, $to: [ID!]!) { relationshipsBetween(from: $from, to: $to) { truncated relationships { id source target evidence { document { title } } } } }';
    api.cypher.reset();
    const { relationshipsBetween } = await queryData<{
      relationshipsBetween: { truncated: boolean; relationships: Subgraph['relationships'] };
    }>(api.app, query, { from: first, to: [...second, 'no-such-node'] });
    expect(api.cypher.count).toBe(1);
    const [expected] = await cypherRows(
      api.driver,
      'RETURN COLLECT { MATCH (a:Entity)-[r]-(b:Entity) WHERE a.id IN $first AND b.id IN $second RETURN DISTINCT r.id } AS rels',
      { first, second },
    );
    expect(idsOf(relationshipsBetween.relationships)).toEqual(
      [...(expected!.rels as string[])].sort(),
    );
    expect(relationshipsBetween.relationships.length).toBeGreaterThan(0);
    expect(relationshipsBetween.truncated).toBe(false);
    for (const r of relationshipsBetween.relationships) {
      expect(
        (first.includes(r.source) && second.includes(r.target)) ||
          (second.includes(r.source) && first.includes(r.target)),
      ).toBe(true);
    }
    const union = [
      ...new Set([
        ...idsOf((await among(first)).relationships),
        ...idsOf((await among(second)).relationships),
        ...idsOf(relationshipsBetween.relationships),
      ]),
    ].sort();
    expect(union).toEqual(await relationshipsAmong([...first, ...second]));
  });

  it(`refuses more than ${LIMITS.subgraphIds} ids, or none, with BAD_USER_INPUT naming "ids"`, async () => {
    const tooMany = Array.from({ length: LIMITS.subgraphIds + 1 }, (_, i) => `n${i}`);
    for (const [ids, message] of [
      [tooMany, `must name at most ${LIMITS.subgraphIds} nodes`],
      [[], 'must name at least one node'],
    ] as const) {
      const { status, body } = await postGraphQL(api.app, SUBGRAPH, { ids });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors![0]!.message).toContain(message);
      expect(body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'ids',
      });
      expect(body.errors![0]!.path).toEqual(['subgraph']);
    }
    const between = await postGraphQL(
      api.app,
      'query ($to: [ID!]!) { relationshipsBetween(from: ["mofcom"], to: $to) { truncated } }',
      { to: tooMany },
    );
    expect(between.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'to',
    });
    expect(between.body.errors![0]!.message).toContain(
      `must name at most ${LIMITS.subgraphIds} nodes`,
    );
    const atMax = Array.from({ length: LIMITS.subgraphIds }, (_, i) => `n${i}`);
    expect(
      (await postGraphQL(api.app, SUBGRAPH, { ids: ['mofcom', ...atMax.slice(1)] })).body.data
        ?.subgraph.nodes,
    ).toHaveLength(1);
  });
});

describe('a hub: one node with thousands of relationships among the nodes asked for', () => {
  const hub = 'hub-org';
  const leaves = Array.from(
    { length: LIMITS.subgraphIds - 1 },
    (_, i) => `hub-leaf-${String(i).padStart(4, '0')}`,
  );
  /** Every relationship id among the hub and its leaves, sorted as Cypher's ORDER BY sorts them. */
  let all: string[];

  beforeAll(async () => {
    const [document] = await cypherRows(
      api.driver,
      'MATCH (d:Entity:Document) RETURN d.id AS id ORDER BY d.id LIMIT 1',
    );
    await cypherRows(
      api.driver,
      `UNWIND $ids AS id
       CREATE (:Entity:Actor:Organization {id: id, kind: 'ORGANIZATION', name: id, aliases: []})`,
      { ids: [hub, ...leaves] },
    );
    await cypherRows(
      api.driver,
      `MATCH (h:Entity {id: $hub})
       UNWIND $leaves AS leafId
       MATCH (l:Entity {id: leafId})
       WITH h, l, {evidenceDocumentIds: [$document], evidenceQuotes: ['x'], evidenceStarts: [0], evidenceEnds: [1]} AS evidence
       CREATE (l)-[a:PART_OF]->(h), (l)-[b:MEMBER_OF]->(h), (h)-[c:PART_OF]->(l), (h)-[d:MEMBER_OF]->(l)
       SET a = evidence, a.id = l.id + '|PART_OF|' + h.id, b = evidence, b.id = l.id + '|MEMBER_OF|' + h.id,
           c = evidence, c.id = h.id + '|PART_OF|' + l.id, d = evidence, d.id = h.id + '|MEMBER_OF|' + l.id`,
      { hub, leaves, document: document!.id },
    );
    const [row] = await cypherRows(
      api.driver,
      'RETURN COLLECT { MATCH (:Entity {id: $hub})-[r]-() RETURN r.id AS id ORDER BY id } AS ids',
      { hub },
    );
    all = row!.ids as string[];
    expect(all).toHaveLength(4 * leaves.length);
  });
  afterAll(async () => {
    await cypherRows(api.driver, 'MATCH (n:Entity) WHERE n.id IN $ids DETACH DELETE n', {
      ids: [hub, ...leaves],
    });
  });

  const BETWEEN =
    'query ($from: [ID!]!, $to: [ID!]!) { relationshipsBetween(from: $from, to: $to) { truncated relationships { id source target evidence { quote document { id } } } } }';
  async function between(from: string[], to: string[]) {
    return (
      await queryData<{
        relationshipsBetween: { truncated: boolean; relationships: Subgraph['relationships'] };
      }>(api.app, BETWEEN, { from, to })
    ).relationshipsBetween;
  }

  it('plans both queries in time linear in the ids: expanding from each node, never trying every pair', async () => {
    // Database hits do not depend on the machine's load. Matching the far end by `b.id IN $ids`
    // made the planner seek all 1,000 nodes again for each of the 1,000 (5,000,000+ hits, and a
    // DATABASE_TIMEOUT on a busy machine); expanding from each node costs about 51,000 here.
    const ids = [hub, ...leaves];
    for (const query of [
      buildSubgraph({ ids }),
      buildRelationshipsBetween({ from: ids, to: ids }),
    ]) {
      const { summary } = await api.driver.executeQuery(`PROFILE ${query.cypher}`, query.params);
      let hits = 0;
      const walk = (plan: { dbHits: number; children: unknown[] }): void => {
        hits += plan.dbHits;
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(summary.profile as unknown as { dbHits: number; children: unknown[] });
      expect(hits).toBeGreaterThan(4 * leaves.length);
      expect(hits).toBeLessThan(200_000);
    }
  });

  it('subgraph keeps 3 relationships per distinct id, the first by id, says truncated, and gives the same answer each time', async () => {
    const ids = [hub, ...leaves];
    const first = await among(ids);
    expect(first.nodes).toHaveLength(ids.length);
    expect(first.truncated).toBe(true);
    expect(first.relationships.map((r) => r.id)).toEqual(all.slice(0, 3 * ids.length));
    expect(await among([...ids].reverse())).toEqual(first);
  });

  it('subgraph is truncated exactly when more than 3 relationships per distinct id exist', async () => {
    const three = await among([hub, ...leaves.slice(0, 3), hub, leaves[0]!]);
    expect(three.truncated).toBe(false);
    expect(three.relationships).toHaveLength(12);
    const four = await among([hub, ...leaves.slice(0, 4)]);
    expect(four.truncated).toBe(true);
    expect(four.relationships).toHaveLength(15);
  });

  it('relationshipsBetween keeps 3 relationships per distinct id of both sets, the first by id, either way round', async () => {
    const one = await between([hub], leaves);
    expect(one.truncated).toBe(true);
    expect(one.relationships.map((r) => r.id)).toEqual(all.slice(0, 3 * (1 + leaves.length)));
    expect(await between([...leaves].reverse(), [hub, hub])).toEqual(one);
    const overlapping = await between([hub, ...leaves], [hub, ...leaves]);
    expect(overlapping.truncated).toBe(false);
    expect(overlapping.relationships.map((r) => r.id)).toEqual(all);
    for (const r of overlapping.relationships)
      expect(r.evidence).toEqual([{ quote: 'x', document: { id: expect.any(String) } }]);
  });
});
