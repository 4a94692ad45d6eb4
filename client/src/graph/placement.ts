/**
 * Where new nodes first appear before the incremental layout refines them: on a ring around the
 * shown node they are connected to (the node they were expanded from), so they grow out of their
 * origin instead of flying in from the middle of the canvas. Pure.
 */

export interface Point {
  x: number;
  y: number;
}

/**
 * Start positions for `newIds`. `anchorOf(id)` gives the id of a node already placed that the new
 * node is connected to (or null); `positionOf` gives positions of placed nodes. New nodes connected
 * only to other new nodes are placed around those once placed; the rest go around `fallback`.
 * @returns a map from every id in `newIds` to a position.
 */
export function placeNewNodes(
  newIds: readonly string[],
  anchorsOf: (id: string) => readonly string[],
  positionOf: (id: string) => Point | null,
  fallback: Point,
  radius = 90,
): Map<string, Point> {
  const placed = new Map<string, Point>();
  const pending = [...newIds];
  const ringSize = new Map<string, number>();
  const ringIndex = new Map<string, number>();
  const position = (id: string): Point | null => placed.get(id) ?? positionOf(id);

  // Count how many new nodes hang off each anchor, so each ring is evenly spread.
  const firstAnchor = new Map<string, string>();
  for (const id of newIds) {
    const anchor = anchorsOf(id).find(
      (candidate) => !newIds.includes(candidate) && positionOf(candidate),
    );
    if (anchor) {
      firstAnchor.set(id, anchor);
      ringSize.set(anchor, (ringSize.get(anchor) ?? 0) + 1);
    }
  }

  for (let round = 0; round < 3 && pending.length > 0; round++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const id = pending[i]!;
      const anchor =
        firstAnchor.get(id) ??
        anchorsOf(id).find((candidate) => candidate !== id && placed.has(candidate));
      const centre = anchor ? position(anchor) : null;
      if (!centre || !anchor) continue;
      const size = ringSize.get(anchor) ?? 6;
      const index = ringIndex.get(anchor) ?? 0;
      ringIndex.set(anchor, index + 1);
      const angle = (2 * Math.PI * index) / Math.max(size, 1) + 0.3;
      const r = radius + (size > 12 ? 40 * ((index % 3) - 1) : 0);
      placed.set(id, { x: centre.x + r * Math.cos(angle), y: centre.y + r * Math.sin(angle) });
      pending.splice(i, 1);
    }
  }
  pending.forEach((id, index) => {
    const angle = (2 * Math.PI * index) / Math.max(pending.length, 1);
    const r = pending.length === 1 ? 0 : radius;
    placed.set(id, { x: fallback.x + r * Math.cos(angle), y: fallback.y + r * Math.sin(angle) });
  });
  return placed;
}
