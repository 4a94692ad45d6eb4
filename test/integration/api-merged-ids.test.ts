/**
 * Ids absorbed by merges, followed by every query that takes node ids, against a real Neo4j: a
 * chain of two merges (one duplicate of our fixture into the other, that one into a person of the
 * seed article), then `subgraph` (what the explorer asks to reopen a shared link),
 * `neighborhood`, `paths`, `relationshipsBetween`, `neighborhoodSummary`, `statements`, `measures`
 * and `listings` asked with an absorbed id answer as for the survivor, and say which ids they
 * followed (`resolvedIds`). The explorer's reading of that answer (client state/missingNodes.ts)
 * counts no merged node as missing. Looking an id up among the merge records costs the same
 * however many there are (the `merge_record_absorbed` index), and so does a merge's update of the
 * records of earlier merges into the node it absorbs (the `merge_record_survivor` index).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { buildResolveAbsorbed, type CypherQuery } from '@policygraph/model';
import { buildForwardMergeRecords } from '@policygraph/import';
import { buildNeighborhoodSummary, buildPaths, buildSubgraph, type App } from '@policygraph/server';
import { mergedNodes, missingNodeIds } from '@policygraph/client';
import { planDbHits, testConnection, testDriver } from '../support/neo4j.ts';
import { appOver, postGraphQL } from './api-helpers.ts';
import {
  freshSeedGraph,
  importFixtureFile,
  mergeAsEditor,
  runImportCli,
} from './import-support.ts';

const database = testConnection().database;
const SURVIVOR = 'li-dan';
let driver: Driver;
let app: App;
/** The two Vossberg rows' nodes: [0] merged into SURVIVOR after [1] was merged into [0]. */
let absorbed: string[];
/** A neighbour of the survivor and the id of a relationship between them. */
let neighbour: string;
let relationshipId: string;

const merge = (survivorId: string, absorbedId: string) =>
  mergeAsEditor(driver, survivorId, absorbedId, { when: '2026-12-06T14:00:00.000Z', score: null });

async function ask(query: string, variables: Record<string, unknown>) {
  const { body } = await postGraphQL(app, query, variables);
  expect(body.errors).toBeUndefined();
  return body.data!;
}

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-duplicates.csv');
  app = appOver(driver);
  const { records } = await driver.executeQuery(
    "MATCH (a:Actor) WHERE a.name = 'Harriet Jane Vossberg' RETURN a.id AS id ORDER BY id",
    {},
    { database },
  );
  absorbed = records.map((record) => record.get('id') as string);
  expect(absorbed).toHaveLength(2);
  await merge(absorbed[0]!, absorbed[1]!);
  await merge(SURVIVOR, absorbed[0]!);
  const near = await driver.executeQuery(
    'MATCH (:Entity {id: $id})-[r]-(b:Entity) RETURN b.id AS id, r.id AS rel ORDER BY r.id LIMIT 1',
    { id: SURVIVOR },
    { database },
  );
  neighbour = near.records[0]!.get('id') as string;
  relationshipId = near.records[0]!.get('rel') as string;
});
afterAll(async () => {
  await driver?.close();
});

const SUBGRAPH = `query ($ids: [ID!]!) {
  subgraph(ids: $ids) { nodes { id name } relationships { id } truncated resolvedIds { asked id } }
}`;

