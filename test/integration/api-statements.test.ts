/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are JSON whose shape the assertions check. */
import { beforeAll, describe, expect, it } from 'vitest';
import { cypherRows, queryData } from './api-helpers.ts';
import { useSeededApi } from './seeded-api.ts';

const STATEMENTS = /* GraphQL */ `
  query Statements(
    $speaker: ID
    $about: ID
    $reportedIn: ID
    $from: Date
    $to: Date
    $first: Int
    $after: String
  ) {
    statements(
      speaker: $speaker
      about: $about
      reportedIn: $reportedIn
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          quote
          form
          date
          datePrecision
          speaker {
            id
            name
          }
          saidTo {
            id
          }
          about {
            id
          }
          reportedIn {
            id
          }
          attribution {
            id
            kind
          }
          evidence {
            quote
            start
            end
            document {
              id
              text
            }
          }
        }
      }
    }
  }
`;

const api = useSeededApi();
let measureId: string;

beforeAll(async () => {
  const [measure] = await cypherRows(
    api.driver,
    "MATCH (m:Measure)-[:ISSUED_BY]->(:Agency {id: 'mofcom'}) WHERE any(n IN [m.name] + m.aliases WHERE n CONTAINS 'gallium') RETURN m.id AS id",
  );
  measureId = measure!.id;
});

async function statements(variables: Record<string, unknown>) {
  return (await queryData(api.app, STATEMENTS, variables)).statements;
}

describe('statements', () => {
  it("about China's gallium and germanium control include ones by Mao Ning and by Wang Wenbin", async () => {
    const page = await statements({ about: measureId, first: 100 });
    const speakers = page.edges.map((edge: any) => edge.node.speaker?.name);
    expect(speakers).toContain('Mao Ning');
    expect(speakers).toContain('Wang Wenbin');
    const [count] = await cypherRows(
      api.driver,
      'MATCH (s:Statement)-[:ABOUT]->(:Entity {id: $id}) RETURN count(s) AS n',
      { id: measureId },
    );
    expect(page.totalCount).toBe(Number(count!.n));
    for (const { node } of page.edges) {
      expect(node.about.map((a: any) => a.id)).toContain(measureId);
      expect(node.evidence.length).toBeGreaterThan(0);
      for (const evidence of node.evidence)
        expect(evidence.document.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    }
  });

  it('filters by speaker and by reporting document', async () => {
    const byMao = await statements({ speaker: 'mao-ning' });
    expect(byMao.totalCount).toBeGreaterThan(0);
    expect(byMao.edges.every((edge: any) => edge.node.speaker.id === 'mao-ning')).toBe(true);
    const [doc] = await cypherRows(
      api.driver,
      'MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, COUNT { (d)<-[:REPORTED_IN]-(:Statement) } AS n',
    );
    const inDoc = await statements({ reportedIn: doc!.id, first: 100 });
    expect(inDoc.totalCount).toBe(Number(doc!.n));
    expect(
      inDoc.edges.every((edge: any) => edge.node.reportedIn.some((d: any) => d.id === doc!.id)),
    ).toBe(true);
  });

  it('filters by date range, inclusive', async () => {
    const [dated] = await cypherRows(
      api.driver,
      'MATCH (s:Statement) WHERE s.date IS NOT NULL RETURN s.id AS id, toString(s.date) AS date LIMIT 1',
    );
    const same = await statements({ from: dated!.date, to: dated!.date, first: 100 });
    expect(same.edges.map((edge: any) => edge.node.id)).toContain(dated!.id);
    expect(same.edges.every((edge: any) => edge.node.date === dated!.date)).toBe(true);
    const [range] = await cypherRows(
      api.driver,
      "MATCH (s:Statement) WHERE date('2023-07-04') <= s.date <= date('2023-07-31') RETURN count(s) AS n",
    );
    expect((await statements({ from: '2023-07-04', to: '2023-07-31', first: 1 })).totalCount).toBe(
      Number(range!.n),
    );
  });

  it('pages through all statements with cursors, newest first, none twice', async () => {
    const [total] = await cypherRows(api.driver, 'MATCH (s:Statement) RETURN count(s) AS n');
    const seen: string[] = [];
    const dates: (string | null)[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const result: any = await statements({ first: 4, after });
      expect(result.totalCount).toBe(Number(total!.n));
      expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
      for (const edge of result.edges) {
        seen.push(edge.node.id);
        dates.push(edge.node.date);
      }
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(Number(total!.n));
    expect(new Set(seen).size).toBe(seen.length);
    const datedOnly = dates.filter((d): d is string => d !== null);
    expect(datedOnly).toEqual([...datedOnly].sort().reverse());
    expect(dates.slice(datedOnly.length).every((d) => d === null)).toBe(true);
  });

  it('attributes a relayed report from the publishing outlet through the report and its outlet to the cited source', async () => {
    const [expected] = await cypherRows(
      api.driver,
      `MATCH (s:Statement)-[:SAID_BY]->(source:UnnamedSource)
       MATCH (primary:Document {id: s.evidenceDocumentIds[0]})-[:PUBLISHED_BY]->(outlet)
       MATCH (primary)-[:RELAYS]->(report:Document)<-[:REPORTED_IN]-(s)
       MATCH (report)-[:PUBLISHED_BY]->(reportOutlet)
       MATCH (report)-[:CITES]->(source)
       RETURN s.id AS statement, [outlet.id, report.id, reportOutlet.id, source.id] AS chain LIMIT 1`,
    );
    const { node } = await queryData(
      api.app,
      'query ($id: ID!) { node(id: $id) { ... on Statement { attribution { id kind name } } } }',
      {
        id: expected!.statement,
      },
    );
    expect(node.attribution.map((n: any) => n.id)).toEqual(expected!.chain);
    expect(node.attribution.map((n: any) => n.kind)).toEqual([
      'MEDIA_OUTLET',
      'DOCUMENT',
      'MEDIA_OUTLET',
      'UNNAMED_SOURCE',
    ]);
    expect(node.attribution.map((n: any) => n.name.toLowerCase())).toEqual(
      expect.arrayContaining([
        'tmtpost',
        'the wall street journal',
        'people familiar with the matter',
      ]),
    );
  });

  it('returns an empty page for unknown ids', async () => {
    const page = await statements({ speaker: 'no-such-person' });
    expect(page).toEqual({
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
      edges: [],
    });
  });
});
