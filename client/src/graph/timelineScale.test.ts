import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, timelineScale, timelineTicks } from './timelineScale.ts';

describe('timelineScale', () => {
  it('maps dates to 0..1 and back, padded at both ends', () => {
    const scale = timelineScale(['2023-07-03', '2023-07-05', '2023-08-01']);
    expect(scale.position('2023-07-03')).toBeGreaterThan(0);
    expect(scale.position('2023-08-01')).toBeLessThan(1);
    expect(scale.dateAt(scale.position('2023-07-05'))).toBe('2023-07-05');
    expect(scale.dateAt(-1)).toBe(dateOfDay(scale.first));
  });

  it('gives a single date a month either side', () => {
    const scale = timelineScale(['2023-07-05']);
    expect(scale.position('2023-07-05')).toBeCloseTo(0.5, 5);
    expect(scale.last - scale.first).toBe(60);
  });

  it('does not shift dates by time zone', () => {
    expect(dateOfDay(dayNumber('2023-01-01'))).toBe('2023-01-01');
  });
});

describe('timelineTicks', () => {
  it('gives month starts within the span', () => {
    expect(timelineTicks(dayNumber('2023-06-20'), dayNumber('2023-09-10'))).toEqual([
      '2023-07-01',
      '2023-08-01',
      '2023-09-01',
    ]);
  });
  it('gives year starts for long spans', () => {
    expect(timelineTicks(dayNumber('2018-03-01'), dayNumber('2023-09-10'))).toEqual([
      '2019-01-01',
      '2020-01-01',
      '2021-01-01',
      '2022-01-01',
      '2023-01-01',
    ]);
  });
});
