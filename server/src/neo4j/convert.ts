/**
 * The one boundary where Neo4j driver values become plain JavaScript: Integer → number,
 * Date → `YYYY-MM-DD`, other temporal values → their ISO-8601 string, nodes and relationships →
 * their properties. Nothing past this module sees an `Integer` (`{low, high}`) or a temporal object.
 * Conversion reads only the stored fields, so the result is the same whatever the process's TZ.
 */
import neo4j from 'neo4j-driver';
import type { EvidenceRow, NodeRow, RelationshipRow } from './rows.ts';
import type { NodeKindValue } from '../model.ts';

/** Converts a value returned by the driver (recursively through lists and maps). */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Strings, numbers and booleans (most values) need none of the checks below.
  if (typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
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
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = toPlain(entry);
    return out;
  }
  return value;
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