describe('absorbed ids, wherever ids come in', () => {
  it('subgraph returns the survivor of an absorbed id, along a chain of merges, and says so', async () => {
    const ids = [absorbed[1]!, neighbour, 'never-a-node'];
    const data = await ask(SUBGRAPH, { ids });
    const nodeIds = data.subgraph.nodes.map((node: { id: string }) => node.id);
    expect(nodeIds).toEqual([SURVIVOR, neighbour].sort());
    expect(data.subgraph.relationships.map((r: { id: string }) => r.id)).toContain(relationshipId);
    expect(data.subgraph.resolvedIds).toEqual([{ asked: absorbed[1], id: SURVIVOR }]);
    // The explorer counts the unknown id as missing, and the absorbed one as merged, shown as the survivor.
    expect(missingNodeIds(ids, data.subgraph.nodes, data.subgraph.resolvedIds)).toEqual([
      'never-a-node',
    ]);
    expect(mergedNodes(ids, data.subgraph.nodes, data.subgraph.resolvedIds)).toEqual([
      { asked: absorbed[1], id: SURVIVOR, name: expect.any(String) },
    ]);
    // Asked for the survivor itself: nothing resolved.
    const direct = await ask(SUBGRAPH, { ids: [SURVIVOR] });
    expect(direct.subgraph.resolvedIds).toEqual([]);
    expect(direct.subgraph.nodes.map((node: { id: string }) => node.id)).toEqual([SURVIVOR]);
  });

  it('neighborhood, paths and relationshipsBetween start from the survivor', async () => {
    const hood = await ask(
      `query ($ids: [ID!]!) { neighborhood(ids: $ids, limit: 50) { nodes { id } resolvedIds { asked id } } }`,
      { ids: [absorbed[0]] },
    );
    expect(hood.neighborhood.nodes[0].id).toBe(SURVIVOR);
    expect(hood.neighborhood.nodes.map((node: { id: string }) => node.id)).toContain(neighbour);
    expect(hood.neighborhood.resolvedIds).toEqual([{ asked: absorbed[0], id: SURVIVOR }]);

    const PATHS = `query ($from: ID!, $to: ID!) {
      paths(from: $from, to: $to) { nodes { id } relationships { id } resolvedIds { asked id } }
    }`;
    const paths = await ask(PATHS, { from: absorbed[1], to: neighbour });
    expect(paths.paths[0].nodes.map((node: { id: string }) => node.id)).toEqual([
      SURVIVOR,
      neighbour,
    ]);
    expect(paths.paths[0].resolvedIds).toEqual([{ asked: absorbed[1], id: SURVIVOR }]);
    // Two ids of one node: the path of length 0, as from a node to itself.
    const same = await ask(PATHS, { from: absorbed[1], to: SURVIVOR });
    expect(same.paths).toEqual([
      {
        nodes: [{ id: SURVIVOR }],
        relationships: [],
        resolvedIds: [{ asked: absorbed[1], id: SURVIVOR }],
      },
    ]);

    const between = await ask(
      `query ($from: [ID!]!, $to: [ID!]!) {
        relationshipsBetween(from: $from, to: $to) { relationships { id } resolvedIds { asked id } }
      }`,
      { from: [neighbour], to: [absorbed[0]] },
    );
    expect(between.relationshipsBetween.relationships.map((r: { id: string }) => r.id)).toContain(
      relationshipId,
    );
    expect(between.relationshipsBetween.resolvedIds).toEqual([
      { asked: absorbed[0], id: SURVIVOR },
    ]);
  });

  it('the summary and the filtered lists of an absorbed id are those of its survivor', async () => {
    const QUERY = `query ($id: ID!) {
      neighborhoodSummary(id: $id) { total }
      statements(speaker: $id) { totalCount }
      listings(actor: $id) { totalCount }
      measures(appliesTo: $id) { totalCount }
    }`;
    const survivor = await ask(QUERY, { id: SURVIVOR });
    // The survivor carries the Vossberg rows' listings now: the comparison is not of zeros.
    expect(survivor.neighborhoodSummary.total).toBeGreaterThan(0);
    expect(survivor.listings.totalCount).toBeGreaterThan(0);
    for (const id of absorbed) expect(await ask(QUERY, { id })).toEqual(survivor);
    const unknown = await ask(QUERY, { id: 'never-a-node' });
    expect(unknown.listings.totalCount).toBe(0);
    expect(unknown.statements.totalCount).toBe(0);
  });

  it('the merges listing names each absorbed id with the node it resolves to now', async () => {
    const { code, stdout } = await runImportCli('merges-cli.ts', [], testConnection().uri);
    expect(code).toBe(0);
    for (const id of absorbed)
      expect(stdout).toContain(
        `merged ${id} into ${SURVIVOR} (node(id: "${id}") returns it): by Alice Reviewer at 2026-12-06T14:00:00.000Z: test`,
      );
    expect(stdout).toContain('2 merge(s) by editors.');
  });
});

/**
 * Database hits of `query` (PROFILE): they do not depend on the machine's load. A write is
 * profiled in a transaction that is rolled back, so it changes nothing.
 */
async function dbHits(query: CypherQuery): Promise<number> {
  const session = driver.session({ database });
  const tx = await session.beginTransaction();
  let summary;
  try {
    summary = (await tx.run(`PROFILE ${query.cypher}`, query.params)).summary;
  } finally {
    await tx.rollback();
    await session.close();
  }
  return planDbHits(summary.profile);
}

describe('the look-up of absorbed ids', () => {
  // Neo4j plans the look-up (a COLLECT subquery inside an expression) as a nested plan that
  // PROFILE does not show; its database hits are counted, though. Without the index, each id that
  // was never absorbed (most ids asked) scanned every merge record: about 2 hits per record.
  const RECORDS = 2_000;
  it('costs the same however many merge records there are', async () => {
    const queries = () => [
      buildResolveAbsorbed([SURVIVOR, neighbour, 'never-a-node', absorbed[1]!]),
      buildSubgraph({ ids: [SURVIVOR, neighbour, 'never-a-node', absorbed[0]!] }),
      buildNeighborhoodSummary({ id: neighbour }),
      buildPaths({ from: neighbour, to: 'never-a-node', maxHops: 2, first: 1 }),
      // A merge of `neighbour` into another node: the records of merges into it, found by id (none).
      buildForwardMergeRecords('never-a-node', neighbour),
    ];
    const before = [];
    for (const query of queries()) before.push(await dbHits(query));
    await driver.executeQuery(
      "UNWIND range(1, $records) AS i CREATE (:MergeRecord {absorbedId: 'plan-absorbed-' + i, survivorId: $survivor})",
      { records: neo4j.int(RECORDS), survivor: SURVIVOR },
      { database },
    );
    try {
      const after = [];
      for (const query of queries()) after.push(await dbHits(query));
      for (const [index, hits] of after.entries()) {
        expect(hits, `query ${index}`).toBeGreaterThan(0);
        expect(hits - before[index]!, `query ${index}`).toBeLessThan(RECORDS / 20);
      }
    } finally {
      await driver.executeQuery(
        "MATCH (rec:MergeRecord) WHERE rec.absorbedId STARTS WITH 'plan-absorbed-' DELETE rec",
        {},
        { database },
      );
    }
  });
});
