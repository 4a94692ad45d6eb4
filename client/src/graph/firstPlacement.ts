/**
 * Where the nodes of a large graph shown for the first time are drawn while the worker computes
 * their real layout (workerLayout.ts): computed from the elements' data alone, before they are
 * added to Cytoscape, so the first frame waits for no layout and no bounding box. The nodes go on a
 * sunflower spiral (Vogel's method: the i-th at radius `spacing` × √i, turned by the golden angle),
 * most connected first, so the hubs are in the middle and the disc is evenly filled. Pure and
 * linear in the elements (plus a sort by degree).
 */
import type { GraphElement } from './elements.ts';
import type { Box, Point } from './freeSpace.ts';

/** Distance (model px) between neighbouring nodes of the spiral: the largest node (38 px) and a gap. */
export const SPIRAL_SPACING = 48;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions (by element id) of the nodes of `elements`: sorted by degree (relationships among
 * `elements`, most first; ties by id, so the same elements always give the same places), then
 * along the spiral from its centre at (0, 0).
 */
export function spiralPositions(
  elements: readonly GraphElement[],
  spacing = SPIRAL_SPACING,
): Map<string, Point> {
  const degree = new Map<string, number>();
  for (const element of elements) if (element.group === 'nodes') degree.set(element.data.id, 0);
  for (const element of elements) {
    if (element.group !== 'edges') continue;
    for (const end of [String(element.data.source), String(element.data.target)]) {
      const current = degree.get(end);
      if (current !== undefined) degree.set(end, current + 1);
    }
  }
  const order = [...degree.keys()].sort(
    (a, b) => degree.get(b)! - degree.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  // Vogel's spiral: the points' mean nearest-neighbour distance is about 1.7 × its scale.
  const scale = spacing / 1.7;
  const positions = new Map<string, Point>();
  order.forEach((id, index) => {
    const radius = scale * Math.sqrt(index + 0.5);
    const angle = index * GOLDEN_ANGLE;
    positions.set(id, { x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
  return positions;
}

/** The box holding every point of `positions` with `margin` model px around each (null when empty). */
export function boxAround(positions: ReadonlyMap<string, Point>, margin: number): Box | null {
  if (positions.size === 0) return null;
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { x, y } of positions.values()) {
    box.x1 = Math.min(box.x1, x - margin);
    box.y1 = Math.min(box.y1, y - margin);
    box.x2 = Math.max(box.x2, x + margin);
    box.y2 = Math.max(box.y2, y + margin);
  }
  return box;
}
