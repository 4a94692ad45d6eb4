import { describe, expect, it } from 'vitest';
import { subgraphBatches } from './subgraphBatches.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);

describe('subgraphBatches', () => {
  it('asks once when the ids fit, duplicates dropped, and not at all for none', () => {
    expect(subgraphBatches(['a', 'b', 'a'], 10)).toEqual([{ ids: ['a', 'b'], withNodes: true }]);
    expect(subgraphBatches([], 10)).toEqual([]);
  });

  it('asks for every pair of half-size chunks, each within the maximum, nodes only until every chunk came', () => {
    const batches = subgraphBatches(ids(25), 10);
    // 5 chunks of 5: 10 pairs.
    expect(batches).toHaveLength(10);
    expect(batches.every((batch) => batch.ids.length <= 10)).toBe(true);
    const withNodes = batches.filter((batch) => batch.withNodes);
    expect(new Set(withNodes.flatMap((batch) => batch.ids))).toEqual(new Set(ids(25)));
    expect(withNodes).toHaveLength(3);
    expect(batches.slice(0, 3)).toEqual(withNodes);
  });

  it('puts every two wanted nodes together in some call, so no relationship among them is missed', () => {
    const all = ids(23);
    const batches = subgraphBatches(all, 6);
    for (const a of all) {
      for (const b of all) {
        expect(
          batches.some((batch) => batch.ids.includes(a) && batch.ids.includes(b)),
          `${a} with ${b}`,
        ).toBe(true);
      }
    }
  });
});
