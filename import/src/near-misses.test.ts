import { describe, expect, it } from 'vitest';
import type { KnownActor } from './merge-rules.ts';
import { findNearMisses } from './near-misses.ts';

const actor = (a: Partial<KnownActor> & Pick<KnownActor, 'id' | 'name'>): KnownActor => ({
  kind: 'COMPANY',
  aliases: [],
  country: null,
  wikidataId: null,
  datasets: [],
  rows: [],
  ...a,
});

describe('findNearMisses', () => {
  it('pairs nodes sharing a name, and those whose names differ only in legal form, with the reason they stayed apart', () => {
    const pairs = findNearMisses([
      actor({ id: 'alibaba', name: 'Alibaba', aliases: ['Alibaba Group'], country: 'CN' }),
      actor({
        id: 'alibaba-group-holding-limited',
        name: 'Alibaba Group Holding Limited',
        aliases: ['Alibaba'],
      }),
      actor({
        id: 'mofcom',
        kind: 'AGENCY',
        name: 'MOFCOM',
        aliases: ['Ministry of Commerce'],
        country: 'CN',
      }),
      actor({
        id: 'ministry-of-commerce',
        kind: 'ORGANIZATION',
        name: 'Ministry of Commerce',
        country: 'IN',
      }),
      actor({ id: 'huawei', name: 'Huawei Technologies Co., Ltd.', country: 'CN' }),
      actor({ id: 'huawei-2', name: 'Huawei Technologies Limited', country: 'CN' }),
      actor({ id: 'china', kind: 'COUNTRY_OR_BLOC', name: 'China' }),
      actor({ id: 'china-co', name: 'China' }),
    ]);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.match, p.reason])).toEqual([
      ['alibaba', 'alibaba-group-holding-limited', 'SAME_NAME', 'country unknown (CN / ?)'],
      ['ministry-of-commerce', 'mofcom', 'SAME_NAME', 'different countries (IN / CN)'],
      [
        'huawei',
        'huawei-2',
        'LEGAL_FORM_ONLY',
        'the names differ in legal form or wording ("Co., Ltd." / "Limited"): not the same name',
      ],
    ]);
  });

  it('lists namesakes kept apart by the merge rules, with the reason: an acronym, a surname, one name of two people', () => {
    const pairs = findNearMisses([
      actor({
        id: 'nio-optics',
        name: 'National Institute of Optics',
        aliases: ['NIO'],
        country: 'CN',
        datasets: ['cn-sanctions'],
      }),
      actor({
        id: 'nio-ordnance',
        name: 'Northern Industrial Ordnance',
        aliases: ['NIO'],
        country: 'CN',
        datasets: ['cn-sanctions'],
      }),
      actor({
        id: 'robert-smith',
        kind: 'PERSON',
        name: 'Robert Smith',
        aliases: ['史密斯'],
        country: 'US',
        datasets: ['cn-sanctions'],
      }),
      actor({
        id: 'neil-smith',
        kind: 'PERSON',
        name: 'Neil Smith',
        aliases: ['史密斯'],
        country: 'US',
        datasets: ['cn-sanctions'],
      }),
      actor({ id: 'li-wei', kind: 'PERSON', name: 'Li Wei', datasets: ['cn-sanctions'] }),
      actor({ id: 'li-wei-2', kind: 'PERSON', name: 'Li Wei', datasets: ['cn-sanctions'] }),
    ]);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.shared, p.reason])).toEqual([
      [
        'li-wei',
        'li-wei-2',
        'li wei',
        'people need two strong names in common, they share one ("li wei")',
      ],
      [
        'neil-smith',
        'robert-smith',
        '史密斯',
        'the only names in common are weak ("史密斯": a name in Chinese script without a given name)',
      ],
      [
        'nio-optics',
        'nio-ordnance',
        'nio',
        'the only names in common are weak ("nio": an acronym)',
      ],
    ]);
  });
});
