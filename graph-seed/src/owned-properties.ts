/**
 * The properties of a node that belong to the document declaring it (its `declaredIn`): name,
 * country, description, dates and the rest of what a seed entry gives, as opposed to aliases and
 * evidence, which every document stating the node adds to.
 */
import { NODE_DATE_PROPERTIES, type GraphNode } from '@policygraph/model';

/**
 * Every property a seed document may set on a node (docs/data-model.md), besides the dates
 * (OWNED_DATE_KEYS). The declaring document sets those its entry gives, and removes those it gave
 * before (`declaredKeys`) and no longer gives. Properties other writers set (`wikidataId`,
 * `listName`, the merge audit of the importers, a country an importer filled in) are left alone.
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
  'extractionYaml',
  'review',
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
 * What the declaring document writes of `node`: `properties`, the owned properties its entry gives
 * (dates apart), and `given`, the names of every owned property and date it gives (stored as
 * `declaredKeys`, so that a later load removes those it no longer gives).
 */
export function ownedProperties(node: GraphNode): {
  properties: Record<string, string | string[]>;
  given: string[];
} {
  const properties: Record<string, string | string[]> = {};
  for (const key of OWNED_PROPERTY_KEYS) {
    const value = node.properties[key];
    if (value !== undefined && value !== null) properties[key] = value;
  }
  const dates = OWNED_DATE_KEYS.filter((key) => node.dates[key] !== undefined);
  return { properties, given: [...Object.keys(properties), ...dates] };
}

/**
 * Owned properties two declarations need not agree on: `kind` (checked on its own), `status` (it
 * changes as documents report it), `datePrecision` (compared with `date`), and what only the
 * document's own file holds: `text`, `extractionYaml` and `review` (review-provenance.ts).
 */
export const UNCOMPARED_KEYS: ReadonlySet<string> = new Set([
  'kind',
  'status',
  'datePrecision',
  'text',
  'extractionYaml',
  'review',
]);

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
    if (UNCOMPARED_KEYS.has(key)) continue;
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
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- stored values are primitives or Neo4j Integer/temporal types, whose toString is their canonical form
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
