/**
 * Loading reviewed drafts through the API: refused loads (a quote moved outside the text, a link to
 * a node no longer in the graph, no text) name their entries and write nothing; an accepted load goes
 * through the seed loader with the draft marked LOADED, its statements are searchable, its provenance
 * is on the document, and the exported seed files rebuild exactly the same graph.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { loadDocuments, readSeedDocuments, seedDatabase } from '@policygraph/graph-seed';
import { exportDocuments } from '@policygraph/server';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { loadSeedGraph } from './api-helpers.ts';
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
let driver: Driver;
let out: string;
const yaml = reviewFixture('tide-note.yaml');
const text = reviewFixture('tide-note.txt');
const [alice] = EDITORS as [(typeof EDITORS)[0]];

/** The `code` and `entry` of each problem of a LOAD_REFUSED's extensions. */
function problemsOf(extensions: Record<string, unknown> | undefined) {
  return (extensions?.problems ?? []) as { code: string; entry: string }[];
}

/** The graph without the drafts (what seed files describe). */
async function entityDump() {
  const dump = await dumpGraph(driver, database);
  const ours = (line: string) =>
    !/"labels":\["Draft(Revision)?"\]/.test(line) && !/"type":"HAS_REVISION"/.test(line);
  return { nodes: dump.nodes.filter(ours), relationships: dump.relationships.filter(ours) };
}

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  out = await mkdtemp(path.join(os.tmpdir(), 'review-export-'));
});

afterAll(async () => {
  await driver.close();
  await rm(out, { recursive: true, force: true });
});

