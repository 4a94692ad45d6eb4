import { describe, expect, it } from 'vitest';
import {
  ACTORS_QUERY,
  buildActorWrites,
  buildDelistAbsent,
  buildExistingListingsQuery,
  buildRelistPresent,
  buildVersionsQuery,
} from './import-writes.ts';
import type { ActorWrite } from './import-plan-types.ts';

const actor: ActorWrite = {
  id: 'northwind-aerospace-inc',
  kind: 'COMPANY',
  name: 'Northwind Aerospace, Inc.',
  aliases: ['Northwind', '诺斯温德航空航天公司'],
  country: 'US',
  wikidataId: null,
  description: null,
  evidence: [
    { documentId: 'cn-sanctions-0123456789ab', quote: 'Company,,...', start: 10, end: 22 },
  ],
  identities: [
    {
      documentId: 'cn-sanctions-0123456789ab',
      row: 2,
      dataset: 'cn-sanctions',
      rule: 'NEW',
      key: '',
      name: 'Northwind Aerospace, Inc.',
    },
  ],
};

describe('import Cypher builders', () => {
  it('merges actors without renaming existing nodes, appending evidence and identity records once', () => {
    const [step] = buildActorWrites([actor], 'cn-sanctions-0123456789ab');
    expect(step).toMatchSnapshot();
    expect(step!.params.rows).toEqual([
      expect.objectContaining({
        labels: ['Actor', 'Company'],
        evidence: [expect.objectContaining({ key: 'cn-sanctions-0123456789ab|10|22' })],
      }),
    ]);
    expect(step!.cypher).toContain('SET n.country = coalesce(n.country, row.country)');
    expect(step!.params.documentId).toBe('cn-sanctions-0123456789ab');
  });
  it('batches actors by 500', () => {
    expect(
      buildActorWrites(
        Array.from({ length: 1001 }, (_, i) => ({ ...actor, id: `a${i}` })),
        'cn-sanctions-0123456789ab',
      ).map((s) => s.expected),
    ).toEqual([500, 500, 1]);
  });
  it('reads actors, versions, listings and kinds with parameters only', () => {
    expect(ACTORS_QUERY).toMatchSnapshot();
    expect(buildVersionsQuery('cn-sanctions', ['cn-sanctions'])).toMatchSnapshot();
    expect(buildExistingListingsQuery(['m|LISTS|a']).params).toEqual({ ids: ['m|LISTS|a'] });
  });
  it('delists by absence only within the data sets of the file, and records a reappearance', () => {
    const delist = buildDelistAbsent({
      datasets: ['cn-sanctions'],
      listingIds: ['m|LISTS|a'],
      asOf: '2026-10-15',
      documentId: 'cn-sanctions-v2',
    });
    expect(delist).toMatchSnapshot();
    expect(
      buildRelistPresent({ listingIds: ['m|LISTS|a'], documentId: 'cn-sanctions-v3' }),
    ).toMatchSnapshot();
  });
});
