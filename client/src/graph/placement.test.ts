import { describe, expect, it } from 'vitest';
import { placeNewNodes } from './placement.ts';

describe('placeNewNodes', () => {
  const existing = new Map([['origin', { x: 500, y: 300 }]]);
  const positionOf = (id: string) => existing.get(id) ?? null;

  it('places new nodes on a ring around the node they came from', () => {
    const anchors: Record<string, string[]> = { a: ['origin'], b: ['origin'], c: ['origin'] };
    const placed = placeNewNodes(['a', 'b', 'c'], (id) => anchors[id] ?? [], positionOf, {
      x: 0,
      y: 0,
    });
    expect([...placed.keys()].sort()).toEqual(['a', 'b', 'c']);
    for (const point of placed.values()) {
      expect(Math.hypot(point.x - 500, point.y - 300)).toBeCloseTo(90, 5);
    }
    const distinct = new Set(
      [...placed.values()].map((point) => `${Math.round(point.x)},${Math.round(point.y)}`),
    );
    expect(distinct.size).toBe(3);
  });

  it('places a node linked only to another new node near that one', () => {
    const anchors: Record<string, string[]> = { a: ['origin'], b: ['a'] };
    const placed = placeNewNodes(['a', 'b'], (id) => anchors[id] ?? [], positionOf, { x: 0, y: 0 });
    const a = placed.get('a')!;
    const b = placed.get('b')!;
    expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeCloseTo(90, 5);
  });

  it('puts unconnected nodes around the fallback point', () => {
    const placed = placeNewNodes(['lonely'], () => [], positionOf, { x: 10, y: 20 });
    expect(placed.get('lonely')).toEqual({ x: 10, y: 20 });
  });
});
