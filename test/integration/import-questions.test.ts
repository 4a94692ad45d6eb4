/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
/**
 * The questions the lists must answer, through the GraphQL API, on the seed graph plus our fixtures
 * in the four formats (test/fixtures/import).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { appOver, postGraphQL, queryData, testDriver } from './api-helpers.ts';
import { FIXTURE_SOURCE, freshSeedGraph, importAllFixtures } from './import-support.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  await importAllFixtures(driver);
  app = appOver(driver);
});
afterAll(async () => {
  await driver?.close();
});

const LISTING_FIELDS = /* GraphQL */ `
  id listName listedOn listedOnPrecision delistedOn delistedBasis sourceUrl dataset
  actor { id name country kind }
  measure { id name announcedOn url }
  issuedBy { id }
  evidence { quote start end document { id documentType text credit licence origin } }
`;

describe('which US organisations did China’s MFA or MOFCOM list, and when; which were removed', () => {
  const QUERY = /* GraphQL */ `
    query ($delisted: Boolean) {
      listings(issuedBy: ["mofcom", "mfa-china"], country: "US", kinds: [COMPANY, ORGANIZATION], delisted: $delisted, first: 100) {
        totalCount
        edges { node { ${LISTING_FIELDS} } }
      }
    }
  `;

  it('lists every one with its issuing body and date, most recent first', async () => {
    const { listings } = await queryData(app, QUERY);
    const seen = listings.edges.map(({ node }: any) => [
      node.actor.name,
      node.issuedBy.map((b: any) => b.id).join(),
      node.listedOn,
    ]);
    expect(seen).toEqual([
      ['Northwind Aerospace, Inc.', 'mofcom', '2025-01-02'],
      ['Skyline Sensors LLC', 'mofcom', '2025-01-02'],
      ['Harbor Drone Works', 'mofcom', '2023-02-16'],
      ['Northwind Aerospace, Inc.', 'mofcom', '2023-02-16'],
      ['Northwind Aerospace, Inc.', 'mfa-china', '2021-03-22'],
      ['Pacific Democracy Forum', 'mfa-china', '2019-12-02'],
    ]);
    expect(listings.totalCount).toBe(6);
  });

  it('tells which were removed, when and on what basis', async () => {
    const { listings } = await queryData(app, QUERY, { delisted: true });
    expect(
      listings.edges.map(({ node }: any) => [
        node.actor.name,
        node.listedOn,
        node.delistedOn,
        node.delistedBasis,
      ]),
    ).toEqual([['Harbor Drone Works', '2023-02-16', '2024-05-15', 'END_DATE_IN_SOURCE']]);
  });

  it('refuses a malformed country with BAD_USER_INPUT naming the argument', async () => {
    const { body } = await postGraphQL(app, '{ listings(country: "usa") { totalCount } }');
    expect(body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argumentName: 'country' },
    });
  });
});

describe('an actor on several lists', () => {
  it('gives every listing with its issuing body, date and source row', async () => {
    const { node } = await queryData(
      app,
      `{ node(id: "northwind-aerospace-inc") { ... on Actor { name aliases country listings { ${LISTING_FIELDS} } identities { row rule key name dataset document { id } } } } }`,
    );
    expect(node.aliases).toEqual(
      expect.arrayContaining(['Northwind', '诺斯温德航空航天公司', 'Northwind Aerospace Inc']),
    );
    expect(node.listings.map((l: any) => [l.listName, l.issuedBy[0].id, l.listedOn])).toEqual([
      ['List of Export Controls', 'mofcom', '2025-01-02'],
      ['Unreliable Entity List', 'mofcom', '2023-02-16'],
      ['Countermeasures under the Anti-Foreign Sanctions Law', 'mfa-china', '2021-03-22'],
    ]);
    for (const listing of node.listings) {
      const [evidence] = listing.evidence;
      expect(evidence.document.documentType).toBe('DATASET');
      expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      expect(evidence.quote).toContain('诺斯温德航空航天公司');
      expect(evidence.quote).toContain(listing.sourceUrl);
      expect(evidence.document.licence).toBe(FIXTURE_SOURCE.licence);
    }
    expect(node.identities.map((i: any) => [i.row, i.rule])).toEqual([
      [2, 'NEW'],
      [3, 'NAME_COUNTRY'],
      [4, 'NAME_COUNTRY'],
    ]);
  });

  it('shows a company of two formats (China’s watch list and a US list) as one node with both listings', async () => {
    const { node } = await queryData(
      app,
      `{ node(id: "kestrel-optics-gmbh") { ... on Actor { country listings { issuedBy { id } measure { name } } } } }`,
    );
    expect(node.country).toBe('DE');
    expect(node.listings.map((l: any) => l.issuedBy[0].id).sort()).toEqual([
      'mofcom',
      'us-congress',
    ]);
  });
});

