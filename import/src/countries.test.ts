import { describe, expect, it } from 'vitest';
import { normaliseCountry } from './countries.ts';

describe('normaliseCountry', () => {
  it('keeps ISO codes, in either case, and EU', () => {
    expect(normaliseCountry('US')).toEqual({ ok: true, value: 'US' });
    expect(normaliseCountry('tw')).toEqual({ ok: true, value: 'TW' });
    expect(normaliseCountry('EU')).toEqual({ ok: true, value: 'EU' });
  });
  it('turns English names into codes', () => {
    expect(normaliseCountry('Japan')).toEqual({ ok: true, value: 'JP' });
    expect(normaliseCountry('Czech Republic')).toEqual({ ok: true, value: 'CZ' });
    expect(normaliseCountry(' Germany ')).toEqual({ ok: true, value: 'DE' });
    expect(normaliseCountry('Russia')).toEqual({ ok: true, value: 'RU' });
    expect(normaliseCountry('UK')).toEqual({ ok: true, value: 'GB' });
  });
  it('gives null for a blank cell and refuses what it cannot read', () => {
    expect(normaliseCountry('')).toEqual({ ok: true, value: null });
    expect(normaliseCountry('XX')).toEqual({
      ok: false,
      reason: '"XX" is neither an ISO 3166-1 alpha-2 code, a country name nor a nationality',
    });
    expect(normaliseCountry('Atlantis')).toMatchObject({ ok: false });
  });
  it('reads nationality adjectives, the independent country for one shared with territories', () => {
    expect(['Iraqi', 'syrian', 'American', 'Taiwanese', 'Dutch'].map(normaliseCountry)).toEqual(
      ['IQ', 'SY', 'US', 'TW', 'NL'].map((value) => ({ ok: true, value })),
    );
    expect(normaliseCountry('Congolese')).toEqual({
      ok: false,
      reason: '"Congolese" is the nationality of more than one country (CD, CG)',
    });
  });
});
