/**
 * What a review records beside its extraction (`saveDraftReview`'s `linkedIds` and `accepted`):
 * stored with the saved review and read back on the draft; a link the reviewer made to any existing
 * node (not one of the drafting's candidates) is refused at load time when that node is gone,
 * naming the entry, and nothing is written; bad marks are refused naming the argument.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { loadSeedGraph } from './api-helpers.ts';
import { dumpGraph } from './seed-support.ts';
import {
  EDITORS,
  IMPORT,
  LOAD,
  TIDE_NOTE_ACCEPTED,
  asEditor,
  editingApp,
  reviewFixture,
} from './review-support.ts';

const database = testConnection().database;
let driver: Driver;
const yaml = reviewFixture('tide-note.yaml');
const text = reviewFixture('tide-note.txt');
const [alice] = EDITORS as [(typeof EDITORS)[0]];

const SAVE_MARKS = `mutation ($id: ID!, $version: Int!, $yaml: String!, $linkedIds: [ID!], $accepted: [EntryKeyInput!]) {
  saveDraftReview(id: $id, version: $version, reviewedYaml: $yaml, linkedIds: $linkedIds, accepted: $accepted) {
    version linkedIds accepted { section id }
  }
}`;
const READ = `query ($id: ID!) { draft(id: $id) { version linkedIds accepted { section id } } }`;

/**
 * The fixture with the Board of Commerce linked to the existing node `to`, as the review view links
 * it: the node's id (every link to it follows) and name.
 */
function linkedBoard(to: string): string {
  return yaml
    .replaceAll('review-board-of-commerce', to)
    .replace('name: Board of Commerce of Tideland', 'name: Harbour Board');
}

async function createNode(id: string): Promise<void> {
  await driver.executeQuery(
    `CREATE (:Entity:Actor:Agency {id: $id, kind: 'AGENCY', name: 'Harbour Board',
             aliases: [], names: ['Harbour Board']})`,
    { id },
    { database },
  );
}

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
});

afterAll(async () => {
  await driver.close();
});

