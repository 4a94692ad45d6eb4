import { describe, expect, it } from 'vitest';
import type { ActorFact } from './import-model.ts';
import { ActorIndex, type KnownActor } from './merge-rules.ts';

const known = (actor: Partial<KnownActor> & Pick<KnownActor, 'id' | 'name'>): KnownActor => ({
  kind: 'COMPANY',
  aliases: [],
  country: null,
  wikidataId: null,
  datasets: [],
  rows: [],
  ...actor,
});
const fact = (actor: Partial<ActorFact> & Pick<ActorFact, 'name'>): ActorFact => ({
  kind: 'COMPANY',
  aliases: [],
  country: null,
  wikidataId: null,
  description: null,
  ...actor,
});
const origin = { documentId: 'cn-sanctions-abc', row: 7, dataset: 'cn-sanctions' };

const ministries = () =>
  new ActorIndex([
    known({
      id: 'mofcom',
      kind: 'AGENCY',
      name: "Ministry of Commerce of the People's Republic of China",
      aliases: ['MOFCOM', 'Ministry of Commerce', '商务部'],
      country: 'CN',
    }),
    known({
      id: 'us-department-of-commerce',
      kind: 'AGENCY',
      name: 'US Department of Commerce',
      aliases: ['Department of Commerce'],
      country: 'US',
    }),
  ]);

