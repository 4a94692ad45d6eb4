import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.ts';

describe('isIsoDate', () => {
  it('accepts calendar dates written YYYY-MM-DD', () => {
    for (const date of ['2023-08-01', '2024-02-29', '1999-12-31']) expect(isIsoDate(date)).toBe(true);
  });
  it('refuses other shapes and dates not on the calendar', () => {
    for (const date of ['2023-02-29', '2023-13-01', '2023-00-10', '2023-8-1', '2023-08-01T00:00:00Z', '', '20230801']) {
      expect(isIsoDate(date)).toBe(false);
    }
  });
});