describe('the timeline of measures issued by MOFCOM', () => {
  it('has the list announcements and the article’s gallium and germanium control, newest first', async () => {
    const { measures } = await queryData(
      app,
      '{ measures(issuedBy: "mofcom", first: 100) { totalCount edges { node { id name announcedOn measureTypes listName url } } } }',
    );
    const timeline = measures.edges.map(({ node }: any) => [
      node.announcedOn,
      node.listName ?? node.id,
    ]);
    expect(timeline).toEqual([
      ['2026-06-29', 'Export Control Watch List'],
      ['2025-01-02', 'List of Export Controls'],
      ['2023-07-03', 'cn-gallium-germanium-export-control'],
      ['2023-02-16', 'Unreliable Entity List'],
    ]);
    expect(measures.edges[3].node.measureTypes).toEqual(['LISTING', 'SANCTION']);
  });

  it('includes the Bureau of Industry and Security rules read from the Federal Register', async () => {
    const { measures } = await queryData(
      app,
      '{ measures(issuedBy: "us-bureau-of-industry-and-security") { edges { node { id announcedOn documentNumber url statusHistory { status asOf reportedBy { id title url } } } } } }',
    );
    expect(
      measures.edges.map(({ node }: any) => [
        node.id,
        node.announcedOn,
        node.statusHistory[0].reportedBy.id,
      ]),
    ).toEqual([
      ['fr-2023-90004', '2023-10-25', 'federal-register-2023-90004'],
      ['fr-2023-90001', '2023-02-16', 'federal-register-2023-90001'],
    ]);
  });
});

describe('everything the lists say about a company searched by its Chinese name', () => {
  it('finds it by the Chinese name and reaches every listing with its row and provenance', async () => {
    const { search } = await queryData(
      app,
      `{ search(text: "诺斯温德航空航天公司", first: 3) { matchedName node { id ... on Actor { listings { listedOn issuedBy { name } evidence { quote document { credit origin } } } } } } }`,
    );
    expect(search[0].matchedName).toBe('诺斯温德航空航天公司');
    expect(search[0].node.id).toBe('northwind-aerospace-inc');
    expect(search[0].node.listings).toHaveLength(3);
    for (const listing of search[0].node.listings)
      expect(listing.evidence[0].document).toMatchObject({
        credit: FIXTURE_SOURCE.credit,
        origin: FIXTURE_SOURCE.origin,
      });
  });

  it('shows LISTS relationships with their dates in a neighbourhood', async () => {
    const { neighborhood } = await queryData(
      app,
      '{ neighborhood(ids: ["harbor-drone-works"], relationshipTypes: [LISTS]) { relationships { type source target listedOn delistedOn sourceUrl listName } } }',
    );
    expect(neighborhood.relationships).toEqual([
      expect.objectContaining({
        type: 'LISTS',
        target: 'harbor-drone-works',
        listedOn: '2023-02-16',
        delistedOn: '2024-05-15',
        listName: 'Unreliable Entity List',
        sourceUrl: 'https://www.mofcom.example.cn/uel/20230216.html',
      }),
    ]);
  });
});
