/**
 * Search ranking, CJK matching, paging and counts by kind, and `Node.disambiguation`, on the seed
 * graph plus fixtures of our own written here: rules whose titles start with "Commerce Control
 * List", an authority whose alias is "Commerce", names in Chinese script that share only one
 * character or one pair of characters with a searched name, and two list announcements of one name
 * and day.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { appOver, cypherRows, loadSeedGraph, queryData, testDriver } from './api-helpers.ts';

const CONNECTION = /* GraphQL */ `
  query Find($text: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
    searchConnection(text: $text, kinds: $kinds, first: $first, after: $after) {
      totalCount
      kindCounts {
        kind
        count
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      edges {
        cursor
        matchedName
        node {
          id
          kind
          name
          disambiguation
        }
      }
    }
  }
`;

interface Page {
  totalCount: number;
  kindCounts: { kind: string; count: number }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: {
    cursor: string;
    matchedName: string;
    node: { id: string; kind: string; name: string; disambiguation: string | null };
  }[];
}

/** A node of the fixture: labels, then properties (the loader's `names` is written too). */
const FIXTURE_NODES: [string, Record<string, unknown>][] = [
  [
    'Entity:Actor:Agency',
    {
      id: 'fx-trade-office',
      kind: 'AGENCY',
      name: 'Ruritanian Trade Office',
      aliases: ['Commerce'],
      country: 'RU',
    },
  ],
  [
    'Entity:Measure',
    {
      id: 'fx-ccl-a',
      kind: 'MEASURE',
      name: 'Commerce Control List: Fixture Revision',
      announcedOn: '2024-02-01',
    },
  ],
  [
    'Entity:Measure',
    {
      id: 'fx-ccl-b',
      kind: 'MEASURE',
      name: 'Commerce Control List: Fixture Clarification',
      announcedOn: '2024-03-01',
    },
  ],
  [
    'Entity:Document',
    {
      id: 'fx-ccl-doc',
      kind: 'DOCUMENT',
      name: 'Commerce Control List: Fixture Revision',
      title: 'Commerce Control List: Fixture Revision',
      documentType: 'ANNOUNCEMENT',
      publishedOn: '2024-02-01',
    },
  ],
  [
    'Entity:Actor:Person',
    { id: 'fx-twinington', kind: 'PERSON', name: 'Fixture Twinington', aliases: ['特温宁'] },
  ],
  [
    'Entity:Actor:Organization',
    {
      id: 'fx-business-alliance',
      kind: 'ORGANIZATION',
      name: 'Fixture Business Alliance',
      aliases: ['责任商业联盟'],
    },
  ],
  [
    'Entity:Actor:Organization',
    {
      id: 'fx-foreign-office',
      kind: 'ORGANIZATION',
      name: 'Fixture Foreign Office',
      aliases: ['外务部协会'],
    },
  ],
  [
    'Entity:Measure',
    {
      id: 'fx-list-1',
      kind: 'MEASURE',
      name: 'Fixture Ministry: Watch List, 2024-05-20',
      announcedOn: '2024-05-20',
    },
  ],
  [
    'Entity:Measure',
    {
      id: 'fx-list-2',
      kind: 'MEASURE',
      name: 'Fixture Ministry: Watch List, 2024-05-20',
      announcedOn: '2024-05-20',
    },
  ],
  [
    'Entity:Actor:Company',
    { id: 'fx-listed-alpha', kind: 'COMPANY', name: 'Alpha Fixture Systems', country: 'US' },
  ],
  [
    'Entity:Actor:Company',
    { id: 'fx-listed-beta', kind: 'COMPANY', name: 'Beta Fixture Aeronautics', country: 'US' },
  ],
];
const FIXTURE_RELATIONSHIPS: [string, string, string][] = [
  ['fx-ccl-a', 'ISSUED_BY', 'fx-trade-office'],
  ['fx-list-1', 'ISSUED_BY', 'fx-trade-office'],
  ['fx-list-2', 'ISSUED_BY', 'fx-trade-office'],
  ['fx-list-1', 'LISTS', 'fx-listed-alpha'],
  ['fx-list-2', 'LISTS', 'fx-listed-beta'],
];

let driver: Driver;
let app: App;

beforeAll(async () => {
  driver = testDriver();
  await loadSeedGraph(driver);
  for (const [labels, props] of FIXTURE_NODES) {
    const dates = ['announcedOn', 'publishedOn'].filter((key) => key in props);
    await cypherRows(
      driver,
      `CREATE (n:${labels}) SET n = $props, n.names = [$props.name] + coalesce($props.aliases, [])` +
        dates.map((key) => `, n.${key} = date($props.${key})`).join(''),
      { props: { aliases: [], ...props } },
    );
  }
  for (const [from, type, to] of FIXTURE_RELATIONSHIPS) {
    await cypherRows(
      driver,
      `MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) CREATE (a)-[:${type} {id: $from + '|${type}|' + $to, evidenceDocumentIds: [], evidenceQuotes: [], evidenceStarts: [], evidenceEnds: []}]->(b)`,
      { from, to },
    );
  }
  app = appOver(driver);
});
afterAll(async () => {
  await driver?.close();
});

