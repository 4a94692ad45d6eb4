/**
 * Text of CSV files in the format of Neo4j's offline importer (`neo4j-admin database import`),
 * read with `--delimiter=, --quote=" --multiline-fields=true --legacy-style-quoting=false`:
 * every value is quoted, a quote inside is doubled, and line breaks, commas, backslashes and every
 * script stay as they are. Arrays (and label lists) are one quoted field whose elements are joined
 * by the array delimiter, which therefore must occur in none of them. A missing value is an empty,
 * unquoted field. Pure.
 */

/**
 * Characters tried, in order, as the array delimiter: the ASCII separators, which text does not
 * use, then private-use characters.
 */
export const ARRAY_DELIMITER_CANDIDATES: readonly string[] = [
  '\u001f',
  '\u001e',
  '\u001d',
  '\u001c',
  '\ue000',
  '\ue001',
];

/** A value that cannot be written with the chosen array delimiter. */
export class ArrayDelimiterError extends Error {
  constructor(readonly delimiter: string) {
    super(`An array value holds the array delimiter U+${codePoint(delimiter)}.`);
    this.name = 'ArrayDelimiterError';
  }
}

/** `"value"` with its quotes doubled. */
export function csvText(value: string): string {
  return `"${quoted(value)}"`;
}

/**
 * One field holding `values` joined by `delimiter`, quoted; '' (no property) for an empty list,
 * which the importer cannot store (it skips empty arrays).
 * @throws ArrayDelimiterError when a value holds the delimiter.
 */
export function csvArray(values: readonly (string | number)[], delimiter: string): string {
  if (values.length === 0) return '';
  let field = '"';
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) field += delimiter;
    field += csvElement(String(values[i]), delimiter);
  }
  return `${field}"`;
}

/**
 * One element of an array field, its quotes doubled, to go between the field's quotes.
 * @throws ArrayDelimiterError when it holds `delimiter`.
 */
export function csvElement(value: string, delimiter: string): string {
  if (value.includes(delimiter)) throw new ArrayDelimiterError(delimiter);
  return quoted(value);
}

/** `value` with its quotes doubled (itself when it holds none). */
function quoted(value: string): string {
  return value.includes('"') ? value.replaceAll('"', '""') : value;
}

/** One CSV line (with its line feed) of already-written fields. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.join(',')}\n`;
}

/**
 * The first candidate not in `seen` (the delimiters already found in a value).
 * @throws Error when every candidate occurs.
 */
export function chooseArrayDelimiter(seen: ReadonlySet<string>): string {
  const free = ARRAY_DELIMITER_CANDIDATES.find((candidate) => !seen.has(candidate));
  if (free === undefined)
    throw new Error(
      `Every array delimiter the offline import can use (${ARRAY_DELIMITER_CANDIDATES.map((c) => `U+${codePoint(c)}`).join(', ')}) occurs in an array value.`,
    );
  return free;
}

function codePoint(character: string): string {
  return character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}
