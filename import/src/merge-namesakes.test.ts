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

describe('merge rules and namesakes', () => {
  it('never merges organisations on one shared acronym, even with the same country and data set', () => {
    const index = new ActorIndex([
      known({
        id: 'national-institute-of-optics',
        name: 'National Institute of Optics',
        aliases: ['NIO'],
        country: 'CN',
        datasets: ['cn-sanctions'],
      }),
    ]);
    const decision = index.decide(
      fact({ name: 'Northern Industrial Ordnance', aliases: ['NIO'], country: 'CN' }),
      origin,
    );
    expect(decision).toMatchObject({ nodeId: null, rule: 'NEW' });
    expect(decision.nearMisses).toEqual([
      {
        nodeId: 'national-institute-of-optics',
        nodeName: 'National Institute of Optics',
        sharedName: 'nio',
        reason: 'the only names in common are weak ("nio": an acronym)',
      },
    ]);
  });

  it('never merges people on one shared transliterated surname or one shared name, in or out of a data set', () => {
    const index = new ActorIndex([
      known({
        id: 'robert-smith',
        kind: 'PERSON',
        name: 'Robert Smith',
        aliases: ['史密斯'],
        country: 'US',
        datasets: ['cn-sanctions'],
      }),
      known({ id: 'li-wei', kind: 'PERSON', name: 'Li Wei', datasets: ['cn-sanctions'] }),
    ]);
    const neil = index.decide(
      fact({ kind: 'PERSON', name: 'Neil Smith', aliases: ['史密斯'], country: 'US' }),
      origin,
    );
    expect(neil).toMatchObject({ nodeId: null, rule: 'NEW' });
    expect(neil.nearMisses[0]?.reason).toBe(
      'the only names in common are weak ("史密斯": a name in Chinese script without a given name)',
    );
    const liWei = index.decide(fact({ kind: 'PERSON', name: 'Li Wei' }), origin);
    expect(liWei).toMatchObject({ nodeId: null, rule: 'NEW' });
    expect(liWei.nearMisses[0]?.reason).toBe(
      'people need two strong names in common, they share one ("li wei"); candidate for review (score 0.50: +0.45 NAME_SAME "li wei"; +0.05 SAME_DATASET cn-sanctions)',
    );
  });

  it('merges people of one data set on two strong names when a country is unknown', () => {
    const index = new ActorIndex([
      known({
        id: 'jesus-malave',
        kind: 'PERSON',
        name: 'Jesus Malave',
        aliases: ['杰西·马莱夫'],
        country: 'US',
        datasets: ['cn-sanctions'],
      }),
    ]);
    expect(
      index.decide(
        fact({ kind: 'PERSON', name: 'Jesus Malave', aliases: ['杰西·马莱夫'] }),
        origin,
      ),
    ).toMatchObject({ nodeId: 'jesus-malave', rule: 'SAME_DATASET_NAME' });
  });

  it('merges an organisation of unknown country only on the same primary name, with nothing else different', () => {
    const index = new ActorIndex([
      known({
        id: 'brinc',
        name: 'BRINC Drones, Inc.',
        aliases: ['BRINC无人机公司'],
        country: 'US',
        datasets: ['cn-sanctions'],
      }),
    ]);
    expect(index.decide(fact({ name: 'BRINC Drones,Inc.' }), origin)).toMatchObject({
      nodeId: 'brinc',
      rule: 'SAME_DATASET_NAME',
      key: 'dataset:cn-sanctions|brinc drones inc|-',
    });
    const otherChinese = index.decide(
      fact({ name: 'BRINC Drones, Inc.', aliases: ['布林克公司'] }),
      origin,
    );
    expect(otherChinese.rule).toBe('NEW');
    expect(otherChinese.nearMisses[0]?.reason).toBe(
      'different names in Chinese script (brinc无人机公司 / 布林克公司)',
    );
    const byAlias = index.decide(
      fact({ name: 'BRINC Holdings', aliases: ['BRINC无人机公司'] }),
      origin,
    );
    expect(byAlias.rule).toBe('NEW');
    expect(byAlias.nearMisses[0]?.reason).toBe(
      'they share only aliases ("brinc无人机公司"), not a name either goes by',
    );
  });

  it('merges a renamed company by the former name its row states, not by a shared acronym', () => {
    const index = new ActorIndex([
      known({
        id: 'zemic',
        name: 'Zhonghang Electronic Measuring Instruments Company Limited',
        aliases: ['ZEMIC'],
        datasets: ['us-1260h'],
      }),
    ]);
    const row = { ...origin, dataset: 'us-1260h' };
    const former = 'Zhonghang Electronic Measuring Instruments Company Limited';
    expect(
      index.decide(
        fact({
          name: 'AVIC Chengdu Aircraft Co., Ltd.',
          aliases: [former],
          primaryAliases: [former],
        }),
        row,
      ),
    ).toMatchObject({ nodeId: 'zemic', rule: 'SAME_DATASET_NAME' });
    expect(index.decide(fact({ name: 'ZEMIC Holdings', aliases: ['ZEMIC'] }), row)).toMatchObject({
      nodeId: null,
      rule: 'NEW',
      nearMisses: [
        expect.objectContaining({
          reason: 'the only names in common are weak ("zemic": an acronym)',
        }),
      ],
    });
  });

  it('merges organisations of one country on their full name in Chinese, not on a one-word alias', () => {
    const index = new ActorIndex([
      known({
        id: 'aerovironment',
        name: 'AeroVironment, Inc.',
        aliases: ['宇航环境公司', 'AeroVironment'],
        country: 'US',
      }),
    ]);
    expect(
      index.decide(
        fact({
          name: 'Aero Vironment',
          aliases: ['宇航环境公司'],
          primaryAliases: ['宇航环境公司'],
          country: 'US',
        }),
        origin,
      ),
    ).toMatchObject({ nodeId: 'aerovironment', rule: 'NAME_COUNTRY', key: 'name:宇航环境公司|US' });
    const oneWord = index.decide(
      fact({ name: 'AeroVironment Robotics', aliases: ['AeroVironment'], country: 'US' }),
      origin,
    );
    expect(oneWord.rule).toBe('NEW');
    expect(oneWord.nearMisses[0]?.reason).toBe(
      'the only names in common are weak ("aerovironment": one word)',
    );
  });
});
