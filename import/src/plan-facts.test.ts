import { describe, expect, it } from 'vitest';
import type { EvidenceRecord } from '@policygraph/model';
import type { ActorFact, ListingFact, MeasureFact, PublicationFact } from './import-model.ts';
import { ActorIndex, type KnownActor } from './merge-rules.ts';
import { bodyById } from './issuing-bodies.ts';
import { indexedActor, planActor, planIssuingBody } from './plan-actor.ts';
import { PlanBuilder } from './plan-builder.ts';
import { planListing, planMeasure, planPublication } from './plan-facts.ts';

const evidence: EvidenceRecord[] = [
  { documentId: 'cn-sanctions-0123456789ab', quote: 'Company,,Northwind', start: 120, end: 138 },
];
const measure: MeasureFact = {
  id: 'mofcom-unreliable-entity-list-2023-02-16-a1b2c3',
  name: 'MOFCOM: Unreliable Entity List, 2023-02-16',
  measureTypes: ['LISTING', 'SANCTION'],
  issuerId: 'mofcom',
  announcedOn: '2023-02-16',
  url: 'https://www.mofcom.gov.cn/example',
  listName: 'Unreliable Entity List',
  extra: { reportYear: 2023 },
};
const listing: ListingFact = {
  listedOn: { date: '2023-02-16', precision: 'DAY' },
  delistedOn: { date: '2026-01-01', precision: 'YEAR' },
  sourceUrl: 'https://www.mofcom.gov.cn/example',
  dataset: 'cn-sanctions',
};
const publication: PublicationFact = {
  id: 'federal-register-2023-90001',
  title: 'Additions to the Entity List',
  publishedOn: '2023-03-02',
  url: 'https://www.federalregister.gov/d/2023-90001',
  publisherId: 'us-bureau-of-industry-and-security',
  description: 'BIS adds entities.',
  extra: { documentNumber: '2023-90001' },
};
const northwind: ActorFact = {
  kind: 'COMPANY',
  name: 'Northwind Aerospace, Inc.',
  aliases: ['Northwind', '诺斯温德航空航天公司'],
  primaryAliases: ['诺斯温德航空航天公司'],
  country: 'US',
  wikidataId: null,
  description: 'An aerospace company.',
};
const origin = { documentId: 'cn-sanctions-0123456789ab', row: 7, dataset: 'cn-sanctions' };

describe('fact planners', () => {
  it('planMeasure: the measure node and its ISSUED_BY', () => {
    expect(planMeasure(measure, evidence, 'row 7')).toMatchSnapshot();
    expect(planMeasure({ ...measure, issuerId: null }, evidence, 'row 7').issuedBy).toBeNull();
  });

  it('planPublication: the document, PUBLISHED_BY and REPORTS_STATUS of its measure', () => {
    expect(planPublication(publication, measure, 'en', evidence, 'row 2')).toMatchSnapshot();
    const alone = planPublication(
      { ...publication, publisherId: null, publishedOn: null },
      undefined,
      'en',
      evidence,
      'row 2',
    );
    expect([alone.publishedBy, alone.reportsStatus, alone.node.dates]).toEqual([null, null, {}]);
  });

  it('planListing: LISTS with dates, precision when not a day, and the end date as its basis', () => {
    expect(planListing(measure, listing, 'northwind-aerospace-inc', evidence)).toMatchSnapshot();
  });

  it('planActor: a new node, then a row merging into it, as the builder and the index see them', () => {
    const index = new ActorIndex([]);
    const builder = new PlanBuilder();
    const first = planActor(
      northwind,
      origin,
      index,
      new Set(['northwind-aerospace-inc']),
      evidence,
    );
    expect(first).toMatchSnapshot();
    const written = builder.addActor(first.write);
    index.add(indexedActor(first, written, northwind, origin));
    const again = planActor(
      { ...northwind, name: 'Northwind Aerospace Inc', aliases: ['NWA'] },
      { ...origin, row: 8 },
      index,
      new Set(),
      [{ ...evidence[0]!, start: 140, end: 150 }],
    );
    expect([again.id, again.decision.rule, again.decision.key]).toEqual([
      'northwind-aerospace-inc-us',
      'NAME_COUNTRY',
      'name:northwind aerospace inc|US',
    ]);
    expect(builder.addActor(again.write)).toMatchSnapshot();
  });

  it('planIssuingBody: an existing node keeps its name; only the first row is evidence', () => {
    const known: KnownActor = {
      id: 'mofcom',
      kind: 'AGENCY',
      name: 'MOFCOM (article)',
      aliases: [],
      country: 'CN',
      wikidataId: null,
      datasets: [],
      rows: [],
    };
    expect(
      planIssuingBody(bodyById('mofcom'), known, origin, evidence[0]!, true),
    ).toMatchSnapshot();
    const later = planIssuingBody(bodyById('mofcom'), undefined, origin, evidence[0]!, false);
    expect([later.name, later.evidence, later.identities]).toEqual([
      "Ministry of Commerce of the People's Republic of China",
      [],
      [],
    ]);
  });
});
