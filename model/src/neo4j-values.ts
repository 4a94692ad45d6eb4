/**
 * The one boundary where Neo4j driver values become plain JavaScript, for every part that reads
 * from Neo4j (the API's reads, the loaders' checks): Integer → number (a string beyond
 * ±2^53 − 1), Date → `YYYY-MM-DD`, other temporal values → their ISO-8601 string, nodes and
 * relationships → their properties, `undefined` → null, lists and maps recursively. Nothing past
 * it sees an `Integer` (`{low, high}`) or a temporal object. Conversion reads only the stored
 * fields, so the result is the same whatever the process's time zone.
 */
import neo4j from 'neo4j-driver';

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
 * allocation and garbage collection as decoding it. A node's or relationship's properties are
 * copied, never changed.
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

/** A Neo4j integer (or number) as a JavaScript number (counts, row numbers: always in range). */
export function toNumber(value: unknown): number {
  return neo4j.isInt(value) ? value.toNumber() : Number(value);
}