describe('merge rules', () => {
  it('keeps two ministries of commerce two, and merges a name only with the same country', () => {
    const index = ministries();
    const indian = index.decide(
      fact({
        kind: 'ORGANIZATION',
        name: 'Ministry of Commerce',
        aliases: ['商务部'],
        country: 'IN',
      }),
      origin,
    );
    expect(indian).toMatchObject({ nodeId: null, rule: 'NEW' });
    expect(indian.nearMisses).toEqual([
      {
        nodeId: 'mofcom',
        nodeName: "Ministry of Commerce of the People's Republic of China",
        sharedName: 'ministry of commerce',
        reason: 'different countries (CN / IN)',
      },
    ]);
    const us = index.decide(
      fact({ kind: 'ORGANIZATION', name: 'Department of Commerce', country: 'US' }),
      origin,
    );
    expect(us).toMatchObject({
      nodeId: 'us-department-of-commerce',
      rule: 'NAME_COUNTRY',
      key: 'name:department of commerce|US',
    });
  });

  it('does not merge on a name when a country is unknown; the score makes it a candidate for review', () => {
    const index = new ActorIndex([
      known({
        id: 'alibaba',
        name: 'Alibaba',
        aliases: ['Alibaba Group', '阿里巴巴'],
        country: 'CN',
      }),
    ]);
    const decision = index.decide(
      fact({ name: 'Alibaba Group Holding Limited', aliases: ['Alibaba'] }),
      { ...origin, dataset: 'us-1260h' },
    );
    // The rules alone keep them apart (country unknown); the score weighs the rest.
    expect(decision).toEqual({
      nodeId: null,
      rule: 'NEW',
      key: '',
      nearMisses: [
        {
          nodeId: 'alibaba',
          nodeName: 'Alibaba',
          sharedName: 'alibaba',
          reason:
            'country unknown (CN / ?); candidate for review (score 0.55: +0.25 NAME_GROUP_FORM "alibaba" once legal forms and group, holding or corporation are set aside; +0.30 NAME_IS_ALIAS "alibaba" is one side\'s name, the other\'s alias)',
        },
      ],
    });
  });

  it('merges on a Wikidata id first, and never across different Wikidata ids', () => {
    const index = new ActorIndex([
      known({
        id: 'marco-rubio',
        kind: 'PERSON',
        name: 'Marco Rubio',
        aliases: ['鲁比欧'],
        country: 'US',
        wikidataId: 'Q324546',
      }),
      known({
        id: 'robert-o-brien',
        kind: 'PERSON',
        name: "Robert C. O'Brien",
        aliases: ['奥布莱恩'],
        country: 'US',
        wikidataId: 'Q6989101',
      }),
    ]);
    expect(
      index.decide(fact({ kind: 'PERSON', name: 'Rubio', wikidataId: 'Q324546' }), origin),
    ).toMatchObject({ nodeId: 'marco-rubio', rule: 'WIKIDATA_ID', key: 'wikidata:Q324546' });
    const other = index.decide(
      fact({
        kind: 'PERSON',
        name: "Neil O'Brien",
        aliases: ['奥布莱恩'],
        country: 'US',
        wikidataId: 'Q7342642',
      }),
      origin,
    );
    expect(other.rule).toBe('NEW');
    expect(other.nearMisses[0]?.reason).toBe('different Wikidata ids (Q6989101, Q7342642)');
  });

  it('needs two shared names to merge people, and never merges a person with an organisation', () => {
    const index = new ActorIndex([
      known({
        id: 'jane-roe',
        kind: 'PERSON',
        name: 'Jane Roe',
        aliases: ['简·罗'],
        country: 'US',
      }),
      known({ id: 'roe-inc', kind: 'COMPANY', name: 'Jane Roe', country: 'US' }),
    ]);
    expect(
      index.decide(
        fact({ kind: 'PERSON', name: 'Jane Roe', aliases: ['简·罗'], country: 'US' }),
        origin,
      ),
    ).toMatchObject({
      nodeId: 'jane-roe',
      rule: 'PERSON_NAMES_COUNTRY',
    });
    const single = index.decide(fact({ kind: 'PERSON', name: 'Jane Roe', country: 'US' }), origin);
    expect(single.rule).toBe('NEW');
    expect(single.nearMisses.map((miss) => miss.reason).sort()).toEqual([
      'an actor of kind COMPANY cannot be the same as one of kind PERSON',
      'people need two strong names in common, they share one ("jane roe"); candidate for review (score 0.60: +0.45 NAME_SAME "jane roe"; +0.15 COUNTRY_SAME US)',
    ]);
  });

  it('merges within one data set when the country is the same or unknown on one side', () => {
    const index = new ActorIndex([
      known({
        id: 'teledyne',
        name: 'Teledyne Brown Engineering, Inc.',
        country: 'US',
        datasets: ['cn-sanctions'],
      }),
    ]);
    expect(index.decide(fact({ name: 'Teledyne Brown Engineering,Inc.' }), origin)).toMatchObject({
      nodeId: 'teledyne',
      rule: 'SAME_DATASET_NAME',
    });
    expect(
      index.decide(fact({ name: 'Teledyne Brown Engineering,Inc.' }), {
        ...origin,
        dataset: 'us-1260h',
      }).rule,
    ).toBe('NEW');
  });

  it('finds a row it recorded before (a re-import) before anything else', () => {
    const index = new ActorIndex([
      known({ id: 'x', name: 'X Corp', rows: ['cn-sanctions-abc|7'] }),
    ]);
    expect(index.decide(fact({ name: 'Anything' }), origin)).toMatchObject({
      nodeId: 'x',
      rule: 'SOURCE_ROW',
    });
  });

  it('prefers the node with the row own name when two qualify, and never merges on two aliases', () => {
    const index = new ActorIndex([
      known({
        id: 'a',
        name: 'AVIC Xi’an Aircraft',
        aliases: ['Xian Aircraft'],
        datasets: ['us-1260h'],
      }),
      known({ id: 'b', name: 'Xian Aircraft', datasets: ['us-1260h'] }),
      known({
        id: 'c',
        name: 'Xian Aircraft Works',
        aliases: ['XAC Group'],
        datasets: ['us-1260h'],
      }),
    ]);
    const row = { ...origin, dataset: 'us-1260h' };
    expect(
      index.decide(fact({ name: 'Xian Aircraft', aliases: ['AVIC Xi’an Aircraft'] }), row),
    ).toMatchObject({
      nodeId: 'b',
      rule: 'SAME_DATASET_NAME',
      nearMisses: [
        {
          nodeId: 'a',
          sharedName: 'avic xi an aircraft',
          reason: "also qualified; b has the row's name",
        },
      ],
    });
    expect(
      index.decide(fact({ name: 'Something else', aliases: ['XAC Group'] }), row),
    ).toMatchObject({
      nodeId: null,
      rule: 'NEW',
      nearMisses: [
        { nodeId: 'c', reason: 'they share only aliases ("xac group"), not a name either goes by' },
      ],
    });
  });
});
