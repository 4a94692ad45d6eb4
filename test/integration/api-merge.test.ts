/**
 * Entity resolution through the API, against a real Neo4j: `possibleDuplicates` of two
 * near-duplicate actors of our fixture, `mergeNodes` and `splitNode` (the full dump after a split
 * equals the one before the merge; `node(id:)` of the absorbed id returns the merged node and says
 * so), `judgeCandidate`, each appending a judgement; every mutation refused without a token.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { appOver, postGraphQL } from './api-helpers.ts';
import { freshSeedGraph, importFixtureFile } from './import-support.ts';
import { EDITORS, asEditor } from './review-support.ts';
import { dumpGraph } from './seed-support.ts';

const database = testConnection().database;
const alice = EDITORS[0]!;
let driver: Driver;
let app: App;
let folder: string;
let judgementsFile: string;
let ids: string[];

const DUPLICATES = `query ($id: ID!) {
  node(id: $id) { id ... on Actor { possibleDuplicates { actor { id name } score features { feature weight detail } } } }
}`;
const MERGE = `mutation ($survivorId: ID!, $absorbedId: ID!, $why: String!) {
  mergeNodes(survivorId: $survivorId, absorbedId: $absorbedId, why: $why) { id aliases absorbedIds }
}`;
const SPLIT = `mutation ($absorbedId: ID!, $why: String!) {
  splitNode(absorbedId: $absorbedId, why: $why) { survivor { id absorbedIds } restored { id name } }
}`;
const JUDGE = `mutation ($a: ID!, $b: ID!, $decision: JudgementDecision!, $why: String!) {
  judgeCandidate(a: $a, b: $b, decision: $decision, why: $why) { decision a b who when why score }
}`;

const judgements = () =>
  readFileSync(judgementsFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-duplicates.csv');
  folder = mkdtempSync(path.join(os.tmpdir(), 'policygraph-judgements-'));
  judgementsFile = path.join(folder, 'entity-judgements.jsonl');
  app = appOver(driver, { editors: EDITORS, judgementsFile });
  const { records } = await driver.executeQuery(
    "MATCH (a:Actor) WHERE a.name = 'Harriet Jane Vossberg' RETURN a.id AS id ORDER BY id",
    {},
    { database },
  );
  ids = records.map((record) => record.get('id') as string);
});
afterAll(async () => {
  await driver?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('entity resolution through the API', () => {
  it('lists the near-duplicate as possibly the same, with its score explained', async () => {
    expect(ids).toHaveLength(2);
    const { body } = await postGraphQL(app, DUPLICATES, { id: ids[0] });
    expect(body.errors).toBeUndefined();
    const [candidate] = body.data!.node.possibleDuplicates;
    expect(candidate.actor.id).toBe(ids[1]);
    expect(candidate.score).toBeGreaterThanOrEqual(0.45);
    expect(candidate.features.map((f: { feature: string }) => f.feature)).toContain('NAME_SAME');
    const sum = candidate.features.reduce((s: number, f: { weight: number }) => s + f.weight, 0);
    expect(candidate.score).toBeCloseTo(Math.min(1, sum), 5);
  });

  it('refuses every entity-resolution mutation without a token, writing nothing', async () => {
    const before = await dumpGraph(driver, database);
    for (const [query, variables] of [
      [MERGE, { survivorId: ids[0], absorbedId: ids[1], why: 'x' }],
      [SPLIT, { absorbedId: ids[1], why: 'x' }],
      [JUDGE, { a: ids[0], b: ids[1], decision: 'SAME', why: 'x' }],
    ] as const) {
      const { status, body } = await asEditor(app, null, query, variables);
      expect([status, body.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
      const readOnly = await asEditor(appOver(driver), alice, query, variables);
      expect(readOnly.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await dumpGraph(driver, database)).toEqual(before);
    expect(() => readFileSync(judgementsFile)).toThrow();
  });

  it('names the argument and path of a refused merge', async () => {
    const { body } = await asEditor(app, alice, MERGE, {
      survivorId: ids[0],
      absorbedId: 'mofcom',
      why: 'test',
    });
    expect(body.errors?.[0]).toMatchObject({
      path: ['mergeNodes'],
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'absorbedId' },
    });
    const empty = await asEditor(app, alice, MERGE, {
      survivorId: ids[0],
      absorbedId: ids[1],
      why: ' ',
    });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({ argumentName: 'why' });
  });

  it('merges, resolves the absorbed id to the merged node, splits back to the full dump, and records each judgement', async () => {
    const before = await dumpGraph(driver, database);
    const [survivorId, absorbedId] = ids as [string, string];
    const merged = await asEditor(app, alice, MERGE, { survivorId, absorbedId, why: 'one person' });
    expect(merged.body.errors).toBeUndefined();
    expect(merged.body.data!.mergeNodes).toMatchObject({
      id: survivorId,
      absorbedIds: [absorbedId],
    });
    expect(merged.body.data!.mergeNodes.aliases).toContain('哈里特·沃斯贝格');

    const resolved = await postGraphQL(
      app,
      '{ node(id: "' + absorbedId + '") { id resolvedFrom } }',
    );
    expect(resolved.body.data!.node).toEqual({ id: survivorId, resolvedFrom: absorbedId });
    const direct = await postGraphQL(app, '{ node(id: "' + survivorId + '") { id resolvedFrom } }');
    expect(direct.body.data!.node).toEqual({ id: survivorId, resolvedFrom: null });

    const split = await asEditor(app, alice, SPLIT, { absorbedId, why: 'two people after all' });
    expect(split.body.errors).toBeUndefined();
    expect(split.body.data!.splitNode).toEqual({
      survivor: { id: survivorId, absorbedIds: [] },
      restored: { id: absorbedId, name: 'Harriet Jane Vossberg' },
    });
    expect(await dumpGraph(driver, database)).toEqual(before);
    const again = await asEditor(app, alice, SPLIT, { absorbedId, why: 'again' });
    expect(again.body.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      argumentName: 'absorbedId',
    });

    const judged = await asEditor(app, alice, JUDGE, {
      a: survivorId,
      b: absorbedId,
      decision: 'DIFFERENT',
      why: 'namesakes',
    });
    expect(judged.body.data!.judgeCandidate).toMatchObject({
      decision: 'DIFFERENT',
      who: alice.name,
    });
    expect(judgements().map((j) => [j.decision, j.a, j.b, j.who, j.why])).toEqual([
      ['same', survivorId, absorbedId, alice.name, 'one person'],
      ['different', survivorId, absorbedId, alice.name, 'two people after all'],
      ['different', survivorId, absorbedId, alice.name, 'namesakes'],
    ]);
    expect(judgements()[0]!.aRows).toHaveLength(1);
    expect(judgements()[0]!.bRows).toHaveLength(1);
    // A pair whose latest judgement is `different` is no longer offered.
    const { body } = await postGraphQL(app, DUPLICATES, { id: survivorId });
    expect(body.data!.node.possibleDuplicates).toEqual([]);
  });
});
