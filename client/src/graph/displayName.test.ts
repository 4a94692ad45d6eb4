import { describe, expect, it } from 'vitest';
import { displayName, shortenName } from './displayName.ts';

describe('displayName', () => {
  it('adds what tells the node apart in brackets', () => {
    expect(
      displayName({ name: 'Additions to the Entity List', disambiguation: 'BIS, 2023-10-19' }),
    ).toBe('Additions to the Entity List (BIS, 2023-10-19)');
    expect(displayName({ name: 'Mao Ning', disambiguation: null })).toBe('Mao Ning');
    expect(displayName({ name: 'Mao Ning' })).toBe('Mao Ning');
  });
  it('shortens the name, never the disambiguation, to fit', () => {
    const name =
      'US Department of Defense: Section 1260H list of Chinese military companies, 2024-01-31';
    const shown = displayName({ name, disambiguation: 'listing AVIC and 133 more' }, 50);
    expect(Array.from(shown).length).toBeLessThanOrEqual(50);
    expect(shown).toMatch(/^US De.*…, 2024-01-31 \(listing AVIC and 133 more\)$/);
  });
});

describe('shortenName', () => {
  it('never cuts a date that ends the name', () => {
    const name =
      'US Department of Defense: Section 1260H list of Chinese military companies, 2024-01-31';
    const short = shortenName(name, 56);
    expect(Array.from(short).length).toBeLessThanOrEqual(56);
    expect(short).toMatch(/^US Department of Defense: Section 1260H.*…, 2024-01-31$/);
    expect(shortenName('MOFCOM: Unreliable Entity List, 2024-05-20', 56)).toBe(
      'MOFCOM: Unreliable Entity List, 2024-05-20',
    );
  });
  it('shortens other names at the end', () => {
    expect(shortenName('Ministry of Commerce of the People’s Republic of China', 20)).toBe(
      'Ministry of Commerc…',
    );
  });
});
