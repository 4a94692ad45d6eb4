import { describe, expect, it } from 'vitest';
import type { GraphElement } from './elements.ts';
import { SPIRAL_SPACING, boxAround, spiralPositions } from './firstPlacement.ts';

const node = (id: string): GraphElement => ({ group: 'nodes', data: { id }, classes: '' });
const edge = (id: string, source: string, target: string): GraphElement => ({
  group: 'edges',
  data: { id, source, target },
  classes: '',
});

describe('first placement of a large graph', () => {
  it('puts the most connected node in the middle and every node apart from the others', () => {
    const ids = Array.from({ length: 400 }, (_, i) => `n:${String(i).padStart(3, '0')}`);
    const elements = [
      ...ids.map(node),
      // n:399 is the hub; n:398 next; a relationship to a node not shown is not counted.
      ...ids.slice(0, 50).map((id, i) => edge(`r:h${i}`, 'n:399', id)),
      ...ids.slice(0, 20).map((id, i) => edge(`r:s${i}`, id, 'n:398')),
      edge('r:gone', 'n:000', 'n:missing'),
    ];
    const positions = spiralPositions(elements);
    expect(positions.size).toBe(400);
    const centre = (id: string) => Math.hypot(positions.get(id)!.x, positions.get(id)!.y);
    expect(centre('n:399')).toBeLessThan(centre('n:398'));
    expect(centre('n:398')).toBeLessThan(centre('n:250'));
    const points = [...positions.values()];
    let closest = Infinity;
    for (let i = 0; i < points.length; i++)
      for (let j = i + 1; j < points.length; j++)
        closest = Math.min(
          closest,
          Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y),
        );
    // Nodes are at most 38 px wide: the closest pair still leaves them apart.
    expect(closest).toBeGreaterThan(38);
    expect(closest).toBeLessThan(SPIRAL_SPACING * 1.5);
  });

  it('gives the same places to the same elements in any order', () => {
    const elements = [node('n:a'), node('n:b'), node('n:c'), edge('r:1', 'n:a', 'n:b')];
    const again = spiralPositions([...elements].reverse());
    expect(again).toEqual(spiralPositions(elements));
  });

  it('boxes the positions with a margin', () => {
    const box = boxAround(
      new Map([
        ['n:a', { x: -10, y: 5 }],
        ['n:b', { x: 30, y: -20 }],
      ]),
      4,
    );
    expect(box).toEqual({ x1: -14, y1: -24, x2: 34, y2: 9 });
    expect(boxAround(new Map(), 4)).toBeNull();
  });
});
