import { describe, expect, it } from 'vitest';
import { longestList } from './use-operation-limits.ts';

describe('longestList', () => {
  it('finds the longest list at any depth of arrays and objects', () => {
    expect(longestList(undefined)).toBe(0);
    expect(longestList({ a: 'x', b: 3 })).toBe(0);
    expect(longestList({ ids: ['a', 'b'], nested: { deeper: [[1, 2, 3, 4], [5]] } })).toBe(4);
    expect(longestList([{ x: [1, 2, 3] }, 'y'])).toBe(3);
  });

  it('measures lists and objects of hundreds of thousands of items, which a request body under the size limit can hold', () => {
    const flat = new Array<number>(300_000).fill(0);
    expect(longestList({ a: flat })).toBe(300_000);
    expect(longestList({ a: [flat.slice(0, 10), flat] })).toBe(300_000);
    const wide: Record<string, number> = {};
    for (let i = 0; i < 300_000; i += 1) wide[`k${i}`] = 0;
    expect(longestList({ o: wide, ids: [1, 2] })).toBe(2);
  });
});
