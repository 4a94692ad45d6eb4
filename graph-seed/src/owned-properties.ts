/**
 * The properties of a node that belong to the document declaring it (its `declaredIn`): name,
 * country, description, dates and the rest of what a seed entry gives, as opposed to aliases and
 * evidence, which every document stating the node adds to.
 */
import { NODE_DATE_PROPERTIES } from './model.ts';
import type { GraphNode } from './types.ts';

/**
 * Every property a seed document may set on a node (docs/data-model.md). The declaring document
 * sets all of them on each load: those its entry leaves out are removed. Properties other writers
 * set (`wikidataId`, `listName`, the merge audit of the importers) are not among them.
 */
export const OWNED_PROPERTY_KEYS = [
  'kind',
  'name',
  'title',
  'description',
  'documentType',
  'dateline',
  'url',
  'language',
  'origin',
  'licence',
  'attribution',
  'text',
  'country',
  'itemType',
  'measureTypes',
  'status',
  'quote',
  'form',
  'datePrecision',
] as const;

/** Date-valued owned properties of any kind (Neo4j DATE), sorted: `announcedOn`, `date`, … */
export const OWNED_DATE_KEYS: readonly string[] = [
  ...new Set(Object.values(NODE_DATE_PROPERTIES).flat()),
].sort();

/**
 * The owned properties of `node` with null for each one its entry leaves out, as written by the
 * declaring document (`SET n += …` removes a property set to null).
 */
export function ownedProperties(node: GraphNode): Record<string, string | string[] | null> {
  return Object.fromEntries(OWNED_PROPERTY_KEYS.map((key) => [key, node.properties[key] ?? null]));
}

/** A value to compare: text, a list (compared as a set), or absent. */
export type ComparedValue = string | string[] | null;

/**
 * The values two declarations of one node must agree on, keyed by the seed file's field:
 * everything owned except `kind` (checked on its own), `status` (it changes as documents report it)
 * and `text` (only the document's own file holds it). A statement's date and precision are one
 * field, `date` (`2024-03-01 (MONTH)`); a document's `name` is its `title`.
 */
export function comparedValues(
  kind: string,
  properties: Readonly<Record<string, unknown>>,
): Record<string, ComparedValue> {
  const out: Record<string, ComparedValue> = {};
  for (const key of OWNED_PROPERTY_KEYS) {
    if (['kind', 'status', 'text', 'datePrecision'].includes(key)) continue;
    if (key === 'name' && kind === 'DOCUMENT') continue;
    out[key] = normalise(properties[key]);
  }
  for (const key of OWNED_DATE_KEYS) out[key] = normalise(properties[key]);
  const precision = properties.datePrecision;
  if (typeof out.date === 'string' && typeof precision === 'string')
    out.date = `${out.date} (${precision})`;
  return out;
}

function normalise(value: unknown): ComparedValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(String).sort();
  return String(value);
}

/** The compared values of a node as the seed file gives them (properties and dates). */
export function nodeComparedValues(node: GraphNode): Record<string, ComparedValue> {
  return comparedValues(node.kind, { ...node.properties, ...node.dates });
}

/** True when two compared values are equal (lists as sets). */
export function sameValue(a: ComparedValue, b: ComparedValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A value as shown in messages: `"CN"`, `[EXPORT_CONTROL, SANCTION]`. */
export function showValue(value: ComparedValue): string {
  if (value === null) return 'none';
  return Array.isArray(value) ? `[${value.join(', ')}]` : JSON.stringify(value);
}
