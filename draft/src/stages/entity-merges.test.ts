import { describe, expect, it } from 'vitest';
import { draftOf } from '../test-support/draft-of.ts';
import { initialsOf } from './entity-merges.ts';

function actors(text: string): string[] {
  const doc = draftOf(text);
  return doc.entities.map(
    (e) => `${e.name} (${e.kind}): ${e.mentions.map((m) => doc.mentions[m]!.text).join(' | ')}`,
  );
}

describe('entities joined after grouping', () => {
  it('reads initials without the small words', () => {
    expect(initialsOf('Atlantic Shipping Union')).toBe('ASU');
    expect(initialsOf('Council for the Open Seas')).toBe('COS');
  });

  it('takes a bare acronym with the initials of a named actor as that actor, and a one-word typo with it', () => {
    expect(
      actors(
        'The Atlantic Shipping Union warned shippers. The Atlantic Shiping Union wants higher fees. Because the ASU does not compete fairly, the ports suffer.',
      ),
    ).toEqual([
      'Atlantic Shipping Union (ORGANIZATION): Atlantic Shipping Union | Atlantic Shiping Union | ASU',
    ]);
  });

  it('joins a two-name administration with the one-name administration', () => {
    expect(
      actors('The Okafor administration acted. Later the Okafor-Banda administration said more.'),
    ).toEqual([
      'Okafor administration (GOVERNMENT): Okafor administration | Okafor-Banda administration',
    ]);
  });

  it('takes a head word alone as the one actor whose name ends with it, else nothing', () => {
    expect(
      actors('The Harbour Workers Union met on Monday. The Union said wages must rise.'),
    ).toEqual(['Harbour Workers Union (ORGANIZATION): Harbour Workers Union | Union']);
    expect(actors('Coalition and Union Leaders\n\nWages must rise, the pilots said.')).toEqual([]);
  });

  it('takes a company named by the first words of a full name as that company', () => {
    expect(
      actors(
        'Acme Technology Company Limited makes drones. Acme Technology sells them to the police.',
      ),
    ).toEqual([
      'Acme Technology Company Limited (COMPANY): Acme Technology Company Limited | Acme Technology',
    ]);
  });

  it('names a person known only by a title and one name with the title', () => {
    expect(actors('We thank Ambassador Okonjo for her work.')).toEqual([
      'Ambassador Okonjo (PERSON): Okonjo',
    ]);
  });
});

describe('names of institutions and companies', () => {
  it('finds national institutions by their common names', () => {
    expect(actors('We will work with the White House and Congress on the bill.')).toEqual([
      'White House (AGENCY): White House',
      'Congress (GOVERNMENT): Congress',
    ]);
  });

  it('keeps two capitalised words that start a company name', () => {
    expect(actors('The list adds ZX QRT Robotics Co., Ltd. to its entries.')).toEqual([
      'ZX QRT Robotics Co., Ltd. (COMPANY): ZX QRT Robotics Co., Ltd.',
    ]);
  });

  it('does not take a country inside a place name after New', () => {
    expect(actors('Senator Ada Moss, New Jersey: “We must act.”')).toEqual([
      'Ada Moss (PERSON): Ada Moss',
    ]);
  });
});

describe('acronyms and finer organisation kinds', () => {
  it('takes the words an acronym spells, not the country the name ends with', () => {
    expect(
      actors(
        'Director Ada Moss, Solar Makers for America (SMA) Coalition: “We agree.” SMA wants more.',
      ),
    ).toEqual([
      'Solar Makers for America (ORGANIZATION): Solar Makers for America | SMA | SMA',
      'Ada Moss (PERSON): Ada Moss',
    ]);
  });

  it('does not take an acronym that starts the name of a law as an organisation', () => {
    expect(
      actors(
        'Funds from the GROW and Science Act, and the GROW and Jobs Program, reached the ports.',
      ),
    ).toEqual([]);
  });

  it('tells working groups, development banks, clubs, outlets and industry associations apart', () => {
    expect(
      actors(
        'The Coastal Working Group, the Asian Development Bank, the Harbour Club, The Wall Street Journal and the Steel Producers Association met.',
      )
        .map((a) => a.split(':')[0])
        .sort(),
    ).toEqual([
      'Asian Development Bank (ORGANIZATION)',
      'Coastal Working Group (ORGANIZATION)',
      'Harbour Club (ORGANIZATION)',
      'Steel Producers Association (INDUSTRY_ASSOCIATION)',
      'Wall Street Journal (MEDIA_OUTLET)',
    ]);
  });
});

describe('a headline', () => {
  it('yields an organisation only when the body names it too', () => {
    expect(
      actors(
        'Readout of the Ministry of Fisheries Consultation on Actions to Protect Coastal Workers\n\nThe Ministry of Fisheries met shipowners on Monday.',
      ),
    ).toEqual(['Ministry of Fisheries (AGENCY): Ministry of Fisheries']);
    expect(
      actors(
        'Readout of the Harbour Authority Consultation on Actions to Protect Coastal Workers\n\nOfficials met shipowners on Monday.',
      ),
    ).toEqual([]);
  });
});
