/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
/**
 * Provenance per fact, kept in the graph: a reviewed draft loaded through the API and the seed
 * article written by hand say on each piece of evidence how the fact was made and who reviewed it;
 * `Document.review` of a page of documents and the provenance of all their evidence cost one Cypher
 * query; every loaded document exports as seed files that `npm run seed` turns back into exactly the
 * same graph, provenance included.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '@policygraph/graph-seed';
import { exportDocuments } from '@policygraph/server';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { appOver, countingDriver, loadSeedGraph, queryData } from './api-helpers.ts';
import { dumpGraph } from './seed-support.ts';
import {
  EDITORS,
  IMPORT,
  LOAD,
  SAVE,
  TIDE_NOTE_ACCEPTED,
  asEditor,
  editingApp,
  reviewFixture,
  reviewedTideNote,
} from './review-support.ts';

const database = testConnection().database;
const SEED_DOCUMENT = 'tmtpost-2023-07-06-cloud-curb';
const REVIEWED_DOCUMENT = 'review-tide-note';
const [alice] = EDITORS as [(typeof EDITORS)[0]];
let driver: Driver;
let out: string;
let reviewedAt: string;

/** The graph without the drafts under review (workflow state, not described by seed files). */
async function graphDump() {
  const dump = await dumpGraph(driver, database);
  const ours = (line: string) =>
    !/"labels":\["Draft(Revision)?"\]/.test(line) && !/"type":"HAS_REVISION"/.test(line);
  return { nodes: dump.nodes.filter(ours), relationships: dump.relationships.filter(ours) };
}

const PROVENANCE = `query ($id: ID!) {
  node(id: $id) { evidence { document { id } provenance { origin reviewedBy reviewedAt } } }
}`;

/** The provenance of each piece of evidence of node `id`. */
async function provenanceOf(id: string) {
  const data = await queryData<{
    node: { evidence: { document: { id: string }; provenance: unknown }[] };
  }>(appOver(driver), PROVENANCE, { id });
  return data.node.evidence.map((evidence) => evidence.provenance);
}

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  out = await mkdtemp(path.join(os.tmpdir(), 'export-document-'));
  const app = editingApp(driver);
  const yaml = reviewFixture('tide-note.yaml');
  const text = reviewFixture('tide-note.txt');
  const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
    id: string;
  };
  await asEditor(app, alice, SAVE, {
    id: draft.id,
    version: 1,
    yaml: reviewedTideNote(yaml),
    accepted: TIDE_NOTE_ACCEPTED,
  });
  const loaded = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
  expect(loaded.body.errors).toBeUndefined();
  const rows = await driver.executeQuery(
    'MATCH (d:Draft {id: $id}) RETURN d.updatedAt AS at',
    { id: draft.id },
    { database },
  );
  reviewedAt = String(rows.records[0]!.get('at'));
}, 120_000);

afterAll(async () => {
  await driver.close();
  await rm(out, { recursive: true, force: true });
});

