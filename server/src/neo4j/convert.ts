/**
 * The one boundary where Neo4j driver values become plain JavaScript: Integer → number,
 * Date → `YYYY-MM-DD`, other temporal values → their ISO-8601 string, nodes and relationships →
 * their properties. Nothing past this module sees an `Integer` (`{low, high}`) or a temporal object.
 * Conversion reads only the stored fields, so the result is the same whatever the process's TZ.
 */
import neo4j from 'neo4j-driver';
import type { EvidenceRow, NodeRow, RelationshipRow } from './rows.ts';
import type { NodeKindValue } from '../model.ts';

/** True for a value `toPlain` leaves as it is (strings, numbers, booleans). */
function isFinal(value: unknown): boolean {
  return (
    value !== null && value !== undefined && typeof value !== 'object' && typeof value !== 'bigint'
  );
}

/**
 * Converts a value returned by the driver (recursively through lists and maps). Lists and plain
 * maps are converted in place and returned (the driver builds them afresh for every record and
 * keeps no reference): copying every list and map of a large answer cost as much again in
 * allocation and garbage collection as decoding it.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans (most values) need none of the checks below.
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) if (!isFinal(value[i])) value[i] = toPlain(value[i]);
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key of Object.keys(map)) if (!isFinal(map[key])) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isInt(value)) {
    return neo4j.integer.inSafeRange(value)
      ? neo4j.integer.toNumber(value)
      : neo4j.integer.toString(value);
  }
  if (neo4j.isDate(value)) return isoDate(value.year, value.month, value.day);
  if (
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain({ ...value.properties });
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) out[key] = toPlain(entry);
  return out;
}

function isoDate(year: unknown, month: unknown, day: unknown): string {
  const y = Number(toPlain(year));
  const pad = (n: unknown, width: number) => String(toPlain(n)).padStart(width, '0');
  return `${y < 0 ? '-' : ''}${pad(Math.abs(y), 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

const NODE_CORE = new Set([
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'hasText',
  'text',
  'evidenceDocumentIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
]);

/** Zips the four evidence lists of a node or relationship (already plain) into rows. */
export function evidenceRows(props: Record<string, unknown>): EvidenceRow[] {
  const ids = (props.evidenceDocumentIds as string[] | null) ?? [];
  const quotes = (props.evidenceQuotes as string[] | null) ?? [];
  const starts = (props.evidenceStarts as number[] | null) ?? [];
  const ends = (props.evidenceEnds as number[] | null) ?? [];
  return ids.map((documentId, i) => ({
    documentId,
    quote: quotes[i] ?? '',
    start: starts[i] ?? 0,
    end: ends[i] ?? 0,
  }));
}

/** A node map from a Cypher projection (see cypher/projection.ts), already plain, as a NodeRow. */
export function toNodeRow(map: Record<string, unknown>): NodeRow {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map)) if (!NODE_CORE.has(key)) properties[key] = value;
  return {
    id: String(map.id),
    kind: map.kind as NodeKindValue,
    name: String(map.name ?? map.title ?? map.id),
    aliases: (map.aliases as string[] | null) ?? [],
    description: (map.description as string | null) ?? null,
    evidence: evidenceRows(map),
    properties,
    hasText: map.hasText === true,
  };
}

const RELATIONSHIP_CORE = new Set([
  'id',
  'type',
  'source',
  'target',
  'role',
  'status',
  'asOf',
  'evidenceDocumentIds',
  'evidenceQuotes',
  'evidenceStarts',
  'evidenceEnds',
]);

/** A relationship map from a Cypher projection (see cypher/projection.ts), already plain. */
export function toRelationshipRow(map: Record<string, unknown>): RelationshipRow {
  const properties: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(map))
    if (!RELATIONSHIP_CORE.has(key)) properties[key] = value;
  return {
    properties,
    id: String(map.id),
    type: String(map.type),
    source: String(map.source),
    target: String(map.target),
    evidence: evidenceRows(map),
    role: (map.role as string | null) ?? null,
    status: (map.status as string | null) ?? null,
    asOf: (map.asOf as string | null) ?? null,
  };
}
