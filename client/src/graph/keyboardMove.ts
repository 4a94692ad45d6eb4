/**
 * Moving between nodes with the arrow keys, pure: the node to go to from a point in a direction,
 * by drawn position (the screen's y grows downwards), preferring nodes straight ahead over nodes
 * nearer but off to the side.
 */

/** An arrow key's direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, [number, number]> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/** The direction of an arrow key (`ArrowLeft`…), or null for any other key. */
export function arrowDirection(key: string): Direction | null {
  switch (key) {
    case 'ArrowLeft':
      return 'left';
    case 'ArrowRight':
      return 'right';
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    default:
      return null;
  }
}

/**
 * The id of the point to move to from `from` in `direction`: among the points ahead (more than
 * 45° off the direction is not ahead), the one with the least distance ahead plus twice its
 * distance to the side. With `direction` null, the point nearest `from`. `exclude` (the point
 * moved from) is never chosen; null when no point qualifies.
 */
export function nearestInDirection(
  points: readonly { id: string; x: number; y: number }[],
  from: { x: number; y: number },
  direction: Direction | null,
  exclude: string | null = null,
): string | null {
  let best: string | null = null;
  let bestScore = Infinity;
  for (const point of points) {
    if (point.id === exclude) continue;
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    let score: number;
    if (direction === null) score = Math.hypot(dx, dy);
    else {
      const [vx, vy] = VECTORS[direction];
      const ahead = dx * vx + dy * vy;
      const side = Math.abs(dx * vy - dy * vx);
      if (ahead <= 0 || side > ahead) continue;
      score = ahead + 2 * side;
    }
    if (score < bestScore) {
      bestScore = score;
      best = point.id;
    }
  }
  return best;
}
