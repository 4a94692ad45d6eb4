/**
 * Names that tell same-named nodes apart, wherever a name is shown: the node's name and the
 * server's `disambiguation` (kind and country of an actor, issuer and date of a measure, outlet and
 * date of a document: `Node.disambiguation` in docs/api.md). When space is short the name is
 * shortened, never the part that tells it apart.
 */
import { truncateLabel } from './wrapLabel.ts';

/** What a name is shown with: the node's name and what tells it apart (null: nothing). */
export interface Nameable {
  name: string;
  disambiguation?: string | null;
}

/**
 * `Name (disambiguation)`, the name shortened so that the whole fits in `max` characters (by code
 * point) when given; the disambiguation is kept whole.
 */
export function displayName(node: Nameable, max?: number): string {
  const extra = node.disambiguation ? ` (${node.disambiguation})` : '';
  if (max === undefined) return node.name + extra;
  const room = Math.max(max - Array.from(extra).length, 12);
  return truncateLabel(node.name, room) + extra;
}
