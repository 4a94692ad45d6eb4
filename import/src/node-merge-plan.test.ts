import { describe, expect, it } from 'vitest';
import { movedRelationshipId, planMerge, type MergeInput } from './node-merge-plan.ts';
import {
  buildMergeRead,
  buildMergeSteps,
  buildSplitRead,
  buildSplitSteps,
} from './node-merge-cypher.ts';
import { buildDuplicatesRead, duplicateLookup, scoreDuplicates } from './duplicates-of.ts';
import type { ReviewActor } from './dedupe-candidates.ts';

const input: MergeInput = {
  survivor: {
    id: 'li-wei',
    properties: {
      id: 'li-wei',
      kind: 'PERSON',
      name: 'Li Wei',
      aliases: ['李伟'],
      names: ['Li Wei', '李伟'],
      country: null,
      description: 'Professor',
      evidenceDocumentIds: ['d1'],
      evidenceQuotes: ['row 1'],
      evidenceStarts: [0],
      evidenceEnds: [5],
      identityRows: [1],
      identityRules: ['NEW'],
    },
  },
  absorbed: {
    id: 'li-wei-xx',
    labels: ['Entity', 'Actor', 'Person'],
    properties: {
      id: 'li-wei-xx',
      kind: 'PERSON',
      name: 'Li Wei',
      aliases: ['Wei Li'],
      country: 'US',
      description: 'Engineer',
      evidenceDocumentIds: ['d1', 'd1'],
      evidenceQuotes: ['row 1', 'row 2'],
      evidenceStarts: [0, 6],
      evidenceEnds: [5, 11],
      identityRows: [2],
      identityRules: ['NEW'],
    },
  },
  absorbedRelationships: [
    {
      id: 'm1|LISTS|li-wei-xx',
      type: 'LISTS',
      start: 'm1',
      end: 'li-wei-xx',
      properties: {
        id: 'm1|LISTS|li-wei-xx',
        evidenceDocumentIds: ['d1'],
        evidenceQuotes: ['row 2'],
        evidenceStarts: [6],
        evidenceEnds: [11],
      },
    },
    {
      id: 'm2|LISTS|li-wei-xx',
      type: 'LISTS',
      start: 'm2',
      end: 'li-wei-xx',
      properties: { id: 'm2|LISTS|li-wei-xx', listedOn: '2024-12-05' },
    },
    {
      id: 'li-wei-xx|HOLDS_ROLE|li-wei|x',
      type: 'HOLDS_ROLE',
      start: 'li-wei-xx',
      end: 'li-wei',
      properties: {},
    },
  ],
  survivorRelationships: [
    {
      id: 'm1|LISTS|li-wei',
      type: 'LISTS',
      start: 'm1',
      end: 'li-wei',
      properties: {
        id: 'm1|LISTS|li-wei',
        evidenceDocumentIds: ['d1'],
        evidenceQuotes: ['row 1'],
        evidenceStarts: [0],
        evidenceEnds: [5],
        sourceUrl: null,
      },
    },
  ],
};

