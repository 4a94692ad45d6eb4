import { describe, expect, it } from 'vitest';
import { LIMITS } from '../limits.ts';
import { buildAttribution } from './attribution.ts';
import { buildAllReviews, buildDocumentReviews, buildExtractions } from './extractions.ts';
import { buildMeasures } from './measures.ts';
import { buildNeighborhood } from './neighborhood.ts';
import { buildNeighborhoodSummary } from './neighborhood-summary.ts';
import { buildDocumentTexts, buildNodesByIds, buildRelated } from './nodes.ts';
import { buildPaths } from './paths.ts';
import { buildSearchCandidates } from './search.ts';
import { buildSubgraph } from './subgraph.ts';
import { buildRelationshipsBetween } from './relationships-between.ts';
import { buildStatements } from './statements.ts';

describe('buildSearchCandidates', () => {
  it('queries both full-text indexes for light candidates (ranking and kinds are applied after)', () => {
    expect(buildSearchCandidates('Ministry of Commerce')).toMatchSnapshot();
  });
  it('searches a CJK word as a phrase of its characters', () => {
    const query = buildSearchCandidates('商务部');
    expect(query).toMatchSnapshot();
    expect(query?.params.query).toBe('"商务部"^2');
  });
  it('builds no query for a text made only of syntax', () => {
    expect(buildSearchCandidates('( ) * - " ~ /')).toBeNull();
    expect(buildSearchCandidates('   ')).toBeNull();
  });
});

describe('buildSubgraph', () => {
  it('seeks the nodes by id and keeps relationships whose both ends were asked for, capped per distinct id', () => {
    const query = buildSubgraph({ ids: ['mofcom', 'wsj', 'mofcom'] });
    expect(query).toMatchSnapshot();
    expect(query.params.ids).toEqual(['mofcom', 'wsj']);
    expect(Number(query.params.relationshipLimit)).toBe(2 * LIMITS.relationshipsPerNode);
  });
});

describe('buildRelationshipsBetween', () => {
  it('walks the relationships of the first set in either direction and keeps those reaching the second, capped per distinct id', () => {
    const query = buildRelationshipsBetween({
      from: ['mofcom', 'mofcom'],
      to: ['wsj', 'mao-ning'],
    });
    expect(query).toMatchSnapshot();
    expect(query.params).toMatchObject({ from: ['mofcom'], to: ['wsj', 'mao-ning'] });
    expect(Number(query.params.relationshipLimit)).toBe(3 * LIMITS.relationshipsPerNode);
  });
});

describe('buildNeighborhoodSummary', () => {
  it("counts one node's neighbours by kind and type, bounded, kinds as a parameter", () => {
    const query = buildNeighborhoodSummary({
      id: 'mofcom',
      kinds: ['MEASURE'],
      relationshipTypes: ['ISSUED_BY', 'LISTS'],
    });
    expect(query).toMatchSnapshot();
    expect(query.params).toMatchObject({ id: 'mofcom', kinds: ['MEASURE'] });
    expect(Number(query.params.scan)).toBe(LIMITS.summaryRelationships);
    expect(query.cypher).toContain('[r:ISSUED_BY|LISTS]');
  });
  it('leaves the filters out when none is given and refuses types outside the model', () => {
    const query = buildNeighborhoodSummary({ id: 'a' });
    expect(query.cypher).not.toContain('$kinds');
    expect(query.params).not.toHaveProperty('kinds');
    expect(() => buildNeighborhoodSummary({ id: 'a', relationshipTypes: ['X]-()-[:Y'] })).toThrow();
  });
});

