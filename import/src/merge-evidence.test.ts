import { describe, expect, it } from 'vitest';
import { weakness, withoutAbbreviations } from './merge-evidence.ts';

describe('the strength of a shared name', () => {
  it('finds acronyms, short names, one-word aliases and surnames in Chinese script weak', () => {
    expect(weakness('nio', ['NIO'], 'ORGANISATION', true)).toBe('an acronym');
    expect(weakness('s sea', ['S-SEA'], 'ORGANISATION', false)).toBe('an acronym');
    expect(weakness('ibm', ['Ibm'], 'ORGANISATION', true)).toBe('too short');
    expect(weakness('alibaba', ['Alibaba'], 'ORGANISATION', false)).toBe('one word');
    expect(weakness('exovera', ['Exovera'], 'ORGANISATION', true)).toBeNull();
    expect(weakness('smith', ['Smith'], 'PERSON', true)).toBe('one word');
    expect(weakness('史密斯', ['史密斯'], 'PERSON', false)).toBe(
      'a name in Chinese script without a given name',
    );
    expect(weakness('奥布莱恩', ['奥布莱恩'], 'PERSON', false)).toBe(
      'a name in Chinese script without a given name',
    );
    expect(weakness('杰西马莱夫', ['杰西·马莱夫'], 'PERSON', false)).toBeNull();
    expect(weakness('商务部', ['商务部'], 'ORGANISATION', false)).toBe('too short');
    expect(weakness('宇航环境公司', ['宇航环境公司'], 'ORGANISATION', false)).toBeNull();
    expect(
      weakness(
        'national institute of optics',
        ['National Institute of Optics'],
        'ORGANISATION',
        false,
      ),
    ).toBeNull();
  });

  it('reads a name without the abbreviations it gives in brackets', () => {
    expect(withoutAbbreviations('Moscow Institute of Physics and Technology (MIPT)')).toBe(
      'Moscow Institute of Physics and Technology',
    );
    expect(
      withoutAbbreviations(
        'Chinese Academy of Sciences (CAS) – Institute of Computing Technology (ICT)',
      ),
    ).toBe('Chinese Academy of Sciences – Institute of Computing Technology');
    expect(withoutAbbreviations('China Unicom (BVI) Co., Ltd.')).toBe('China Unicom Co., Ltd.');
    expect(withoutAbbreviations('360 Security Technology Inc. (Qihoo 360)')).toBeNull();
    expect(withoutAbbreviations('Acme')).toBeNull();
  });
});