describe('planMerge', () => {
  const plan = planMerge(input);

  it('keeps the survivor name, gains the absorbed names as aliases and its evidence once', () => {
    expect(plan.survivorProperties).toMatchObject({
      name: 'Li Wei',
      aliases: ['李伟', 'Wei Li'],
      names: ['Li Wei', '李伟', 'Wei Li'],
      evidenceQuotes: ['row 1', 'row 2'],
      evidenceStarts: [0, 6],
      identityRows: [1, 2],
      identityRules: ['NEW', 'NEW'],
      description: 'Professor',
      country: 'US',
      absorbedIds: ['li-wei-xx'],
      propertySources: ['country|li-wei-xx'],
    });
    expect(plan.filled).toEqual(['country']);
  });

  it('keeps the import fills of the absorbed node only for the properties the survivor took from it', () => {
    // The survivor states its own country (a seed document); the absorbed node's country and
    // description were filled in by an import. Removing that import must not take the survivor's
    // country with it.
    const merged = planMerge({
      ...input,
      survivor: {
        ...input.survivor,
        properties: {
          ...input.survivor.properties,
          country: 'CN',
          description: null,
          importFilled: ['imp-0|wikidataId'],
        },
      },
      absorbed: {
        ...input.absorbed,
        properties: {
          ...input.absorbed.properties,
          country: 'US',
          importFilled: ['imp-1|country', 'imp-1|description'],
        },
      },
    });
    expect(merged.filled).toEqual(['description']);
    expect(merged.survivorProperties).toMatchObject({
      country: 'CN',
      description: 'Engineer',
      importFilled: ['imp-0|wikidataId', 'imp-1|description'],
      propertySources: ['description|li-wei-xx'],
    });
  });

  it('combines a listing both have, moves the others under the survivor id, drops relationships between the two', () => {
    expect(plan.moves.map((m) => [m.action, m.after?.id ?? null])).toEqual([
      ['COMBINE', 'm1|LISTS|li-wei'],
      ['CREATE', 'm2|LISTS|li-wei'],
      ['DROP', null],
    ]);
    expect(plan.moves[0]!.after!.properties.evidenceQuotes).toEqual(['row 1', 'row 2']);
    expect(plan.moves[1]!.after!.properties).toEqual({
      id: 'm2|LISTS|li-wei',
      listedOn: '2024-12-05',
    });
  });

  it('rewrites role and status ids at their ends only', () => {
    expect(
      movedRelationshipId(
        { id: 'b|HOLDS_ROLE|org|b-ceo', type: 'HOLDS_ROLE', start: 'b', end: 'org' },
        'b',
        'a',
      ),
    ).toBe('a|HOLDS_ROLE|org|b-ceo');
  });

  it('writes the merge and the split as parameterised Cypher (snapshot)', () => {
    const meta = { who: 'Alice', when: '2026-12-06T14:00:00.000Z', why: 'one person', score: 0.55 };
    expect(buildMergeRead('li-wei', 'li-wei-xx')).toMatchSnapshot();
    expect(buildMergeSteps(plan, meta)).toMatchSnapshot();
    expect(buildSplitRead('li-wei-xx')).toMatchSnapshot();
    expect(
      buildSplitSteps('li-wei', 'li-wei-xx', [
        {
          id: 'm1|LISTS|li-wei-xx',
          type: 'LISTS',
          start: 'm1',
          end: 'li-wei-xx',
          action: 'COMBINE',
          movedId: 'm1|LISTS|li-wei',
        },
        {
          id: 'm2|LISTS|li-wei-xx',
          type: 'LISTS',
          start: 'm2',
          end: 'li-wei-xx',
          action: 'CREATE',
          movedId: 'm2|LISTS|li-wei',
        },
      ]),
    ).toMatchSnapshot();
  });
});

describe('possible duplicates of one actor', () => {
  const actor = (id: string, extra: Partial<ReviewActor> = {}): ReviewActor => ({
    id,
    kind: 'PERSON',
    name: 'Harriet Jane Vossberg',
    aliases: [],
    primaryNames: [],
    country: null,
    wikidataId: null,
    description: null,
    datasets: ['cn-sanctions'],
    rows: [`${id}|1`],
    listings: 1,
    ...extra,
  });

  it('looks names up as quoted phrases without Lucene operators', () => {
    expect(duplicateLookup(['Harriet "Jane" Vossberg', 'Acme Co., Ltd.', '哈丽特·沃斯伯格'])).toBe(
      '"harriet jane vossberg" OR "acme" OR "哈丽特沃斯伯格"',
    );
    expect(buildDuplicatesRead('harriet', '"harriet"')).toMatchSnapshot();
  });

  it('keeps actors sharing a name scored at 0.45 and up, best first, leaves out other countries and kinds', () => {
    const self = actor('a', { country: 'US' });
    const found = scoreDuplicates(
      self,
      [
        actor('b'),
        actor('c', { country: 'GB' }),
        actor('d', { kind: 'COMPANY' }),
        actor('e', { name: 'Someone Else' }),
        actor('f', { country: 'US', description: 'x' }),
      ],
      { first: 5 },
    );
    expect(found.map((d) => [d.other.id, d.match.score])).toEqual([
      ['f', 0.75],
      ['b', 0.6],
    ]);
  });
});
