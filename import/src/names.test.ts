import { describe, expect, it } from 'vitest';
import { looseKey, nameKey, nameKeys, slugify, splitNames } from './names.ts';

describe('nameKey', () => {
  it('ignores case, punctuation, spacing and full-width forms', () => {
    expect(nameKey('Aviation Industry Corporation of China, Ltd.')).toBe(
      'aviation industry corporation of china ltd',
    );
    expect(nameKey('Aviation Industry Corporation of China Ltd.')).toBe(
      'aviation industry corporation of china ltd',
    );
    expect(nameKey('AVIC Xi’an Aircraft')).toBe(nameKey("AVIC Xi'an  aircraft"));
    expect(nameKey('ＭＯＦＣＯＭ')).toBe('mofcom');
    expect(nameKey('M&S Electronics')).toBe('m and s electronics');
  });
  it('drops spaces inside CJK names and keeps the characters', () => {
    expect(nameKey('美国 国家民主基金会')).toBe('美国国家民主基金会');
    expect(nameKey('L3哈里斯公司')).toBe('l3哈里斯公司');
  });
  it('keeps distinct names distinct', () => {
    expect(nameKey('Ministry of Commerce')).not.toBe(nameKey('Department of Commerce'));
    expect(nameKey('Beijing Institute of Technology')).not.toBe(
      nameKey('Beijing University of Technology'),
    );
  });
});

describe('looseKey', () => {
  it('drops legal forms, for near-misses', () => {
    expect(looseKey('Alibaba Group Holding Limited')).toBe('alibaba');
    expect(looseKey('Huawei Technologies Co., Ltd.')).toBe(looseKey('Huawei Technologies'));
    expect(looseKey('三菱电机工程株式会社')).toBe('三菱电机工程');
  });
  it('keeps the key when nothing but legal forms is left', () => {
    expect(looseKey('The Group')).toBe('the group');
  });
});

describe('nameKeys, splitNames and slugify', () => {
  it('dedupes keys and drops empty ones', () => {
    expect(nameKeys(['Red Cat', 'RED CAT', '--'])).toEqual(['red cat']);
  });
  it('splits on semicolons, and on tight commas only when asked', () => {
    expect(splitNames('Teal Drones;iDrone')).toEqual(['Teal Drones', 'iDrone']);
    expect(splitNames('Knownsec,Beijing Kownsec', 'semicolon-or-tight-comma')).toEqual([
      'Knownsec',
      'Beijing Kownsec',
    ]);
    expect(splitNames('China Avionics Systems Co., Ltd.', 'semicolon-or-tight-comma')).toEqual([
      'China Avionics Systems Co., Ltd.',
    ]);
    expect(splitNames('')).toEqual([]);
  });
  it('makes ASCII slugs of bounded length', () => {
    expect(slugify('Lockheed Martin Corporation')).toBe('lockheed-martin-corporation');
    expect(slugify('Société Générale & Cie')).toBe('societe-generale-and-cie');
    expect(slugify('a'.repeat(30) + ' ' + 'b'.repeat(40), 40)).toBe('a'.repeat(30));
    expect(slugify('美国国家民主基金会')).toBe('');
  });
});
