/**
 * The draft's text cut where highlighted spans start and end, each piece knowing the entries whose
 * quotes cover it; and the way back from a selection in the rendered text to character offsets.
 * Offsets are UTF-16 code units, as the data model's evidence.
 */

/** A highlighted span of one entry. */
export interface KeyedSpan {
  key: string;
  start: number;
  end: number;
}

/** A piece of the text and the entries covering it (empty: plain text). */
export interface Segment {
  start: number;
  end: number;
  keys: string[];
}

/** `text` cut into pieces at every span's ends; pieces cover the text in order. */
export function segmentsOf(length: number, spans: readonly KeyedSpan[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(length, span.start)));
    cuts.add(Math.max(0, Math.min(length, span.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 1) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const keys = spans
      .filter((span) => span.start <= start && span.end >= end)
      .map((span) => span.key);
    segments.push({ start, end, keys: [...new Set(keys)] });
  }
  return segments;
}

/**
 * The character offset of a DOM position inside the rendered text, whose pieces each carry
 * `data-start`; null when the position is outside it.
 */
export function offsetOf(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const piece = node.parentElement?.closest<HTMLElement>('[data-start]');
    return piece ? Number(piece.dataset.start) + offset : null;
  }
  const children = (node as Element).children;
  const child = children[offset] as HTMLElement | undefined;
  if (child?.dataset.start !== undefined) return Number(child.dataset.start);
  const last = children[children.length - 1] as HTMLElement | undefined;
  return last?.dataset.start !== undefined
    ? Number(last.dataset.start) + (last.textContent?.length ?? 0)
    : null;
}
