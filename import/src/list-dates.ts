/**
 * Dates as screening lists write them, read without guessing: `DD.MM.YYYY`, `DD.MM.YY` (a
 * two-digit year is 20YY: the lists start in 2018), ISO `YYYY-MM-DD`, and a bare year `YYYY`
 * (precision YEAR). Blank means unknown. Anything else, or a day that does not exist, is an error.
 */
import { isCalendarDate, type PreciseDate } from '@policygraph/model';

/** A date read from a list: the day (or the first day of the year) and its precision. */
export type ListDate = PreciseDate;

/** What reading a date cell gave: a date, nothing (blank cell), or why it cannot be read. */
export type ListDateResult = { ok: true; value: ListDate | null } | { ok: false; reason: string };

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/**
 * Reads one date cell. `DD.MM.YY` becomes 20YY-MM-DD: no list we read predates 2000, and a year
 * that would land after `latestYear` (default: next year) is refused rather than moved a century.
 */
export function parseListDate(
  cell: string,
  latestYear = new Date().getUTCFullYear() + 1,
): ListDateResult {
  const value = cell.trim();
  if (value === '') return { ok: true, value: null };
  const dotted = DOTTED.exec(value);
  if (dotted) {
    const [, day, month, year] = dotted as unknown as [string, string, string, string];
    const fullYear = year.length === 2 ? `20${year}` : year;
    if (Number(fullYear) > latestYear)
      return { ok: false, reason: `"${value}" would be in ${fullYear}, after ${latestYear}` };
    const iso = `${fullYear}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    return isCalendarDate(iso)
      ? { ok: true, value: { date: iso, precision: 'DAY' } }
      : { ok: false, reason: `"${value}" is not a day of the calendar` };
  }
  if (ISO.test(value)) {
    return isCalendarDate(value)
      ? { ok: true, value: { date: value, precision: 'DAY' } }
      : { ok: false, reason: `"${value}" is not a day of the calendar` };
  }
  if (YEAR.test(value)) return { ok: true, value: { date: `${value}-01-01`, precision: 'YEAR' } };
  return {
    ok: false,
    reason: `"${value}" is not a date (expected DD.MM.YYYY, DD.MM.YY, YYYY-MM-DD or YYYY)`,
  };
}
