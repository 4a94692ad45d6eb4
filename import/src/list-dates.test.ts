import { describe, expect, it } from 'vitest';
import { parseListDate } from './list-dates.ts';

describe('parseListDate', () => {
  it('reads DD.MM.YYYY and DD.MM.YY as the same day', () => {
    expect(parseListDate('02.12.2019')).toEqual({
      ok: true,
      value: { date: '2019-12-02', precision: 'DAY' },
    });
    expect(parseListDate('13.07.20')).toEqual({
      ok: true,
      value: { date: '2020-07-13', precision: 'DAY' },
    });
    expect(parseListDate('3.8.22')).toEqual({
      ok: true,
      value: { date: '2022-08-03', precision: 'DAY' },
    });
  });
  it('reads ISO days and bare years (the first day, precision YEAR)', () => {
    expect(parseListDate('2025-01-07')).toEqual({
      ok: true,
      value: { date: '2025-01-07', precision: 'DAY' },
    });
    expect(parseListDate('2026')).toEqual({
      ok: true,
      value: { date: '2026-01-01', precision: 'YEAR' },
    });
  });
  it('gives null for a blank cell', () => {
    expect(parseListDate('')).toEqual({ ok: true, value: null });
    expect(parseListDate('  ')).toEqual({ ok: true, value: null });
  });
  it('refuses days that do not exist and forms it does not know', () => {
    expect(parseListDate('30.02.2024')).toEqual({
      ok: false,
      reason: '"30.02.2024" is not a day of the calendar',
    });
    expect(parseListDate('2023-13-01')).toMatchObject({ ok: false });
    expect(parseListDate('12/05/2023')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not a date'),
    });
    expect(parseListDate('05.2023')).toMatchObject({ ok: false });
  });
  it('refuses a two-digit year that would land after the latest year allowed', () => {
    expect(parseListDate('01.01.99', 2027)).toEqual({
      ok: false,
      reason: '"01.01.99" would be in 2099, after 2027',
    });
    expect(parseListDate('01.01.27', 2027)).toMatchObject({ ok: true });
  });
  it('reads English dates written out, by a fixed list of forms', () => {
    const day = { ok: true, value: { date: '2027-03-03', precision: 'DAY' } };
    for (const cell of [
      'March 3, 2027',
      'Mar. 3, 2027',
      'Mar 3, 2027',
      '3 March 2027',
      '3rd March 2027',
    ])
      expect(parseListDate(cell, 2030)).toEqual(day);
    expect(parseListDate('March 2027', 2030)).toEqual({
      ok: true,
      value: { date: '2027-03-01', precision: 'MONTH' },
    });
    for (const cell of ['February 29, 2025', 'March 3, 27', 'Sometime in March 2027'])
      expect(parseListDate(cell, 2030)).toMatchObject({ ok: false });
    expect(parseListDate('March 3, 2027', 2026)).toEqual({
      ok: false,
      reason: '"March 3, 2027" would be in 2027, after 2026',
    });
  });
});
