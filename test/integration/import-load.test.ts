/**
 * Importing lists into a real Neo4j: evidence offsets, idempotency, merges with the article's
 * graph, refusal of bad files with nothing written, --accept-valid, newer versions and rollback.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { ImportRefusedError, rejectsCsv } from '@policygraph/import';
import { neo4j, testConnection, testDriver } from '../support/neo4j.ts';
import { dumpGraph } from './seed-support.ts';
import { freshSeedGraph, importAllFixtures, importFixtureFile } from './import-support.ts';

const database = testConnection().database;
let driver: Driver;

async function rows(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, {
    database,
    routing: neo4j.routing.READ,
  });
  return records.map((record) => record.toObject());
}

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
});

describe('importing our fixtures', () => {
  beforeAll(async () => {
    await freshSeedGraph(driver);
    await importAllFixtures(driver);
  });

  it('stores each file as a DATASET document whose text the evidence of every listing indexes', async () => {
    const bad = await rows(`
      MATCH (:Measure)-[r:LISTS]->(:Actor)
      UNWIND range(0, size(r.evidenceDocumentIds) - 1) AS i
      MATCH (d:Document {id: r.evidenceDocumentIds[i]})
      WITH r, i, d WHERE d.documentType <> 'DATASET' OR substring(d.text, r.evidenceStarts[i], r.evidenceEnds[i] - r.evidenceStarts[i]) <> r.evidenceQuotes[i]
      RETURN r.id AS id`);
    expect(bad).toEqual([]);
    const documents = await rows(
      "MATCH (d:Document {documentType: 'DATASET'}) RETURN d.importFormat AS format, d.licence AS licence, d.attribution AS attribution ORDER BY format",
    );
    expect(documents.map((d) => d.format)).toEqual([
      'cn-sanctions',
      'federal-register',
      'us-1260h',
      'us-special-leg',
    ]);
    for (const d of documents) expect(d.licence && d.attribution).toBeTruthy();
    const [count] = await rows('MATCH ()-[r:LISTS]->() RETURN count(r) AS n');
    expect(count!.n.toNumber()).toBe(12 + 5 + 4);
  });

  it('merges the Ministry of Commerce of the lists into the article’s mofcom, and records the rule', async () => {
    const [mofcom] = await rows(
      "MATCH (m:Agency {id: 'mofcom'}) RETURN m.name AS name, m.identityRules AS rules, m.identityKeys AS keys, COUNT { (:Measure)-[:ISSUED_BY]->(m) } AS measures",
    );
    expect(mofcom!.name).toBe("Ministry of Commerce of the People's Republic of China");
    expect(mofcom!.rules).toEqual(['ISSUING_BODY_TABLE']);
    expect(mofcom!.keys).toEqual(['body:mofcom']);
    expect(mofcom!.measures.toNumber()).toBe(1 + 3); // the article's gallium and germanium control, three list announcements
    const ministries = await rows(
      "MATCH (a:Actor) WHERE 'ministry of commerce' IN [x IN a.names | toLower(x)] OR a.name = 'US Department of Commerce' RETURN a.id AS id, a.country AS country ORDER BY id",
    );
    expect(ministries).toEqual([
      { id: 'ministry-of-commerce', country: 'IN' },
      { id: 'mofcom', country: 'CN' },
      { id: 'us-department-of-commerce', country: 'US' },
    ]);
  });

  it('makes one node of an actor from two formats by name and country, and leaves a country-less match for review', async () => {
    const [kestrel] = await rows(
      "MATCH (a:Actor {id: 'kestrel-optics-gmbh'}) RETURN a.identityRules AS rules, a.identityDatasets AS datasets, COUNT { ()-[:LISTS]->(a) } AS listings",
    );
    expect(kestrel).toMatchObject({
      rules: ['NEW', 'NAME_COUNTRY'],
      datasets: [
        'cn-sanctions',
        'us-special-leg:section-9999-of-the-example-research-security-act',
      ],
    });
    expect(kestrel!.listings.toNumber()).toBe(2);
    const alibaba = await rows(
      "MATCH (a:Actor) WHERE 'Alibaba' IN a.names RETURN a.id AS id ORDER BY id",
    );
    expect(alibaba.map((a) => a.id)).toEqual(['alibaba', 'alibaba-group-holding-limited']);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await dumpGraph(driver, database);
    const reports = await importAllFixtures(driver);
    expect(
      reports.map((r) => [r.reimport, r.nodesCreated, r.relationshipsCreated, r.delisted.length]),
    ).toEqual(Array(4).fill([true, 0, 0, 0]));
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});

describe('refusals', () => {
  beforeEach(async () => {
    await freshSeedGraph(driver);
  });

  it('refuses a file with unreadable rows, naming file, row and reason, and writes nothing', async () => {
    const before = await dumpGraph(driver, database);
    const error = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-bad.csv').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportRefusedError);
    const { code, lines } = error as ImportRefusedError;
    expect(code).toBe('INVALID_ROWS');
    expect(lines).toEqual([
      expect.stringMatching(
        /cn-sanctions-bad\.csv: row 2 \(line 3\): Date: "31\.02\.2023" is not a day of the calendar$/,
      ),
      expect.stringMatching(
        /row 3 \(line 4\): Country: "Atlantis" is neither an ISO 3166-1 alpha-2 code, a country name nor a nationality$/,
      ),
      expect.stringMatching(
        /row 4 \(line 5\): QID: "Q12x" is not a Wikidata item id \(Q followed by digits\)$/,
      ),
      expect.stringMatching(
        /row 5 \(line 6\): the row cannot be read as CSV: it has 16 field\(s\) where the header has 15$/,
      ),
      expect.stringMatching(/cn-sanctions-bad\.csv: 4 of 6 row\(s\) refused\.$/),
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('loads the valid rows with acceptValid, and gives the refused ones with their text', async () => {
    const report = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-bad.csv', {
      acceptValid: true,
    });
    expect(report.rejected.map((p) => p.row)).toEqual([2, 3, 4, 5]);
    expect(report.plan.listingIds).toHaveLength(2);
    expect(report.delistingSkipped).toBe(true);
    const csv = rejectsCsv('bad.csv', report.rejected);
    expect(csv.split('\n')[0]).toBe('file,row,line,field,reason,text');
    expect(csv).toContain(
      'bad.csv,5,6,,the row cannot be read as CSV: it has 16 field(s) where the header has 15,',
    );
    expect(csv).toContain(
      '"Company,,Too Many Fields,,,US,export.control,,,Ministry of Commerce,UEL,01.03.2023,,https://www.mofcom.example.cn/x.html,,extra"',
    );
  });

  it('rolls the whole file back when a write fails (a node of another kind holds a measure id)', async () => {
    await driver.executeQuery(
      "CREATE (:Entity:Item {id: 'us-department-of-defense-section-1260h-list-2025-01-07', kind: 'ITEM', name: 'x'})",
      {},
      { database },
    );
    const before = await dumpGraph(driver, database);
    const error = await importFixtureFile(driver, 'us-1260h', 'us-1260h.csv').catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ code: 'KIND_CONFLICT' });
    expect((error as Error).message).toContain(
      '"us-department-of-defense-section-1260h-list-2025-01-07" is stored as ITEM, here MEASURE',
    );
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});

describe('a newer version of a list', () => {
  beforeAll(async () => {
    await freshSeedGraph(driver);
    await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv', { asOf: '2026-08-22' });
  });

  it('records additions and delists what it no longer states, as of its date', async () => {
    const report = await importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-v2.csv', {
      asOf: '2026-10-15',
    });
    expect(report.listingsAdded).toBe(1);
    expect(report.delisted).toEqual([
      expect.stringMatching(
        /^mofcom-list-of-export-controls-2025-01-02-[0-9a-f]{6}\|LISTS\|skyline-sensors-llc$/,
      ),
    ]);
    const [skyline] = await rows(
      "MATCH (:Measure)-[r:LISTS]->(:Actor {id: 'skyline-sensors-llc'}) RETURN toString(r.delistedOn) AS on, r.delistedBasis AS basis, r.delistedIn AS doc, size(r.evidenceDocumentIds) AS evidence",
    );
    expect(skyline).toMatchObject({
      on: '2026-10-15',
      basis: 'ABSENT_FROM_LATER_VERSION',
      doc: report.documentId,
    });
    expect(skyline!.evidence.toNumber()).toBe(1);
    const [northwind] = await rows(
      "MATCH (:Measure)-[r:LISTS]->(:Actor {id: 'northwind-aerospace-inc'}) WHERE r.listName = 'Unreliable Entity List' RETURN r.delistedOn AS on, r.evidenceDocumentIds AS docs",
    );
    expect(northwind!.on).toBeNull();
    expect(northwind!.docs).toHaveLength(2); // the row in both versions
  });

  it('refuses an older version once a newer one is loaded, and the same file under another date', async () => {
    const before = await dumpGraph(driver, database);
    await expect(
      importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions.csv', { asOf: '2026-09-01' }),
    ).rejects.toMatchObject({ code: 'AS_OF_CHANGED' });
    const older = importFixtureFile(driver, 'cn-sanctions', 'cn-sanctions-bad.csv', {
      asOf: '2026-01-01',
      acceptValid: true,
    });
    await expect(older).rejects.toMatchObject({ code: 'OLDER_VERSION' });
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});
