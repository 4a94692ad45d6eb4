import { describe, expect, it } from 'vitest';
import {
  NODE_SPACING,
  NO_INSETS,
  OccupancyGrid,
  fitViewport,
  freeSpotNear,
  insetsFor,
  separate,
} from './freeSpace.ts';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('free space', () => {
  it('finds the nearest free spot around a crowded point, facing the preferred way', () => {
    const grid = new OccupancyGrid();
    const crowd = [
      { x: 0, y: 0 },
      { x: 40, y: 0 },
      { x: 0, y: 40 },
    ];
    for (const point of crowd) grid.add(point);
    expect(grid.isFree({ x: 10, y: 10 })).toBe(false);
    const spot = freeSpotNear(grid, { x: 0, y: 0 }, 0, Math.PI);
    for (const point of crowd) expect(distance(spot, point)).toBeGreaterThanOrEqual(NODE_SPACING);
    // Facing left, the first free ring lies on the left.
    expect(spot.x).toBeLessThan(0);
    expect(distance(spot, { x: 0, y: 0 })).toBeLessThanOrEqual(NODE_SPACING * 1.5);
  });

  it('moves only the new points that lie on others, each clear of all the rest', () => {
    const fixed = Array.from({ length: 25 }, (_, i) => ({
      x: (i % 5) * 70,
      y: Math.floor(i / 5) * 70,
    }));
    const moving = new Map([
      ['on-a-node', { x: 140, y: 140 }],
      ['also-there', { x: 141, y: 139 }],
      ['clear', { x: 1000, y: 1000 }],
    ]);
    const settled = separate(moving, fixed);
    expect(settled.get('clear')).toEqual({ x: 1000, y: 1000 });
    const placed = [...settled.values()];
    for (const spot of placed) {
      for (const point of fixed) expect(distance(spot, point)).toBeGreaterThanOrEqual(NODE_SPACING);
    }
    expect(distance(settled.get('on-a-node')!, settled.get('also-there')!)).toBeGreaterThanOrEqual(
      NODE_SPACING,
    );
  });

  it('reserves the cheaper side for an overlay in a corner', () => {
    const size = { width: 1000, height: 600 };
    // A tall narrow legend at the bottom left: keep its width free on the left.
    expect(insetsFor([{ x1: 10, y1: 200, x2: 210, y2: 590 }], size)).toEqual({
      ...NO_INSETS,
      left: 210,
    });
    // A wide flat one: keep its height free at the bottom.
    expect(insetsFor([{ x1: 10, y1: 540, x2: 700, y2: 590 }], size)).toEqual({
      ...NO_INSETS,
      bottom: 60,
    });
    expect(insetsFor([{ x1: 0, y1: 0, x2: 0, y2: 0 }], size)).toEqual(NO_INSETS);
  });

  it('fits a box into the free part of the canvas, centred there, within the zoom limits', () => {
    const size = { width: 1000, height: 600 };
    const box = { x1: -100, y1: -50, x2: 100, y2: 50 };
    const insets = { ...NO_INSETS, left: 200 };
    const { zoom, pan } = fitViewport(box, size, insets, 40, 10);
    // Free width 1000 - 200 - 80 = 720 for 200 model px; free height 520 for 100.
    expect(zoom).toBeCloseTo(3.6, 5);
    const screen = (x: number, y: number) => ({ x: x * zoom + pan.x, y: y * zoom + pan.y });
    expect(screen(box.x1, 0).x).toBeCloseTo(240, 5);
    expect(screen(box.x2, 0).x).toBeCloseTo(960, 5);
    expect(screen(0, box.y1).y + screen(0, box.y2).y).toBeCloseTo(600, 5);
    expect(fitViewport(box, size, insets, 40, 1.2).zoom).toBe(1.2);
    expect(fitViewport({ x1: 0, y1: 0, x2: 1e6, y2: 1 }, size, NO_INSETS, 40, 4, 0.08).zoom).toBe(
      0.08,
    );
  });
});
