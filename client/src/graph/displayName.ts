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

/** A date (or year-month, or year) at the end of a name, with what separates it: `, 2024-01-31`. */
const TRAILING_DATE = /[\s,;:(–-]+\d{4}(?:-\d{2}){0,2}\)?$/u;

/**
 * `name` in at most `max` characters (by code point), ending in an ellipsis when shortened; a date
 * that ends the name (`… list of Chinese military companies, 2024-01-31`) is kept whole, the words
 * before it are shortened instead.
 */
export function shortenName(name: string, max: number): string {
  if (Array.from(name).length <= max) return name;
  const date = TRAILING_DATE.exec(name)?.[0];
  if (!date) return truncateLabel(name, max);
  const head = name.slice(0, name.length - date.length);
  return truncateLabel(head, Math.max(max - Array.from(date).length, 8)) + date;
}

/**
 * `Name (disambiguation)`, the name shortened (shortenName) so that the whole fits in `max`
 * characters when given; the disambiguation is kept whole.
 */
export function displayName(node: Nameable, max?: number): string {
  const extra = node.disambiguation ? ` (${node.disambiguation})` : '';
  if (max === undefined) return node.name + extra;
  const room = Math.max(max - Array.from(extra).length, 12);
  return shortenName(node.name, room) + extra;
}