describe('accept and load', () => {
  it('refuses a quote moved outside the text, naming the entry and field, and writes nothing', async () => {
    const app = editingApp(driver);
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    const moved = yaml.replace(
      "quote: 'the permit is temporary'",
      "quote: 'the permit is permanent'",
    );
    const saved = await asEditor(app, alice, SAVE, {
      id: draft.id,
      version: 1,
      yaml: moved,
      accepted: TIDE_NOTE_ACCEPTED,
    });
    expect(saved.body.data?.saveDraftReview.version).toBe(2);
    const before = await dumpGraph(driver, database);
    const { body } = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(body.errors?.[0]?.path).toEqual(['acceptAndLoadDraft']);
    expect(body.errors?.[0]?.extensions?.code).toBe('LOAD_REFUSED');
    expect(body.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({
        code: 'QUOTE_NOT_FOUND',
        entry: 'statements[1] (review-quill-temporary)',
        field: 'quote',
      }),
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuses an actor linked to a node that is no longer in the graph', async () => {
    const app = editingApp(driver);
    const sidecar = JSON.stringify({
      document: 'review-tide-note',
      notes: [],
      entries: [
        {
          id: 'review-board-of-commerce',
          section: 'actors',
          confidence: 0.9,
          rule: 'gazetteer',
          chosen: 'review-board-of-commerce',
        },
      ],
    });
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text, sidecar })).body.data!
      .importDraft as { id: string };
    await asEditor(app, alice, SAVE, {
      id: draft.id,
      version: 1,
      yaml,
      accepted: TIDE_NOTE_ACCEPTED,
    });
    const before = await dumpGraph(driver, database);
    const { body } = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(body.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({
        code: 'LINKED_NODE_MISSING',
        entry: 'actors[0] (review-board-of-commerce)',
        field: 'id',
      }),
    ]);
    expect(body.errors?.[0]?.message).toMatch(/no longer in the graph/);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('drafts a pasted text on the server, linking an actor to the existing node', async () => {
    const app = editingApp(driver);
    const pasted = readFileSync(
      path.resolve(import.meta.dirname, '..', 'fixtures', 'draft', 'harbour-engines.txt'),
      'utf8',
    );
    const before = await entityDump();
    const { body } = await asEditor(
      app,
      alice,
      `mutation ($text: String!) { createDraft(text: $text, title: "Harbour Engines", publishedOn: "2024-03-06") { documentId status version text reviewedYaml sidecar createdBy } }`,
      { text: pasted },
    );
    expect(body.errors).toBeUndefined();
    const draft = body.data!.createDraft;
    expect(draft).toMatchObject({
      documentId: 'harbour-engines',
      status: 'IN_REVIEW',
      version: 1,
      text: pasted,
      createdBy: 'Alice Reviewer',
    });
    expect(draft.reviewedYaml).toContain('id: us-department-of-commerce');
    expect(JSON.parse(draft.sidecar).entries).toContainEqual(
      expect.objectContaining({ chosen: 'us-department-of-commerce' }),
    );
    expect(await entityDump()).toEqual(before);
  });

  it('refuses a draft whose document id is a loaded document, leaving that document as it was', async () => {
    const app = editingApp(driver);
    const seedArticle = 'tmtpost-2023-07-06-cloud-curb';
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    // The reviewer gives the draft the id of the seed article (or drafts a text titled like one).
    const renamed = yaml.replaceAll('review-tide-note', seedArticle);
    const saved = await asEditor(app, alice, SAVE, {
      id: draft.id,
      version: 1,
      yaml: renamed,
      accepted: TIDE_NOTE_ACCEPTED,
    });
    expect(saved.body.data?.saveDraftReview.version).toBe(2);
    const before = await entityDump();
    const { body } = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(body.errors?.[0]?.extensions?.code).toBe('LOAD_REFUSED');
    expect(body.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'DOCUMENT_EXISTS', entry: 'document', field: 'id' }),
    ]);
    expect(body.errors?.[0]?.message).toContain(`"${seedArticle}"`);
    expect(await entityDump()).toEqual(before);
    const draftAfter = await asEditor(
      app,
      alice,
      `query ($id: ID!) { draft(id: $id) { status version } }`,
      {
        id: draft.id,
      },
    );
    expect(draftAfter.body.data?.draft).toEqual({ status: 'IN_REVIEW', version: 2 });
  });

  it('refuses entries still to review, naming each with the other problems, and writes nothing', async () => {
    const app = editingApp(driver);
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    // Nothing reviewed yet: every drafted entry is named.
    const before = await entityDump();
    const untouched = await asEditor(app, alice, LOAD, { id: draft.id, version: 1 });
    expect(untouched.body.errors?.[0]?.extensions?.code).toBe('LOAD_REFUSED');
    expect(
      problemsOf(untouched.body.errors?.[0]?.extensions).map((problem) => [
        problem.code,
        problem.entry,
      ]),
    ).toEqual([
      ['NOT_REVIEWED', 'actors[0] (review-board-of-commerce)'],
      ['NOT_REVIEWED', 'actors[1] (review-mara-quill)'],
      ['NOT_REVIEWED', 'statements[0] (review-quill-harbours)'],
      ['NOT_REVIEWED', 'statements[1] (review-quill-temporary)'],
      ['NOT_REVIEWED', 'relationships[0]'],
    ]);
    expect(await entityDump()).toEqual(before);

    // Two accepted, one edited (its quote moved outside the text), two still to review: the
    // loader's problem and the entries to review are named together.
    const moved = yaml.replace(
      "quote: 'the permit is temporary'",
      "quote: 'the permit is permanent'",
    );
    const saved = await asEditor(app, alice, SAVE, {
      id: draft.id,
      version: 1,
      yaml: moved,
      accepted: TIDE_NOTE_ACCEPTED.slice(0, 2),
    });
    expect(saved.body.data?.saveDraftReview.version).toBe(2);
    const partly = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(
      problemsOf(partly.body.errors?.[0]?.extensions).map((problem) => [
        problem.code,
        problem.entry,
      ]),
    ).toEqual([
      ['QUOTE_NOT_FOUND', 'statements[1] (review-quill-temporary)'],
      ['NOT_REVIEWED', 'statements[0] (review-quill-harbours)'],
      ['NOT_REVIEWED', 'relationships[0]'],
    ]);
    expect(partly.body.errors?.[0]?.message).toContain(
      'statements[0] (review-quill-harbours): is still to review',
    );
    expect(await entityDump()).toEqual(before);
    const draftAfter = await asEditor(
      app,
      alice,
      `query ($id: ID!) { draft(id: $id) { status } }`,
      {
        id: draft.id,
      },
    );
    expect(draftAfter.body.data?.draft).toEqual({ status: 'IN_REVIEW' });
  });

  it('names the file and the line and column of an imported draft whose YAML does not parse', async () => {
    const app = editingApp(driver);
    const before = await dumpGraph(driver, database);
    // Line 13 opens a quote it never closes.
    const broken = yaml.replace(
      '    name: Board of Commerce of Tideland',
      "    name: 'Board of Commerce",
    );
    const named = await asEditor(app, alice, IMPORT, {
      yaml: broken,
      text,
      file: 'tide-note.yaml',
    });
    const error = named.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'LOAD_REFUSED', argumentName: 'yaml' });
    expect(error?.message).toMatch(
      /^The draft "tide-note\.yaml" was not imported: 1 problem; nothing was written\. line 13, column \d+: /,
    );
    expect(error?.extensions?.problems).toEqual([
      expect.objectContaining({
        code: 'YAML_SYNTAX',
        field: expect.stringMatching(/^line 13, column \d+$/),
      }),
    ]);
    // Without a file name, the draft is named by its document's id; no draft id that was never stored.
    const unnamed = await asEditor(app, alice, IMPORT, { yaml: broken, text });
    expect(unnamed.body.errors?.[0]?.message).toMatch(
      /^The draft of document "review-tide-note" \(the yaml argument\) was not imported: 1 problem; nothing was written\. line 13, column \d+: /,
    );
    expect(unnamed.body.errors?.[0]?.message).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuses a draft without its text', async () => {
    const app = editingApp(driver);
    const before = await dumpGraph(driver, database);
    const { body } = await asEditor(app, alice, IMPORT, { yaml, text: '' });
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'text',
    });
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('loads a reviewed draft with its provenance, and its exported seed files rebuild the same graph', async () => {
    const app = editingApp(driver);
    const draft = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    // Edit one speaker's form, reject the paraphrase, add a missed quote.
    const reviewed = reviewedTideNote(yaml);
    expect(reviewed).not.toBe(yaml);
    await asEditor(app, alice, SAVE, {
      id: draft.id,
      version: 1,
      yaml: reviewed,
      accepted: TIDE_NOTE_ACCEPTED,
    });
    const { body } = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(body.errors).toBeUndefined();
    expect(body.data?.acceptAndLoadDraft).toMatchObject({
      status: 'LOADED',
      version: 3,
      review: {
        documentId: 'review-tide-note',
        reviewedBy: 'Alice Reviewer',
        acceptedUnchanged: 4,
        edited: 1,
        rejected: 1,
        added: 1,
      },
    });
    const search = await asEditor(
      app,
      null,
      `{ search(text: "Mara Quill", kinds: [STATEMENT]) { node { id } } node(id: "review-tide-note") { ... on Document { review { reviewedBy entries { id origin } } } } }`,
    );
    expect(search.body.data?.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(
      'review-quill-harbours',
    );
    expect(search.body.data?.node.review.entries).toContainEqual({
      id: 'review-board-no-permit',
      origin: 'ADDED_BY_REVIEWER',
    });
    expect(search.body.data?.node.review.entries).toContainEqual({
      id: 'review-quill-harbours',
      origin: 'DRAFTED_EDITED',
    });
    const again = await asEditor(app, alice, LOAD, { id: draft.id, version: 2 });
    expect(again.body.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // A second draft of the same document is a new document of that id: refused, not a replacement.
    const second = (await asEditor(app, alice, IMPORT, { yaml, text })).body.data!.importDraft as {
      id: string;
    };
    await asEditor(app, alice, SAVE, {
      id: second.id,
      version: 1,
      yaml,
      accepted: TIDE_NOTE_ACCEPTED,
    });
    const secondLoad = await asEditor(app, alice, LOAD, { id: second.id, version: 2 });
    expect(secondLoad.body.errors?.[0]?.extensions?.problems).toEqual([
      expect.objectContaining({ code: 'DOCUMENT_EXISTS', entry: 'document', field: 'id' }),
    ]);

    const loaded = await entityDump();
    const files = await exportDocuments(
      { driver, database, timeoutMs: 10_000 },
      ['review-tide-note'],
      out,
    );
    expect(files.map((file) => file.documentId)).toEqual(['review-tide-note']);
    await wipeDatabase(driver);
    await seedDatabase(driver, { database });
    await loadDocuments(driver, await readSeedDocuments([files[0]!.yamlFile]), { database });
    expect(await entityDump()).toEqual(loaded);
  }, 240_000);
});
