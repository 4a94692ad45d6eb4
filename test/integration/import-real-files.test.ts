/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
/**
 * The real files of ../shared/data (not ours; skipped where they are absent): each imports with no
 * row refused, every listing's evidence is its row, importing again changes nothing, and the
 * questions are answered through the GraphQL API, checked against the files read independently.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { importListFile, type FormatName, type ImportReport } from '@policygraph/import';
import type { App } from '@policygraph/server';
import { neo4j, testConnection } from '../support/neo4j.ts';
import { appOver, queryData, testDriver } from './api-helpers.ts';
import { REAL_FILES, freshSeedGraph, realFilesPresent } from './import-support.ts';

const database = testConnection().database;
let driver: Driver;
let app: App;
const reports = new Map<Exclude<FormatName, 'reference'>, ImportReport>();

async function importReal(format: Exclude<FormatName, 'reference'>): Promise<ImportReport> {
  const { file, asOf, source } = REAL_FILES[format];
  return importListFile(driver, { format, file, asOf, sourceFile: source, database });
}

/** The China listings file read on its own: `{Name, Country, Body, End date, ...}` per row. */
function cnRows(): Record<string, string>[] {
  return parse(readFileSync(REAL_FILES['cn-sanctions'].file), {
    columns: true,
    record_delimiter: ['\r\n', '\n'],
  });
}