describe('buildNeighborhood', () => {
  it('expands level by level, once per level of depth', () => {
    const query = buildNeighborhood({ ids: ['mofcom'], depth: 2, limit: 200 });
    expect(query).toMatchSnapshot();
    expect(query.cypher.match(/COLLECT \{\n {2}UNWIND/g)).toHaveLength(3); // two levels + relationships
  });
  it('splices allow-listed relationship types and passes kinds as a parameter', () => {
    const query = buildNeighborhood({
      ids: ['wsj', 'amazon'],
      depth: 3,
      kinds: ['DOCUMENT', 'STATEMENT'],
      relationshipTypes: ['PUBLISHED_BY', 'REPORTED_IN', 'PUBLISHED_BY'],
      limit: 10,
    });
    expect(query).toMatchSnapshot();
    expect(query.cypher).toContain('[:PUBLISHED_BY|REPORTED_IN]');
    expect(query.params.relationshipLimit?.toString()).toBe('30');
  });
  it('carries node and document summaries, or no documents, when the selection needs no more', () => {
    const summaries = buildNeighborhood({
      ids: ['mofcom'],
      depth: 1,
      limit: 200,
      projection: { nodes: 'summary', documents: 'summary' },
    });
    expect(summaries).toMatchSnapshot();
    expect(summaries.cypher).toContain(
      '[n IN nodes | n {.id, .kind, .name, .aliases, .description, .title}]',
    );
    expect(summaries.cypher).toContain('UNWIND [] + rels AS x');
    expect(summaries.cypher).toContain(
      'RETURN d {.id, .kind, .name, .aliases, .description, .title}',
    );
    const none = buildNeighborhood({
      ids: ['mofcom'],
      depth: 1,
      limit: 200,
      projection: { nodes: 'summary', documents: 'none' },
    });
    expect(none.cypher).toContain('[] AS evidenceDocuments');
    expect(none.cypher).not.toContain('MATCH (d:Entity:Document');
    const full = buildNeighborhood({ ids: ['mofcom'], depth: 1, limit: 200 });
    expect(
      buildNeighborhood({
        ids: ['mofcom'],
        depth: 1,
        limit: 200,
        projection: { nodes: 'full', documents: 'full' },
      }),
    ).toEqual(full);
  });
  it('refuses a relationship type outside the data model and a depth out of range', () => {
    expect(() =>
      buildNeighborhood({ ids: ['a'], depth: 1, limit: 1, relationshipTypes: ['X]-()-[:Y'] }),
    ).toThrow(/Unknown relationship type/);
    expect(() => buildNeighborhood({ ids: ['a'], depth: 4, limit: 1 })).toThrow(/depth/);
    expect(() => buildNeighborhood({ ids: ['a'], depth: 1.5, limit: 1 })).toThrow(/depth/);
  });
});

describe('buildPaths', () => {
  it('asks for the k shortest simple paths within maxHops', () => {
    const query = buildPaths({ from: 'wsj', to: 'amazon', maxHops: 4, first: 3 });
    expect(query).toMatchSnapshot();
    expect(query.cypher).toContain('SHORTEST 3');
    expect(query.cypher).toContain('{1,4}');
  });
  it('returns the node itself as the path from a node to itself', () => {
    expect(buildPaths({ from: 'wsj', to: 'wsj', maxHops: 2, first: 1 })).toMatchSnapshot();
  });
  it('refuses maxHops and first out of range before splicing them', () => {
    expect(() => buildPaths({ from: 'a', to: 'b', maxHops: 7, first: 1 })).toThrow(/maxHops/);
    expect(() => buildPaths({ from: 'a', to: 'b', maxHops: 2, first: 0 })).toThrow(/first/);
  });
});

describe('connections', () => {
  it('filters statements by every given argument, dates as parameters', () => {
    const query = buildStatements({
      speaker: 'mao-ning',
      about: 'cn-gallium-germanium-export-control',
      reportedIn: 'tmtpost-2023-07-06-cloud-curb',
      from: '2023-07-01',
      to: '2023-07-31',
      first: 20,
      offset: 40,
    });
    expect(query).toMatchSnapshot();
  });
  it('builds an unfiltered statements page without WHERE', () => {
    expect(buildStatements({ first: 5, offset: 0 }).cypher).not.toContain('WHERE');
  });
  it('filters measures by issuing authority, covered item and the actor it applies to', () => {
    expect(
      buildMeasures({
        issuedBy: 'mofcom',
        covers: 'gallium-nitride',
        appliesTo: 'amazon',
        first: 10,
        offset: 0,
      }),
    ).toMatchSnapshot();
  });
});

describe('look-ups by id', () => {
  it('builds the batched look-ups of the DataLoaders', () => {
    expect(buildNodesByIds(['mofcom', 'mao-ning'])).toMatchSnapshot();
    expect(buildDocumentTexts(['tmtpost-2023-07-06-cloud-curb'])).toMatchSnapshot();
    expect(
      buildRelated([
        {
          key: 'k1',
          id: 'mao-ning-fair-export-control-measures',
          direction: 'OUT',
          types: ['SAID_BY'],
        },
        { key: 'k2', id: 'mofcom', direction: 'IN', types: ['ISSUED_BY', 'HOLDS_ROLE'] },
      ]),
    ).toMatchSnapshot();
    expect(buildAttribution(['wsj-sources-cloud-rule-under-consideration'])).toMatchSnapshot();
    expect(
      buildDocumentReviews(['review-tide-note', 'tmtpost-2023-07-06-cloud-curb']),
    ).toMatchSnapshot();
  });
  it('reads stored extractions and reviews with the ids as parameters', () => {
    expect(buildExtractions(['review-tide-note'])).toMatchSnapshot();
    expect(buildExtractions(null)).toEqual({
      cypher: expect.not.stringContaining('$ids') as string,
      params: {},
    });
    expect(buildAllReviews()).toMatchSnapshot();
  });
  it('refuses a relationship type outside the data model', () => {
    expect(() => buildRelated([{ key: 'k', id: 'a', direction: 'OUT', types: ['NOPE'] }])).toThrow(
      /NOPE/,
    );
  });
});
