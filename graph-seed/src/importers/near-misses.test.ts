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
});
