import { describe, expect, it } from 'vitest';
import { subgraphCalls, type SubgraphCall } from './subgraphBatches.ts';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `n${i}`);
const lists = (call: SubgraphCall) =>
  call.kind === 'subgraph' ? [call.ids] : [call.from, call.to];

describe('subgraphCalls', () => {
  it('asks once when the ids fit, duplicates dropped, and not at all for none', () => {
    expect(subgraphCalls(['a', 'b', 'a'], 10)).toEqual([{ kind: 'subgraph', ids: ['a', 'b'] }]);
    expect(subgraphCalls([], 10)).toEqual([]);
  });

  it('asks for each chunk, then for the relationships between each pair of chunks, every list within the maximum', () => {
    const calls = subgraphCalls(ids(25), 10);
    // 3 chunks (10, 10, 5): 3 subgraph calls, 3 pairs.
    expect(calls.map((call) => call.kind)).toEqual([
      'subgraph',
      'subgraph',
      'subgraph',
      'between',
      'between',
      'between',
    ]);
    expect(calls.flatMap(lists).every((list) => list.length <= 10)).toBe(true);
    expect(
      calls
        .filter((call) => call.kind === 'subgraph')
        .flatMap(lists)
        .flat(),
    ).toEqual(ids(25));
  });

  it('covers every two wanted nodes exactly once: inside one chunk, or between two', () => {
    const all = ids(23);
    const calls = subgraphCalls(all, 6);
    for (const a of all) {
      for (const b of all) {
        if (a === b) continue;
        const covering = calls.filter((call) =>
          call.kind === 'subgraph'
            ? call.ids.includes(a) && call.ids.includes(b)
            : (call.from.includes(a) && call.to.includes(b)) ||
              (call.from.includes(b) && call.to.includes(a)),
        );
        expect(covering, `${a} with ${b}`).toHaveLength(1);
      }
    }
  });
});
