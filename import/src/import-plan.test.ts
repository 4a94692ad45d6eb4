import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './run-import.ts';
import { planImport } from './import-plan.ts';
import type { FormatName } from './import-model.ts';
import type { KnownActor } from './merge-rules.ts';

const fixture = (name: string) =>
  path.join(import.meta.dirname, '../../test/fixtures/import', name);
const SEED_ACTORS: KnownActor[] = [
  {
    id: 'mofcom',
    kind: 'AGENCY',
    name: "Ministry of Commerce of the People's Republic of China",
    aliases: ['MOFCOM', 'Ministry of Commerce', '商务部'],
    country: 'CN',
    wikidataId: null,
    datasets: [],
    rows: [],
  },
  {
    id: 'mfa-china',
    kind: 'AGENCY',
    name: "Ministry of Foreign Affairs of the People's Republic of China",
    aliases: ['外交部'],
    country: 'CN',
    wikidataId: null,
    datasets: [],
    rows: [],
  },
];

async function plan(format: FormatName, file: string) {
  const input = await readImportFile({ format, file: fixture(file), asOf: '2026-08-22' });
  return {
    input,
    plan: planImport(input, {
      actors: SEED_ACTORS,
      takenIds: new Set(SEED_ACTORS.map((a) => a.id)),
    }),
  };
}

