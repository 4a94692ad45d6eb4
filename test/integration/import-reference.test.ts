/**
 * Names people type find the entity: the reference list of well-known organisations
 * (import/reference/organisations.csv, with its sidecar of provenance) imported over the seed
 * graph, then searched through the GraphQL API.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { projectRoot } from '@policygraph/db';
import { importListFile, type ImportReport } from '@policygraph/import';
import type { App } from '@policygraph/server';
import { testConnection } from '../support/neo4j.ts';
import { appOver, queryData, testDriver } from './api-helpers.ts';
import { freshSeedGraph } from './import-support.ts';

let driver: Driver;
let app: App;
let report: ImportReport;

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  report = await importListFile(driver, {
    format: 'reference',
    file: path.join(projectRoot, 'import', 'reference', 'organisations.csv'),
    asOf: '2026-12-01',
    database: testConnection().database,
  });
  app = appOver(driver);
}, 180_000);
afterAll(async () => {
  await driver?.close();
});

const SEARCH = /* GraphQL */ `
  query ($text: String!) {
    search(text: $text, first: 3) {
      matchedName
      node {
        id
        name
        ... on Actor {
          country
          wikidataId
        }
      }
    }
  }
`;

describe('the reference names of well-known organisations', () => {
  it('find Amazon Web Services by "AWS" and by its name', async () => {
    for (const text of ['AWS', 'Amazon Web Services', 'aws']) {
      const { search } = await queryData(app, SEARCH, { text });
      expect(search[0].node).toEqual({
        id: 'amazon-web-services',
        name: 'Amazon Web Services',
        country: 'US',
        wikidataId: 'Q456157',
      });
    }
  });

  it("join the article's nodes by the ordinary merge rules, adding only the Wikidata id and names", async () => {
    const byName = new Map(report.plan.outcomes.map((o) => [o.name, o]));
    expect([byName.get('Amazon')?.nodeId, byName.get('Amazon')?.rule]).toEqual([
      'amazon',
      'NAME_COUNTRY',
    ]);
    expect(byName.get('Alibaba Group')?.nodeId).toBe('alibaba');
    expect(byName.get('NVIDIA Corporation')?.nodeId).toBe('nvidia');
    const { search } = await queryData(app, SEARCH, { text: 'Amazon.com' });
    expect(search[0].node).toEqual({
      id: 'amazon',
      name: 'Amazon',
      country: 'US',
      wikidataId: 'Q3884',
    });
  });

  it('record the provenance its sidecar gives, each row naming its Wikidata page', async () => {
    const { node } = await queryData(
      app,
      `query ($id: ID!) { node(id: $id) { ... on Document { origin licence credit text } } }`,
      { id: report.documentId },
    );
    expect(node.credit).toBe('Wikidata');
    expect(node.licence).toContain('CC0');
    for (const line of node.text.trim().split('\n').slice(1))
      expect(line).toMatch(/,(Q\d+),https:\/\/www\.wikidata\.org\/wiki\/\1$/);
  });
});
