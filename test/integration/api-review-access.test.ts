/**
 * Write access is closed by default: without editing configured, without an editor's token, across
 * origins (CSRF) or beyond the write limits, no mutation changes anything; two reviewers saving the
 * same draft get a CONFLICT naming what the other changed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../support/neo4j.ts';
import { appOver, loadSeedGraph } from './api-helpers.ts';
import { dumpGraph } from './seed-support.ts';
import { EDITORS, IMPORT, SAVE, asEditor, editingApp, reviewFixture } from './review-support.ts';
import { testConnection } from '../support/neo4j.ts';

const database = testConnection().database;
let driver: Driver;
const yaml = reviewFixture('tide-note.yaml');
const text = reviewFixture('tide-note.txt');
const [alice, bob] = EDITORS as [(typeof EDITORS)[0], (typeof EDITORS)[0]];

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
});

afterAll(async () => {
  await driver.close();
});

describe('write access', () => {
  it('refuses every mutation when editing is not configured, even with a token', async () => {
    const app = appOver(driver);
    const before = await dumpGraph(driver, database);
    const { status, body } = await asEditor(app, alice, IMPORT, { yaml, text });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(body.errors?.[0]?.message).toMatch(/read-only/);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuses mutations without a token, with a wrong token, across origins and over GET', async () => {
    const app = editingApp(driver);
    const before = await dumpGraph(driver, database);
    const noToken = await asEditor(app, null, IMPORT, { yaml, text });
    expect([noToken.status, noToken.body.errors?.[0]?.extensions?.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    const wrong = await asEditor(
      app,
      null,
      IMPORT,
      { yaml, text },
      { authorization: `Bearer ${alice.token}x` },
    );
    expect([wrong.status, wrong.body.errors?.[0]?.extensions?.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
    const withoutCsrf = await app.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${alice.token}` },
      body: JSON.stringify({ query: IMPORT, variables: { yaml, text } }),
    });
    expect(withoutCsrf.status).toBe(403);
    expect(
      ((await withoutCsrf.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
        .extensions.code,
    ).toBe('CSRF_REFUSED');
    // A form post from another site's page: a simple request, no preflight.
    const form = await app.yoga.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-policygraph-csrf': '1',
        authorization: `Bearer ${alice.token}`,
      },
      body: new URLSearchParams({
        query: IMPORT,
        variables: JSON.stringify({ yaml, text }),
      }).toString(),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    const get = await app.yoga.fetch(
      `http://yoga/graphql?query=${encodeURIComponent('mutation { saveDraftReview(id: "x", version: 1, reviewedYaml: "a: 1") { id } }')}`,
      {
        headers: {
          'x-policygraph-csrf': '1',
          authorization: `Bearer ${alice.token}`,
          accept: 'application/json',
        },
      },
    );
    expect(get.status).toBe(405);
    const drafts = await asEditor(app, null, '{ drafts { id } }');
    expect(drafts.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('bounds what one write may carry', async () => {
    const app = editingApp(driver);
    const before = await dumpGraph(driver, database);
    const long = await asEditor(app, alice, IMPORT, { yaml, text: 'word '.repeat(40_001) });
    expect(long.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'text',
    });
    expect(long.body.errors?.[0]?.message).toMatch(/at most 200000/);
    const many = `${yaml}\nitems:\n${Array.from({ length: 1001 }, (_, i) => `  - {id: i${i}, name: n, itemType: PRODUCT, evidence: [Quill]}`).join('\n')}\n`;
    const entries = await asEditor(app, alice, IMPORT, { yaml: many, text });
    expect(entries.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'yaml',
    });
    expect(entries.body.errors?.[0]?.message).toMatch(
      /holds 1007 entries; at most 1000 are accepted/,
    );
    const empty = await asEditor(app, alice, IMPORT, { yaml, text: '  ' });
    expect(empty.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'text',
    });
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('gives the second of two reviewers saving the same version a CONFLICT naming what changed, and keeps the first save', async () => {
    const app = editingApp(driver);
    const imported = await asEditor(app, alice, IMPORT, { yaml, text });
    expect(imported.body.errors).toBeUndefined();
    const draft = imported.body.data!.importDraft as { id: string; version: number };
    expect(draft.version).toBe(1);
    const aliceYaml = yaml.replace('role: chair', 'role: board chair');
    const first = await asEditor(app, alice, SAVE, { id: draft.id, version: 1, yaml: aliceYaml });
    expect(first.body.data?.saveDraftReview).toMatchObject({
      version: 2,
      updatedBy: 'Alice Reviewer',
    });
    const bobYaml = yaml.replace('form: PARAPHRASE', 'form: DIRECT_QUOTE');
    const second = await asEditor(app, bob, SAVE, { id: draft.id, version: 1, yaml: bobYaml });
    const error = second.body.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: 2,
      changed: [
        { section: 'relationships', id: 'review-mara-quill HOLDS_ROLE review-board-of-commerce' },
      ],
    });
    expect(error?.message).toMatch(/saved by Alice Reviewer .*version 2.* after version 1/);
    const read = await asEditor(
      app,
      bob,
      `query ($id: ID!) { draft(id: $id) { version reviewedYaml updatedBy } }`,
      {
        id: draft.id,
      },
    );
    expect(read.body.data?.draft).toEqual({
      version: 2,
      reviewedYaml: aliceYaml,
      updatedBy: 'Alice Reviewer',
    });
    const retry = await asEditor(app, bob, SAVE, { id: draft.id, version: 2, yaml: bobYaml });
    expect(retry.body.data?.saveDraftReview).toMatchObject({
      version: 3,
      updatedBy: 'Bob Reviewer',
    });
  });
});
