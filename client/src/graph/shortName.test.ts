import { describe, expect, it } from 'vitest';
import { shortName } from './shortName.ts';

describe('shortName', () => {
  it('keeps short names', () => {
    expect(shortName('Mao Ning', ['毛宁'])).toBe('Mao Ning');
  });
  it('takes the shortest alias in the name’s script for long names', () => {
    expect(
      shortName("Ministry of Commerce of the People's Republic of China", [
        'MOFCOM',
        'Ministry of Commerce',
        '商务部',
      ]),
    ).toBe('MOFCOM');
  });
  it('keeps a long name without a usable alias', () => {
    expect(shortName('Information Consumption Alliance of China', ['信息消费联盟'])).toBe(
      'Information Consumption Alliance of China',
    );
  });
});
