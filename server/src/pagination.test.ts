import { describe, expect, it } from 'vitest';
import { edgesOf, encodeCursor, offsetAfter, pageInfoOf } from './pagination.ts';
import type { NodeRow } from './neo4j/rows.ts';

const node = (id: string) => ({ id }) as NodeRow;

describe('cursors', () => {
  it('continue after the edge they name', () => {
    expect(offsetAfter(undefined)).toBe(0);
    expect(offsetAfter(encodeCursor(0))).toBe(1);
    expect(offsetAfter(encodeCursor(41))).toBe(42);
  });
  it('refuse what this API did not give out, naming "after"', () => {
    for (const bad of [
      '',
      'abc',
      encodeCursor(-1),
      Buffer.from('offset:1e3').toString('base64url'),
    ]) {
      expect(() => offsetAfter(bad)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ argumentName: 'after' }) }),
      );
    }
  });
});

describe('pages', () => {
  it('tell whether there is more before and after', () => {
    const page = { nodes: [node('a'), node('b')], totalCount: 5, offset: 2 };
    expect(edgesOf(page).map((edge) => offsetAfter(edge.cursor))).toEqual([3, 4]);
    expect(pageInfoOf(page)).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(pageInfoOf({ nodes: [], totalCount: 0, offset: 0 })).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});