describe('provenance of each fact', () => {
  it('says how each reviewed entry was made, who reviewed it and when', async () => {
    const reviewed = { reviewedBy: 'Alice Reviewer', reviewedAt };
    expect(await provenanceOf('review-quill-harbours')).toEqual([
      { origin: 'DRAFTED_EDITED', ...reviewed },
      { origin: 'DRAFTED_EDITED', ...reviewed },
    ]);
    expect(await provenanceOf('review-board-no-permit')).toEqual([
      { origin: 'ADDED_BY_REVIEWER', ...reviewed },
      { origin: 'ADDED_BY_REVIEWER', ...reviewed },
    ]);
    expect(await provenanceOf('review-mara-quill')).toEqual([
      { origin: 'DRAFTED_ACCEPTED', ...reviewed },
    ]);
    const role = await queryData<{ relationshipsBetween: { relationships: any[] } }>(
      appOver(driver),
      `{ relationshipsBetween(from: ["review-mara-quill"], to: ["review-board-of-commerce"]) {
           relationships { type evidence { provenance { origin reviewedBy } } } } }`,
    );
    expect(role.relationshipsBetween.relationships).toEqual([
      {
        type: 'HOLDS_ROLE',
        evidence: [{ provenance: { origin: 'DRAFTED_ACCEPTED', reviewedBy: 'Alice Reviewer' } }],
      },
    ]);
  });

  it('says HAND, with no reviewer, for the facts of a document written by hand', async () => {
    const hand = await provenanceOf('wsj-sources-cloud-rule-under-consideration');
    expect(hand.length).toBeGreaterThan(0);
    for (const provenance of hand)
      expect(provenance).toEqual({ origin: 'HAND', reviewedBy: null, reviewedAt: null });
  });

  it('costs one query for the reviews of a page of documents and the provenance of their evidence', async () => {
    const counted = countingDriver(driver);
    const app = appOver(counted.driver);
    const page = (fields: string) =>
      `{ subgraph(ids: ["${SEED_DOCUMENT}", "${REVIEWED_DOCUMENT}", "review-quill-harbours", "review-mara-quill", "wsj-sources-cloud-rule-under-consideration"]) {
           nodes { id ${fields} } } }`;
    counted.counter.reset();
    await queryData(app, page('evidence { quote }'));
    const without = counted.counter.count;
    counted.counter.reset();
    const data = await queryData<{ subgraph: { nodes: any[] } }>(
      app,
      page(
        '... on Document { review { reviewedBy acceptedUnchanged edited rejected added } } evidence { quote provenance { origin } }',
      ),
    );
    expect(counted.counter.count).toBe(without + 1);
    const byId = new Map(data.subgraph.nodes.map((node) => [node.id, node]));
    expect(byId.get(SEED_DOCUMENT).review).toBeNull();
    expect(byId.get(REVIEWED_DOCUMENT).review).toEqual({
      reviewedBy: 'Alice Reviewer',
      acceptedUnchanged: 4,
      edited: 1,
      rejected: 1,
      added: 1,
    });
  });
});

describe('export of any loaded document', () => {
  it('writes every loaded document as seed files that rebuild exactly the same graph', async () => {
    const before = await graphDump();
    const written = await exportDocuments({ driver, database, timeoutMs: 30_000 }, [], out);
    expect(written.map((file) => file.documentId)).toEqual([REVIEWED_DOCUMENT, SEED_DOCUMENT]);
    const exported = await readFile(path.join(out, `${REVIEWED_DOCUMENT}.yaml`), 'utf8');
    expect(exported).toContain('provenance: DRAFTED_EDITED');
    expect(exported).toContain('reviewedBy: Alice Reviewer');
    expect(exported).not.toContain('textFile');
    expect(await readFile(path.join(out, `${REVIEWED_DOCUMENT}.txt`), 'utf8')).toBe(
      reviewFixture('tide-note.txt'),
    );

    await wipeDatabase(driver);
    expect((await graphDump()).nodes).toEqual([]);
    await seedDatabase(driver, { database, files: [out] });
    expect(await graphDump()).toEqual(before);
    expect(await provenanceOf('review-quill-harbours')).toEqual([
      { origin: 'DRAFTED_EDITED', reviewedBy: 'Alice Reviewer', reviewedAt },
      { origin: 'DRAFTED_EDITED', reviewedBy: 'Alice Reviewer', reviewedAt },
    ]);
  }, 240_000);

  it('refuses ids it cannot export, naming them, and writes nothing', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'export-refused-'));
    await expect(
      exportDocuments({ driver, database, timeoutMs: 30_000 }, ['no-such-document'], empty),
    ).rejects.toThrow(/No loaded extraction of no-such-document/);
    expect(await readdir(empty)).toEqual([]);
    await rm(empty, { recursive: true, force: true });
  });
});
