import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePartialDate } from './dates.ts';

describe('isCalendarDate', () => {
  it('accepts days that exist and refuses those that do not', () => {
    expect(isCalendarDate('2023-07-03')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-00-10')).toBe(false);
    expect(isCalendarDate('2023-7-3')).toBe(false);
  });
});

describe('parsePartialDate', () => {
  it('stores a month or a year as its first day with its precision', () => {
    expect(parsePartialDate('2023-06')).toEqual({ date: '2023-06-01', precision: 'MONTH' });
    expect(parsePartialDate('2023')).toEqual({ date: '2023-01-01', precision: 'YEAR' });
    expect(parsePartialDate('2023-07-03')).toEqual({ date: '2023-07-03', precision: 'DAY' });
  });

  it('refuses months and days that do not exist', () => {
    expect(parsePartialDate('2023-13')).toBeNull();
    expect(parsePartialDate('2023-02-30')).toBeNull();
    expect(parsePartialDate('June 2023')).toBeNull();
  });
});