describe.skipIf(!realFilesPresent())('the real files in ../shared/data', () => {
  beforeAll(async () => {
    driver = testDriver();
    await freshSeedGraph(driver);
    for (const format of [
      'cn-sanctions',
      'us-1260h',
      'us-special-leg',
      'federal-register',
    ] as const)
      reports.set(format, await importReal(format));
    app = appOver(driver);
  }, 240_000);
  afterAll(async () => {
    await driver?.close();
  });

  it('imports every row of every file, none refused', () => {
    expect([...reports].map(([format, r]) => [format, r.rows, r.rejected.length])).toEqual([
      ['cn-sanctions', 610, 0],
      ['us-1260h', 397, 0],
      ['us-special-leg', 443, 0],
      ['federal-register', 206, 0],
    ]);
  });

  it('gives every listing its rows as evidence, located in the file text', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (:Measure)-[r:LISTS]->(:Actor)
       UNWIND range(0, size(r.evidenceDocumentIds) - 1) AS i
       MATCH (d:Document {id: r.evidenceDocumentIds[i]})
       RETURN count(*) AS pieces, sum(CASE WHEN substring(d.text, r.evidenceStarts[i], r.evidenceEnds[i] - r.evidenceStarts[i]) = r.evidenceQuotes[i] THEN 1 ELSE 0 END) AS exact`,
      {},
      { database, routing: neo4j.routing.READ },
    );
    const [row] = records.map((record) => record.toObject());
    expect(row!.pieces.toNumber()).toBe(610 + 397 + 443);
    expect(row!.exact.toNumber()).toBe(row!.pieces.toNumber());
  });

  it('changes nothing when a file is imported again', async () => {
    const again = await importReal('cn-sanctions');
    expect([
      again.reimport,
      again.nodesCreated,
      again.relationshipsCreated,
      again.listingsAdded,
      again.delisted.length,
    ]).toEqual([true, 0, 0, 0, 0]);
  });

  it('merges renamed companies, the issuing bodies and one person listed twice, and keeps namesakes apart', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (a:Actor) WHERE a.id IN $ids
       RETURN a.id AS id, [i IN range(0, size(a.identityRules) - 1) WHERE a.identityRules[i] <> 'NEW' | a.identityRules[i] + ' ' + a.identityNames[i]] AS merges ORDER BY id`,
      {
        ids: [
          'zhonghang-electronic-measuring-instruments-company-limited',
          'hesai-technology-co-ltd',
          'mofcom',
          'mfa-china',
          'us-department-of-commerce',
          'barbara-borgonovi',
          'barbara-borgonovi-xx',
          'neil-o-brien',
          'robert-c-o-brien',
        ],
      },
      { database, routing: neo4j.routing.READ },
    );
    expect(Object.fromEntries(records.map((r) => [r.get('id'), r.get('merges')]))).toEqual({
      'zhonghang-electronic-measuring-instruments-company-limited': [
        'SAME_DATASET_NAME Zhonghang Electronic Measuring Instruments Company Limited',
        'SAME_DATASET_NAME AVIC Chengdu Aircraft Co., Ltd.',
      ],
      'hesai-technology-co-ltd': ['SAME_DATASET_NAME Hesai Group'],
      mofcom: ["ISSUING_BODY_TABLE Ministry of Commerce of the People's Republic of China"],
      'mfa-china': [
        "ISSUING_BODY_TABLE Ministry of Foreign Affairs of the People's Republic of China",
      ],
      'us-department-of-commerce': ['ISSUING_BODY_TABLE US Department of Commerce'],
      // One person, one role text (Raytheon's Naval Power unit), rows with and without a country:
      // merged by the match score. Namesakes with different Wikidata ids stay apart.
      'barbara-borgonovi': ['SCORE Barbara Borgonovi'],
      'neil-o-brien': [],
      'robert-c-o-brien': [],
    });
  });

  it('answers which US organisations MOFCOM or the Ministry of Foreign Affairs listed, and which were removed', async () => {
    // Rows of these bodies about organisations: those the row says are US, and those without a
    // country that name a US row's organisation (the same organisation, made one node): by its
    // Chinese name, or by its name when their Chinese names do not differ.
    const key = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    const rows = cnRows().filter(
      (r) =>
        ['Ministry of Commerce', 'Ministry of Foreign Affairs'].includes(r.Body!) &&
        r.Type !== 'Person',
    );
    const usRows = cnRows().filter((r) => r.Country === 'US');
    const usChinese = new Set(usRows.map((r) => key(r['Chinese name']!)).filter(Boolean));
    const usChineseByName = new Map<string, string[]>();
    for (const r of usRows)
      usChineseByName.set(key(r.Name!), [
        ...(usChineseByName.get(key(r.Name!)) ?? []),
        key(r['Chinese name']!),
      ]);
    const sameAsUs = (r: Record<string, string>) => {
      const chinese = key(r['Chinese name']!);
      if (chinese && usChinese.has(chinese)) return true;
      const others = usChineseByName.get(key(r.Name!));
      return others !== undefined && (!chinese || others.every((other) => other === ''));
    };
    const expected = rows.filter((r) => r.Country === 'US' || (r.Country === '' && sameAsUs(r)));
    const query = `query ($delisted: Boolean, $after: String) { listings(issuedBy: ["mofcom", "mfa-china"], country: "US", kinds: [COMPANY, ORGANIZATION], delisted: $delisted, first: 100, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { actor { name aliases } listedOn delistedOn evidence { quote } } } } }`;
    const all: any[] = [];
    let after: string | null = null;
    do {
      const { listings }: any = await queryData(app, query, { after });
      expect(listings.totalCount).toBe(expected.length);
      all.push(...listings.edges.map((edge: any) => edge.node));
      after = listings.pageInfo.hasNextPage ? listings.pageInfo.endCursor : null;
    } while (after);
    expect(all).toHaveLength(expected.length);
    expect(all.find((l) => l.actor.name === 'National Endowment for Democracy')).toMatchObject({
      listedOn: '2019-12-02',
    });
    for (const listing of all)
      expect(
        [listing.actor.name, ...listing.actor.aliases].some((name: string) =>
          listing.evidence[0].quote.includes(name),
        ),
      ).toBe(true);
    const removed = await queryData(app, query, { delisted: true });
    expect(removed.listings.totalCount).toBe(expected.filter((r) => r['End date'] !== '').length);
  });

  it('gives every listing of an actor on several lists, with issuing body, date and source row', async () => {
    const { search } = await queryData(
      app,
      `{ search(text: "洛克希德·马丁公司", kinds: [COMPANY], first: 1) { matchedName node { id name ... on Actor { listings { listName listedOn sourceUrl issuedBy { id } evidence { quote document { credit licence } } } } } } }`,
    );
    const [hit] = search;
    expect(hit.matchedName).toBe('洛克希德·马丁公司');
    expect(hit.node.name).toBe('Lockheed Martin Corporation');
    expect(hit.node.listings.map((l: any) => [l.listName, l.issuedBy[0].id, l.listedOn])).toEqual([
      ['List of Export Controls', 'mofcom', '2025-01-02'],
      ['Unreliable Entity List', 'mofcom', '2023-02-16'],
    ]);
    for (const listing of hit.node.listings) {
      expect(listing.evidence[0].quote).toContain('洛克希德·马丁公司');
      expect(listing.evidence[0].quote).toContain(listing.sourceUrl);
      expect(listing.evidence[0].document.licence).toMatch(/CC BY-NC 4\.0/);
    }
  });

  it('puts the article’s gallium and germanium control on MOFCOM’s timeline among its list measures', async () => {
    const { measures } = await queryData(
      app,
      '{ measures(issuedBy: "mofcom", first: 100) { totalCount edges { node { id announcedOn } } } }',
    );
    const dates = measures.edges.map((edge: any) => edge.node.announcedOn);
    expect(measures.edges.map((edge: any) => edge.node.id)).toContain(
      'cn-gallium-germanium-export-control',
    );
    expect(dates.filter(Boolean)).toEqual([...dates.filter(Boolean)].sort().reverse());
    const mofcomAnnouncements = new Set(
      cnRows()
        .filter((r) => r.Body === 'Ministry of Commerce')
        .map((r) => `${r.List}|${r.Date}|${r['Source URL']}`),
    );
    expect(measures.totalCount).toBe(mofcomAnnouncements.size + 1);
  });
});
