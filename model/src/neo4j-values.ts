/**
 * The one place Neo4j values become plain JavaScript: integers to numbers, temporal values to
 * ISO strings, lists and maps recursively.
 */
import neo4j from 'neo4j-driver';

/** A Neo4j value as plain JSON-friendly JavaScript (Integer → number, Date → `YYYY-MM-DD`, …). */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (typeof value === 'bigint') return Number(value);
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toPlain(inner)]));
  }
  return value;
}

/** A Neo4j integer (or number) as a JavaScript number. */
export function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}
