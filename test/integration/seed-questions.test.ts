/**
 * Questions the seeded graph answers in Cypher: who said what to whom, what a measure covers and
 * from when, whom a rule would apply to, and where a claim comes from.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '@policygraph/graph-seed';
import { neo4j, testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';

const database = testConnection().database;
let driver: Driver;

async function ask(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const { records } = await driver.executeQuery(cypher, params, {
    database,
    routing: neo4j.routing.READ,
  });
  return records.map((record) => record.toObject());
}

beforeAll(async () => {
  driver = testDriver();
  await wipeDatabase(driver);
  await seedDatabase(driver, { database });
});

afterAll(async () => {
  await driver?.close();
});

describe("questions over the article's graph", () => {
  it("who said the curb could not have any meaningful impact on China's AI sector, and to which outlet", async () => {
    const answers = await ask(
      `MATCH (s:Statement)-[:SAID_BY]->(speaker:Person)
       WHERE s.quote CONTAINS 'could not have any meaningful impact on AI sector in China'
       MATCH (s)-[:SAID_TO]->(outlet:MediaOutlet)
       MATCH (s)-[:ABOUT]->(curb:Measure)
       MATCH (speaker)-[role:HOLDS_ROLE]->(org)
       RETURN speaker.name AS speaker, outlet.name AS outlet, s.form AS form, curb.id AS curb,
              role.role AS role, org.name AS organisation`,
    );
    expect(answers).toEqual([
      {
        speaker: 'Xiang Ligang',
        outlet: 'Global Times',
        form: 'PARAPHRASE',
        curb: 'us-cloud-ai-compute-rule',
        role: 'director-general',
        organisation: 'Information Consumption Alliance',
      },
    ]);
  });

  it('which items the gallium and germanium control covers, and from what date', async () => {
    const [answer] = await ask(
      `MATCH (m:Measure)-[:ISSUED_BY]->(:Agency)-[:PART_OF]->(:Government)-[:GOVERNS]->(:CountryOrBloc {id: 'china'})
       WHERE m.name CONTAINS 'gallium'
       MATCH (m)-[:COVERS]->(item:Item)-[:KIND_OF]->(group:Item)
       RETURN toString(m.effectiveOn) AS effectiveOn, toString(m.announcedOn) AS announcedOn,
              group.name AS group, collect(item.name) AS items
       ORDER BY group`,
    );
    const answers = await ask(
      `MATCH (m:Measure {id: 'cn-gallium-germanium-export-control'})-[:COVERS]->(item:Item)-[:KIND_OF]->(group:Item)
       WITH m, group, item ORDER BY item.name
       RETURN toString(m.effectiveOn) AS effectiveOn, group.name AS group, collect(item.name) AS items ORDER BY group`,
    );
    expect(answer).toMatchObject({ effectiveOn: '2023-08-01', announcedOn: '2023-07-03' });
    expect(answers).toEqual([
      {
        effectiveOn: '2023-08-01',
        group: 'Gallium-related items',
        items: ['Gallium metal', 'Gallium nitride', 'Gallium oxide', 'Gallium phosphide'],
      },
      {
        effectiveOn: '2023-08-01',
        group: 'Germanium-related items',
        items: [
          'Germanium dioxide',
          'Germanium metal',
          'Zinc germanium phosphide',
          'Zone refined ingots',
        ],
      },
    ]);
  });

  it('which cloud providers the reported US rule would apply to', async () => {
    const answers = await ask(
      `MATCH (rule:Measure)-[:CONSIDERED_BY]->(:Government)-[:GOVERNS]->(:CountryOrBloc {id: 'united-states'})
       WHERE 'PROPOSED_RULE' IN rule.measureTypes
       MATCH (rule)-[:COVERS]->(service:Item {itemType: 'SERVICE'})
       MATCH (rule)-[:APPLIES_TO]->(provider:Company)
       WHERE (service)-[:PROVIDED_BY]->(provider)
       RETURN rule.status AS status, provider.name AS provider ORDER BY provider`,
    );
    expect(answers).toEqual([
      { status: 'UNDER_CONSIDERATION', provider: 'Amazon' },
      { status: 'UNDER_CONSIDERATION', provider: 'Microsoft' },
    ]);
  });

  it('traces the rule back through the WSJ report to people familiar with the matter', async () => {
    const answers = await ask(
      `MATCH (article:Document)-[:RELAYS]->(report:Document)-[:CITES]->(source:UnnamedSource)
       MATCH (article)-[:PUBLISHED_BY]->(outlet), (report)-[:PUBLISHED_BY]->(reportOutlet)
       MATCH (s:Statement)-[:SAID_BY]->(source)
       WHERE (s)-[:REPORTED_IN]->(article) AND (s)-[:REPORTED_IN]->(report)
       MATCH (s)-[:ABOUT]->(:Measure {id: 'us-cloud-ai-compute-rule'})
       RETURN outlet.name AS outlet, reportOutlet.name AS relayed, source.name AS source, report.publishedOn AS date`,
    );
    expect(answers).toEqual([
      {
        outlet: 'TMTPost',
        relayed: 'The Wall Street Journal',
        source: 'People familiar with the matter',
        date: null,
      },
    ]);
  });

  it('shows the evidence of an answer: the quote and offsets into the article text', async () => {
    const [answer] = await ask(
      `MATCH (:Person {id: 'xiang-ligang'})<-[:SAID_BY]-(s:Statement)-[told:SAID_TO]->(:MediaOutlet {id: 'global-times'})
       WHERE s.quote STARTS WITH 'the reported looming curb'
       MATCH (d:Document {id: told.evidenceDocumentIds[0]})
       RETURN told.evidenceQuotes AS quotes,
              [i IN range(0, size(told.evidenceQuotes) - 1) |
                substring(d.text, told.evidenceStarts[i], told.evidenceEnds[i] - told.evidenceStarts[i])] AS sliced`,
    );
    expect(answer!.quotes).toContain('told the state-backed newspaper the Global Times');
    expect(answer!.sliced).toEqual(answer!.quotes);
  });
});
