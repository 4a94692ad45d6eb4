/**
 * Small readers shared by the format adapters: each turns one cell into a value or a problem
 * naming the column, so an adapter can report every problem of a row at once.
 */
import { createHash } from 'node:crypto';
import { normaliseCountry } from './countries.ts';
import type { CellProblem, RowContext } from './import-model.ts';
import { parseListDate, type ListDate } from './list-dates.ts';

/**
 * Collects the problems of one row while its cells are read. Dates are checked against the file's
 * as-of day (`context.asOf`): a file cannot state a listing, a removal or a publication after the
 * day its content held.
 */
export class RowReader {
  readonly problems: CellProblem[] = [];
  constructor(
    private readonly values: Record<string, string>,
    private readonly context: RowContext,
  ) {}

  /** The trimmed cell ('' when blank). */
  text(column: string): string {
    return (this.values[column] ?? '').trim();
  }

  /** The trimmed cell; a problem when it is blank. */
  required(column: string): string {
    const value = this.text(column);
    if (value === '') this.problems.push({ field: column, reason: 'is blank' });
    return value;
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