async function find(text: string, extra: Record<string, unknown> = {}): Promise<Page> {
  return (await queryData<{ searchConnection: Page }>(app, CONNECTION, { text, ...extra }))
    .searchConnection;
}

describe('search ranks what people mean', () => {
  it("'Commerce': the authority whose alias it is, then the commerce authorities, before rules and documents", async () => {
    const page = await find('Commerce', { first: 20 });
    const kinds = page.edges.map((edge) => edge.node.kind);
    expect(page.edges[0]?.node.id).toBe('fx-trade-office');
    expect(page.edges[0]?.matchedName).toBe('Commerce');
    expect(
      page.edges
        .slice(1, 3)
        .map((edge) => edge.node.id)
        .sort(),
    ).toEqual(['mofcom', 'us-department-of-commerce']);
    const firstOther = kinds.findIndex((kind) => kind === 'MEASURE' || kind === 'DOCUMENT');
    expect(firstOther).toBe(3);
    expect(page.edges.map((edge) => edge.node.id)).toEqual(
      expect.arrayContaining(['fx-ccl-a', 'fx-ccl-b', 'fx-ccl-doc']),
    );
    // at equal match, measures before documents, and the shorter title first
    const order = page.edges.map((edge) => edge.node.id);
    expect(order.indexOf('fx-ccl-a')).toBeLessThan(order.indexOf('fx-ccl-doc'));
    expect(order.indexOf('fx-ccl-a')).toBeLessThan(order.indexOf('fx-ccl-b'));
  });

  it('Chinese input never returns names sharing only one character or one pair of characters', async () => {
    const mao = await find('毛宁');
    expect(mao.edges.map((edge) => edge.node.id)).toEqual(['mao-ning']);
    expect(mao.edges[0]?.matchedName).toBe('毛宁');
    const mofcom = await find('商务部');
    const ids = mofcom.edges.map((edge) => edge.node.id);
    expect(ids[0]).toBe('mofcom');
    expect(ids).not.toContain('fx-business-alliance');
    expect(ids).not.toContain('fx-foreign-office');
    for (const edge of mofcom.edges) expect(edge.matchedName).toContain('商务部');
    // the names are still found by what they do hold
    expect((await find('特温宁')).edges.map((edge) => edge.node.id)).toEqual(['fx-twinington']);
    expect((await find('外务部')).edges.map((edge) => edge.node.id)).toContain('fx-foreign-office');
  });

  it('pages through every hit with cursors, and counts them by kind', async () => {
    const all = await find('Commerce', { first: 50 });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = await find('Commerce', { first: 2, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.totalCount).toBe(all.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
    expect(all.kindCounts.reduce((sum, entry) => sum + entry.count, 0)).toBe(all.totalCount);
    const measures = all.kindCounts.find((entry) => entry.kind === 'MEASURE')?.count;
    const onlyMeasures = await find('Commerce', { kinds: ['MEASURE'], first: 50 });
    expect(onlyMeasures.totalCount).toBe(measures);
    expect(onlyMeasures.kindCounts).toEqual(all.kindCounts);
    expect(onlyMeasures.edges.every((edge) => edge.node.kind === 'MEASURE')).toBe(true);
  });
});

describe('Node.disambiguation', () => {
  it('tells apart two announcements of one name and day by what each lists', async () => {
    const page = await find('Fixture Ministry Watch List', { kinds: ['MEASURE'] });
    const byId = new Map(page.edges.map((edge) => [edge.node.id, edge.node.disambiguation]));
    expect(byId.get('fx-list-1')).toBe('Ruritanian Trade Office, listing Alpha Fixture Systems');
    expect(byId.get('fx-list-2')).toBe('Ruritanian Trade Office, listing Beta Fixture Aeronautics');
  });

  it('gives a measure its authority and date, a document its date, an actor its kind and country', async () => {
    const page = await find('Commerce', { first: 20 });
    const of = (id: string) => page.edges.find((edge) => edge.node.id === id)?.node.disambiguation;
    expect(of('fx-ccl-a')).toBe('Ruritanian Trade Office, 2024-02-01');
    expect(of('fx-ccl-b')).toBe('2024-03-01');
    expect(of('fx-ccl-doc')).toBe('2024-02-01');
    expect(of('fx-trade-office')).toBe('agency, RU');
    expect(of('mofcom')).toBe('agency, CN');
  });
});
