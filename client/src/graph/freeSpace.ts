/**
 * Room on the canvas, pure: where a new node can go without landing on a shown one (an occupancy
 * grid and a spiral search for the nearest free spot), and the viewport that fits a box into the
 * part of the canvas that overlays (the legend) leave free. Used by runLayouts.ts.
 */

export interface Point {
  x: number;
  y: number;
}

/** A box in model or screen coordinates. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Room, in screen px, that overlays take at each edge of the canvas. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Least distance between the centres of two nodes placed by us (model px): node size and a gap. */
export const NODE_SPACING = 64;

/** Points on a grid of cells `spacing` wide, to ask in constant time whether a spot is free. */
export class OccupancyGrid {
  private readonly cells = new Map<string, Point[]>();

  constructor(private readonly spacing = NODE_SPACING) {}

  add(point: Point): void {
    const key = this.key(Math.floor(point.x / this.spacing), Math.floor(point.y / this.spacing));
    const cell = this.cells.get(key);
    if (cell) cell.push(point);
    else this.cells.set(key, [point]);
  }

  /** True when no point is closer to `point` than the spacing. */
  isFree(point: Point): boolean {
    const cx = Math.floor(point.x / this.spacing);
    const cy = Math.floor(point.y / this.spacing);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const other of this.cells.get(this.key(cx + dx, cy + dy)) ?? []) {
          if (Math.hypot(other.x - point.x, other.y - point.y) < this.spacing) return false;
        }
      }
    }
    return true;
  }

  private key(x: number, y: number): string {
    return `${x},${y}`;
  }
}

/**
 * The free spot nearest `centre` at least `from` away from it: rings of growing radius, each
 * walked at one-spacing steps starting at `angle` (radians), so the spot found faces that way when
 * it can. Always returns a spot (rings grow until one is free).
 */
export function freeSpotNear(
  grid: OccupancyGrid,
  centre: Point,
  from = 0,
  angle = 0,
  spacing = NODE_SPACING,
): Point {
  for (let radius = from; ; radius += spacing / 2) {
    const steps = radius === 0 ? 1 : Math.max(6, Math.ceil((2 * Math.PI * radius) / spacing));
    for (let step = 0; step < steps; step++) {
      // Alternate either side of the preferred angle: 0, +1, -1, +2, -2…
      const offset = step === 0 ? 0 : Math.ceil(step / 2) * (step % 2 === 1 ? 1 : -1);
      const a = angle + (2 * Math.PI * offset) / steps;
      const spot = { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) };
      if (grid.isFree(spot)) return spot;
    }
  }
}

/**
 * Moves each of `moving` (in order) that is closer than the spacing to a fixed point or to a moving
 * one already settled, to the nearest free spot around where it is. Points already clear stay.
 * @returns the settled positions, by id.
 */
export function separate(
  moving: ReadonlyMap<string, Point>,
  fixed: Iterable<Point>,
  spacing = NODE_SPACING,
): Map<string, Point> {
  const grid = new OccupancyGrid(spacing);
  for (const point of fixed) grid.add(point);
  const settled = new Map<string, Point>();
  for (const [id, point] of moving) {
    const spot = grid.isFree(point) ? point : freeSpotNear(grid, point, spacing / 2, 0, spacing);
    grid.add(spot);
    settled.set(id, spot);
  }
  return settled;
}

/**
 * Which edges overlays take: each overlay (screen box, relative to the canvas of size `size`) is
 * kept clear of by reserving the side it sits on that costs the least room: its width at the left
 * or right, or its height at the top or bottom.
 */
export function insetsFor(
  overlays: readonly Box[],
  size: { width: number; height: number },
): Insets {
  const insets = { ...NO_INSETS };
  for (const box of overlays) {
    const width = box.x2 - box.x1;
    const height = box.y2 - box.y1;
    if (width <= 0 || height <= 0) continue;
    const horizontal = box.x1 + box.x2 < size.width ? 'left' : 'right';
    const vertical = box.y1 + box.y2 < size.height ? 'top' : 'bottom';
    const sideways = horizontal === 'left' ? box.x2 : size.width - box.x1;
    const upright = vertical === 'top' ? box.y2 : size.height - box.y1;
    if (sideways / size.width <= upright / size.height)
      insets[horizontal] = Math.max(insets[horizontal], sideways);
    else insets[vertical] = Math.max(insets[vertical], upright);
  }
  return insets;
}

/**
 * The zoom and pan that fit `box` (model coordinates) into a canvas of `size` less `insets` and
 * `padding` on every side, centred there, zoomed no further in than `maxZoom` nor out than `minZoom`.
 */
export function fitViewport(
  box: Box,
  size: { width: number; height: number },
  insets: Insets,
  padding: number,
  maxZoom: number,
  minZoom = 0,
): { zoom: number; pan: Point } {
  const width = Math.max(1, size.width - insets.left - insets.right - 2 * padding);
  const height = Math.max(1, size.height - insets.top - insets.bottom - 2 * padding);
  const boxWidth = Math.max(box.x2 - box.x1, 1);
  const boxHeight = Math.max(box.y2 - box.y1, 1);
  const zoom = Math.max(minZoom, Math.min(maxZoom, width / boxWidth, height / boxHeight));
  return {
    zoom,
    pan: {
      x: insets.left + padding + (width - boxWidth * zoom) / 2 - box.x1 * zoom,
      y: insets.top + padding + (height - boxHeight * zoom) / 2 - box.y1 * zoom,
    },
  };
}
