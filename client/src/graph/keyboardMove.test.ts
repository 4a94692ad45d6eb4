import { describe, expect, it } from 'vitest';
import { arrowDirection, nearestInDirection } from './keyboardMove.ts';

const points = [
  { id: 'centre', x: 0, y: 0 },
  { id: 'right-far', x: 200, y: 0 },
  { id: 'right-near-off', x: 60, y: 50 },
  { id: 'right-near', x: 90, y: 5 },
  { id: 'above', x: 10, y: -100 },
  { id: 'below-left', x: -80, y: 120 },
];
const centre = { x: 0, y: 0 };

describe('nearestInDirection', () => {
  it('goes to the node most nearly straight ahead', () => {
    expect(nearestInDirection(points, centre, 'right', 'centre')).toBe('right-near');
    expect(nearestInDirection(points, centre, 'up', 'centre')).toBe('above');
    expect(nearestInDirection(points, centre, 'down', 'centre')).toBe('below-left');
  });

  it('stays put when nothing lies that way, and never picks the node it starts from', () => {
    expect(nearestInDirection(points, centre, 'left', 'centre')).toBeNull();
    expect(nearestInDirection([{ id: 'only', x: 0, y: 0 }], centre, 'right', 'only')).toBeNull();
  });

  it('without a direction, takes the node nearest the point', () => {
    expect(nearestInDirection(points, { x: 190, y: 10 }, null)).toBe('right-far');
  });

  it('reads arrow keys', () => {
    expect(
      ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(arrowDirection),
    ).toEqual(['left', 'right', 'up', 'down', null]);
  });
});
