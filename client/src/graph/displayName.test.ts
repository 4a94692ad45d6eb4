import { describe, expect, it } from 'vitest';
import { displayName } from './displayName.ts';

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
    expect(shown.endsWith(' (listing AVIC and 133 more)')).toBe(true);
    expect(shown.startsWith('US Department of')).toBe(true);
  });
});
