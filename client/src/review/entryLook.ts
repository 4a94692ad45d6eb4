/**
 * How an entry under review is named and coloured: its kind's colour from the graph's legend
 * (graph/nodeKinds.ts), a short title, and its fields as label and text.
 */
import type { ActorKind } from '@policygraph/model';
import { NODE_KIND_ORDER, nodeKindStyle } from '../graph/nodeKinds.ts';
import type { NodeKind } from '../model/types.ts';
import { scalar, type ReviewEntry, type SeedQuote, type Section } from './extraction.ts';

const SECTION_KIND: Record<Section, NodeKind | null> = {
  documents: 'DOCUMENT',
  actors: null,
  items: 'ITEM',
  measures: 'MEASURE',
  statements: 'STATEMENT',
  relationships: null,
};

/**
 * The node kinds that are not actors: the model's node kinds (the API's `NodeKind`) less its
 * `ActorKind`s. The check fails the typecheck until it names exactly those.
 */
const NOT_ACTORS = {
  MEASURE: true,
  ITEM: true,
  STATEMENT: true,
  DOCUMENT: true,
} as const satisfies Record<Exclude<NodeKind, ActorKind>, true>;

/** The kinds an actor may have (docs/seed-format.md, `actors`), in the legend's order. */
export const ACTOR_KINDS: readonly ActorKind[] = NODE_KIND_ORDER.filter(
  (kind): kind is ActorKind => !Object.hasOwn(NOT_ACTORS, kind),
);

/** The node kind an entry becomes, or null for a relationship. */
export function kindOf(entry: ReviewEntry): NodeKind | null {
  if (entry.section === 'actors') return (entry.value.kind as NodeKind | undefined) ?? null;
  return SECTION_KIND[entry.section];
}

/** The entry's colour: its node kind's, grey for a relationship. */
export function colourOf(entry: ReviewEntry): string {
  const kind = kindOf(entry);
  return kind ? nodeKindStyle(kind).color : '#7b8794';
}

/** The entry's kind as a reader says it (`Person`, `Statement`, `Relationship`). */
export function kindLabel(entry: ReviewEntry): string {
  const kind = kindOf(entry);
  return kind ? nodeKindStyle(kind).label : 'Relationship';
}

/** A quote as text. */
export function quoteText(quote: SeedQuote): string {
  return typeof quote === 'string' ? quote : `${quote.quote} (occurrence ${quote.occurrence ?? 1})`;
}

/** A short title: a statement's quote, a relationship's `from TYPE to`, else the name. */
export function titleOf(entry: ReviewEntry): string {
  const value = entry.value;
  if (entry.section === 'statements') return `“${scalar(value.quote)}”`;
  if (entry.section === 'relationships')
    return `${String(value.from)} ${String(value.type)} ${String(value.to)}`;
  return scalar(value.name ?? value.title ?? value.id);
}

/** A field's value as text (links by id, lists joined, quotes in full). */
export function fieldText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(fieldText).join('; ');
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('quote' in object) return quoteText(object as SeedQuote);
    if ('id' in object) return String(object.id);
    return JSON.stringify(value);
  }
  return scalar(value);
}