describe('planImport (cn-sanctions fixture)', () => {
  it('gives every listing exactly its row, located in the file text', async () => {
    const { input, plan: p } = await plan('cn-sanctions', 'cn-sanctions.csv');
    const listings = p.relationships.filter((r) => r.type === 'LISTS');
    expect(listings).toHaveLength(12);
    for (const listing of listings) {
      expect(listing.evidence).toHaveLength(1);
      const [evidence] = listing.evidence;
      expect(input.text.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
      expect(evidence!.quote).not.toMatch(/[\r\n]$/);
    }
    for (const node of [...p.measures, ...p.actors])
      for (const e of node.evidence) expect(input.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('makes one node of one company on three lists, each listing with its issuing body', async () => {
    const { plan: p } = await plan('cn-sanctions', 'cn-sanctions.csv');
    const northwind = p.outcomes.filter((o) => o.name?.startsWith('Northwind'));
    expect(northwind.map((o) => [o.nodeId, o.rule])).toEqual([
      ['northwind-aerospace-inc', 'NEW'],
      ['northwind-aerospace-inc', 'NAME_COUNTRY'],
      ['northwind-aerospace-inc', 'NAME_COUNTRY'],
    ]);
    const listings = p.relationships.filter(
      (r) => r.type === 'LISTS' && r.to === 'northwind-aerospace-inc',
    );
    const issuer = (measureId: string) =>
      p.relationships.find((r) => r.type === 'ISSUED_BY' && r.from === measureId)?.to;
    expect(
      listings.map((l) => [issuer(l.from), l.properties.listName, l.dates.listedOn]).sort(),
    ).toEqual([
      ['mfa-china', 'Countermeasures under the Anti-Foreign Sanctions Law', '2021-03-22'],
      ['mofcom', 'List of Export Controls', '2025-01-02'],
      ['mofcom', 'Unreliable Entity List', '2023-02-16'],
    ]);
  });

  it('reads the Ministry of Commerce of the lists as the mofcom node, once per file, by the table', async () => {
    const { plan: p } = await plan('cn-sanctions', 'cn-sanctions.csv');
    const mofcom = p.actors.find((a) => a.id === 'mofcom')!;
    expect(mofcom.identities).toEqual([
      expect.objectContaining({ rule: 'ISSUING_BODY_TABLE', key: 'body:mofcom', row: 2 }),
    ]);
    expect(mofcom.evidence).toHaveLength(1);
    const indian = p.outcomes.find((o) => o.name === 'Ministry of Commerce')!;
    expect(indian).toMatchObject({ nodeId: 'ministry-of-commerce', rule: 'NEW' });
    expect(indian.nearMisses[0]).toMatchObject({
      nodeId: 'mofcom',
      reason: 'different countries (CN / IN)',
    });
  });

  it('keeps blank dates and countries blank, end dates as delistings, Wikidata ids as merges', async () => {
    const { plan: p } = await plan('cn-sanctions', 'cn-sanctions.csv');
    const byActor = (id: string) =>
      p.relationships.filter((r) => r.type === 'LISTS' && r.to === id);
    expect(byActor('freedom-data-lab')[0]).toMatchObject({
      dates: {},
      properties: { dataset: 'cn-sanctions' },
    });
    expect(byActor('freedom-data-lab')[0]!.from).toMatch(
      /^mfa-china-list-of-targets-of-countermeasures-undated-[0-9a-f]{6}$/,
    );
    expect(p.actors.find((a) => a.id === 'freedom-data-lab')).toMatchObject({ country: null });
    expect(byActor('harbor-drone-works')[0]).toMatchObject({
      dates: { listedOn: '2023-02-16', delistedOn: '2024-05-15' },
      properties: { delistedBasis: 'END_DATE_IN_SOURCE' },
    });
    expect(p.outcomes.filter((o) => o.name === 'Jane Q. Senator').map((o) => o.rule)).toEqual([
      'NEW',
      'WIKIDATA_ID',
    ]);
    expect(p.actors.find((a) => a.id === 'jane-q-senator')).toMatchObject({
      wikidataId: 'Q90000001',
      aliases: ['简·参议员'],
      description: 'US Senator',
    });
    expect(p.actors.find((a) => a.id === 'kestrel-optics-gmbh')).toMatchObject({ country: 'DE' });
  });
});

describe('planImport (other formats)', () => {
  it('us-1260h: one company per name across editions, no country assumed, Alibaba left for review', async () => {
    const { plan: p } = await plan('us-1260h', 'us-1260h.csv');
    expect(p.outcomes.map((o) => o.rule)).toEqual([
      'NEW',
      'SAME_DATASET_NAME',
      'NEW',
      'NEW',
      'NEW',
    ]);
    expect(p.actors.find((a) => a.id === 'red-river-avionics-co-ltd')).toMatchObject({
      country: null,
      aliases: ['RRA', 'Red River Air'],
    });
    expect(p.measures.map((m) => m.id).sort()).toEqual([
      'us-department-of-defense-section-1260h-list-2021-06-03',
      'us-department-of-defense-section-1260h-list-2024-01-31',
      'us-department-of-defense-section-1260h-list-2025-01-07',
      'us-department-of-defense-section-1260h-list-2026-06-08',
    ]);
  });

  it('us-special-leg: the report year, a year-only end date, and the program issuer', async () => {
    const { plan: p } = await plan('us-special-leg', 'us-special-leg.csv');
    const steppe = p.relationships.find(
      (r) => r.type === 'LISTS' && r.to === 'steppe-research-institute',
    )!;
    expect(steppe).toMatchObject({
      dates: { delistedOn: '2026-01-01' },
      properties: { delistedOnPrecision: 'YEAR' },
    });
    expect(
      p.measures.find((m) => m.id === 'us-department-of-defense-section-1286-list-2024')
        ?.properties,
    ).toMatchObject({ reportYear: '2024' });
    const issuers = p.relationships
      .filter((r) => r.type === 'ISSUED_BY')
      .map((r) => `${r.from}>${r.to}`)
      .sort();
    expect(issuers).toEqual([
      'us-congress-section-9999-of-the-example-research-security-act-2025>us-congress',
      'us-department-of-defense-section-1286-list-2024>us-department-of-defense',
      'us-department-of-defense-section-1286-list-2025>us-department-of-defense',
    ]);
    expect(p.outcomes.map((o) => o.rule)).toEqual(['NEW', 'SAME_DATASET_NAME', 'NEW', 'NEW']);
  });

  it('federal-register: every row a document, rules also measures reported ANNOUNCED, the agency from the text', async () => {
    const { plan: p } = await plan('federal-register', 'federal-register.csv');
    expect(p.documents.map((d) => d.id)).toEqual([
      expect.stringMatching(/^federal-register-[0-9a-f]{12}$/),
      'federal-register-2023-90001',
      'federal-register-2023-90002',
      'federal-register-2023-90003',
      'federal-register-2023-90004',
    ]);
    expect(p.documents.find((d) => d.id === 'federal-register-2023-90003')!.evidence).toHaveLength(
      2,
    );
    expect(p.measures.map((m) => [m.id, m.properties.measureTypes])).toEqual([
      ['fr-2023-90001', ['LISTING']],
      ['fr-2023-90002', ['LISTING']],
      ['fr-2023-90004', ['EXPORT_CONTROL']],
    ]);
    const issued = p.relationships
      .filter((r) => r.type === 'ISSUED_BY')
      .map((r) => `${r.from}>${r.to}`);
    expect(issued).toEqual([
      'fr-2023-90001>us-bureau-of-industry-and-security',
      'fr-2023-90002>us-department-of-state',
      'fr-2023-90004>us-bureau-of-industry-and-security',
    ]);
    expect(p.reportedMeasureIds).toEqual(['fr-2023-90001', 'fr-2023-90002', 'fr-2023-90004']);
  });
});