describe("the reviewer's marks", () => {
  it('are stored with the saved review and read back; omitted, the saved ones stay', async () => {
    const app = editingApp(driver);
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    const accepted = [
      { section: 'statements', id: 'review-quill-harbours' },
      { section: 'relationships', id: 'review-mara-quill HOLDS_ROLE review-board-of-commerce' },
    ];
    const saved = await asEditor(app, alice, SAVE_MARKS, {
      id: draft.id,
      version: 1,
      yaml,
      linkedIds: ['review-mara-quill', 'review-mara-quill'],
      accepted,
    });
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.saveDraftReview).toEqual({
      version: 2,
      linkedIds: ['review-mara-quill'],
      accepted,
    });
    const kept = await asEditor(app, alice, SAVE_MARKS, { id: draft.id, version: 2, yaml });
    expect(kept.body.data?.saveDraftReview).toEqual({
      version: 3,
      linkedIds: ['review-mara-quill'],
      accepted,
    });
    const read = await asEditor(app, alice, READ, { id: draft.id });
    expect(read.body.data?.draft).toEqual({
      version: 3,
      linkedIds: ['review-mara-quill'],
      accepted,
    });
    const cleared = await asEditor(app, alice, SAVE_MARKS, {
      id: draft.id,
      version: 3,
      yaml,
      linkedIds: [],
      accepted: [],
    });
    expect(cleared.body.data?.saveDraftReview).toEqual({ version: 4, linkedIds: [], accepted: [] });
  });

  it("follow the reviewed document's id: the draft is listed under the id the reviewer gave", async () => {
    const app = editingApp(driver);
    const renamed = yaml.replace('id: review-tide-note', 'id: review-tide-note-renamed');
    const draft = (
      await asEditor(app, alice, IMPORT, {
        yaml: yaml.replace('review-tide-note', 'review-tide-note-first'),
        text,
      })
    ).body.data!.importDraft as { id: string };
    const before = await asEditor(
      app,
      alice,
      `query ($id: ID!) { draft(id: $id) { documentId } }`,
      {
        id: draft.id,
      },
    );
    expect(before.body.data?.draft).toEqual({ documentId: 'review-tide-note-first' });
    const saved = await asEditor(
      app,
      alice,
      `mutation ($id: ID!, $yaml: String!) { saveDraftReview(id: $id, version: 1, reviewedYaml: $yaml) { version documentId } }`,
      { id: draft.id, yaml: renamed },
    );
    expect(saved.body.errors).toBeUndefined();
    expect(saved.body.data?.saveDraftReview).toEqual({
      version: 2,
      documentId: 'review-tide-note-renamed',
    });
  });

  it('refuses bad marks naming the argument, writing nothing', async () => {
    const app = editingApp(driver);
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    const before = await dumpGraph(driver, database);
    const section = await asEditor(app, alice, SAVE_MARKS, {
      id: draft.id,
      version: 1,
      yaml,
      accepted: [{ section: 'people', id: 'x' }],
    });
    expect(section.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'accepted',
    });
    expect(section.body.errors?.[0]?.message).toContain('accepted[0].section is "people"');
    const many = await asEditor(app, alice, SAVE_MARKS, {
      id: draft.id,
      version: 1,
      yaml,
      linkedIds: Array.from({ length: 1001 }, (_, n) => `node-${n}`),
    });
    expect(many.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'linkedIds',
    });
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuse loading a link made by search to a node deleted since, and load it once linked to one that is there', async () => {
    const app = editingApp(driver);
    await createNode('marks-harbour-board');
    // No sidecar: the drafting offered no candidate; the reviewer found the node by search.
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    const saved = await asEditor(app, alice, SAVE_MARKS, {
      id: draft.id,
      version: 1,
      yaml: linkedBoard('marks-harbour-board'),
      linkedIds: ['marks-harbour-board'],
      // The board is reviewed by its link; the reviewer accepted the rest.
      accepted: TIDE_NOTE_ACCEPTED.filter((key) => key.section !== 'relationships').slice(1),
    });
    expect(saved.body.errors).toBeUndefined();
    await driver.executeQuery(
      `MATCH (n:Entity {id: 'marks-harbour-board'}) DETACH DELETE n`,
      {},
      { database },
    );
    const before = await dumpGraph(driver, database);
    const refused = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('LOAD_REFUSED');
    expect(refused.body.errors?.[0]?.extensions?.problems).toEqual([
      {
        code: 'LINKED_NODE_MISSING',
        entry: 'actors[0] (marks-harbour-board)',
        field: 'id',
        message:
          'was linked to the existing node "marks-harbour-board", which is no longer in the graph; link it to another node or make it new.',
      },
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);

    // Linked to a node that is there, the same review loads, onto that node.
    await createNode('marks-harbour-board-2');
    const relinked = await asEditor(app, alice, SAVE_MARKS, {
      id: draft.id,
      version: 2,
      yaml: linkedBoard('marks-harbour-board-2'),
      linkedIds: ['marks-harbour-board-2'],
    });
    expect(relinked.body.data?.saveDraftReview.version).toBe(3);
    const loaded = await asEditor(app, alice, LOAD, { id: draft.id, version: 3 });
    expect(loaded.body.errors).toBeUndefined();
    expect(loaded.body.data?.acceptAndLoadDraft.status).toBe('LOADED');
    const { records } = await driver.executeQuery(
      `MATCH (n:Entity) WHERE n.id STARTS WITH 'marks-harbour-board' RETURN n.id AS id, n.name AS name ORDER BY id`,
      {},
      { database },
    );
    expect(records.map((record) => [record.get('id'), record.get('name')])).toEqual([
      ['marks-harbour-board-2', 'Harbour Board'],
    ]);
  }, 120_000);
});
