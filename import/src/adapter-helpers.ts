/**
 * Small readers shared by the format adapters: each turns one cell into a value or a problem
 * naming the column, so an adapter can report every problem of a row at once.
 */
import { createHash } from 'node:crypto';
import { normaliseCountry } from './countries.ts';
import type { CellProblem, RowContext } from './import-model.ts';
import { parseListDate, type ListDate } from './list-dates.ts';
import { splitNames } from './names.ts';

/** The longest cell a row may have (the longest in the real lists: a 4,182-character abstract). */
export const MAX_CELL_LENGTH = 20_000;
/** The longest name (the longest in the real lists: 171 characters); aliases are checked alike. */
export const MAX_NAME_LENGTH = 500;

/**
 * Collects the problems of one row while its cells are read. Dates are checked against the file's
 * as-of day (`context.asOf`): a file cannot state a listing, a removal or a publication after the
 * day its content held.
 */
export class RowReader {
  readonly problems: CellProblem[] = [];
  private readonly tooLong = new Set<string>();
  constructor(
    private readonly values: Record<string, string>,
    private readonly context: RowContext,
  ) {}

  /**
   * The trimmed cell ('' when blank). A cell longer than MAX_CELL_LENGTH is a problem (once per
   * column) and reads as ''.
   */
  text(column: string): string {
    const value = (this.values[column] ?? '').trim();
    if (value.length <= MAX_CELL_LENGTH) return value;
    this.refuseLength(column, value.length, MAX_CELL_LENGTH, 'a cell');
    return '';
  }

  /** The trimmed cell; a problem when it is blank. */
  required(column: string): string {
    const value = this.text(column);
    if (value === '' && !this.tooLong.has(column))
      this.problems.push({ field: column, reason: 'is blank' });
    return value;
  }

  /** A name cell: required, and at most MAX_NAME_LENGTH characters (a problem otherwise). */
  name(column: string): string {
    const value = this.required(column);
    if (value.length <= MAX_NAME_LENGTH) return value;
    this.refuseLength(column, value.length, MAX_NAME_LENGTH, 'a name');
    return '';
  }

  /** The names of a cell of several (names.ts splitNames), each at most MAX_NAME_LENGTH characters. */
  names(column: string, separators?: Parameters<typeof splitNames>[1]): string[] {
    const names = splitNames(this.text(column), separators);
    const longest = Math.max(0, ...names.map((name) => name.length));
    if (longest <= MAX_NAME_LENGTH) return names;
    this.refuseLength(column, longest, MAX_NAME_LENGTH, 'a name');
    return [];
  }

  private refuseLength(column: string, length: number, limit: number, what: string): void {
    if (this.tooLong.has(column)) return;
    this.tooLong.add(column);
    this.problems.push({
      field: column,
      reason: `is ${length.toLocaleString('en')} characters long, more than ${what} may have (${limit.toLocaleString('en')})`,
    });
  }

  /**
   * A date cell (list-dates.ts); null when blank or unreadable, or after the file's as-of day
   * (both a problem).
   */
  date(column: string): ListDate | null {
    const result = parseListDate(this.values[column] ?? '');
    if (!result.ok) {
      this.problems.push({ field: column, reason: result.reason });
      return null;
    }
    if (result.value && result.value.date > this.context.asOf) {
      this.problems.push({
        field: column,
        reason: `"${this.text(column)}" (${result.value.date}) is after the file's as-of date ${this.context.asOf}: a file cannot state it yet (give the file's date with --as-of)`,
      });
      return null;
    }
    return result.value;
  }

  /** A problem on `column` when the removal date `delisted` precedes the listing date `listed`. */
  datesInOrder(listed: ListDate | null, delisted: ListDate | null, column: string): void {
    if (listed && delisted && delisted.date < listed.date)
      this.problem(column, `${delisted.date} is before the listing date ${listed.date}`);
  }

  /** A country cell (countries.ts); null when blank or unreadable (the latter is a problem). */
  country(column: string): string | null {
    const result = normaliseCountry(this.values[column] ?? '');
    if (result.ok) return result.value;
    this.problems.push({ field: column, reason: result.reason });
    return null;
  }

  /** A Wikidata item id (`Q123`); null when blank; a problem when malformed. */
  wikidataId(column: string): string | null {
    const value = this.text(column);
    if (value === '') return null;
    if (/^Q[1-9]\d*$/.test(value)) return value;
    this.problems.push({
      field: column,
      reason: `"${value}" is not a Wikidata item id (Q followed by digits)`,
    });
    return null;
  }

  /** An http(s) URL; null when blank; a problem when it is not one. */
  url(column: string): string | null {
    const value = this.text(column);
    if (value === '') return null;
    try {
      const url = new URL(value);
      if (url.protocol === 'http:' || url.protocol === 'https:') return value;
    } catch {
      // reported below
    }
    this.problems.push({ field: column, reason: `"${value}" is not an http(s) URL` });
    return null;
  }

  /** Records a problem found by the adapter itself. */
  problem(field: string, reason: string): void {
    this.problems.push({ field, reason });
  }
}

/** The first `length` hex digits of the SHA-256 of `text`: a short stable suffix for ids. */
export function shortHash(text: string, length = 6): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
