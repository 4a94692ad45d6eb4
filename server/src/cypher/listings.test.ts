import { describe, expect, it } from 'vitest';
import { buildListings } from './listings.ts';

describe('buildListings', () => {
  it('filters only by the arguments given, as parameters', () => {
    const query = buildListings({
      issuedBy: ['mofcom', 'mfa-china'],
      country: 'US',
      kinds: ['COMPANY', 'ORGANIZATION'],
      delisted: true,
      first: 20,
      offset: 0,
    });
    expect(query).toMatchSnapshot();
    expect(query.params).toMatchObject({
      issuedBy: ['mofcom', 'mfa-china'],
      country: 'US',
      delisted: true,
    });
    expect(query.cypher).not.toContain('$actor');
  });
  it('has no WHERE clause without filters, and pages with offset and first', () => {
    const query = buildListings({ first: 5, offset: 10 });
    expect(query.cypher).not.toContain('WHERE');
    expect(String(query.params.offset)).toBe('10');
    expect(String(query.params.first)).toBe('5');
  });
  it('filters by listing dates, actor, measure and list name', () => {
    const query = buildListings({
      actor: 'a',
      measure: 'm',
      listName: 'Unreliable Entity List',
      from: '2023-01-01',
      to: '2023-12-31',
      first: 1,
      offset: 0,
    });
    expect(query.cypher).toContain('r.listedOn >= date($from)');
    expect(query.cypher).toContain('r.listedOn <= date($to)');
    expect(query.cypher).toContain('m.id = measure');
    expect(query.cypher).toContain('a.id = actor');
    expect(query.params.listName).toBe('Unreliable Entity List');
  });
});
