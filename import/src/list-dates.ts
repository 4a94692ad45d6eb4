/**
 * Dates as screening lists write them, read without guessing: `DD.MM.YYYY`, `DD.MM.YY` (a
 * two-digit year is 20YY: the lists start in 2018), ISO `YYYY-MM-DD`, a bare year `YYYY`
 * (precision YEAR), and English dates written out (`March 3, 2027`, `Mar. 3, 2027`, `3 March
 * 2027`, `3rd March 2027`; `March 2027` with precision MONTH), read by date-fns against a fixed
 * list of forms (WRITTEN_FORMS), never by a guessing parser. Blank means unknown. Anything else,
 * or a day that does not exist, is an error.
 */
import { format as formatDate, isMatch, parse } from 'date-fns';
import { enUS } from 'date-fns/locale';
import { isCalendarDate, type PreciseDate } from '@policygraph/model';

/** A date read from a list: the day (or the first day of the year) and its precision. */
export type ListDate = PreciseDate;

/** What reading a date cell gave: a date, nothing (blank cell), or why it cannot be read. */
export type ListDateResult = { ok: true; value: ListDate | null } | { ok: false; reason: string };

const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;
const YEAR = /^\d{4}$/;

/** Written-out forms (date-fns format strings, English month names), each with its precision. */
export const WRITTEN_FORMS: readonly { form: string; precision: 'DAY' | 'MONTH' }[] = [
  ...[
    ...['MMMM d, yyyy', 'MMM d, yyyy', 'MMM. d, yyyy', 'MMMM do, yyyy', 'MMM do, yyyy'],
    ...['d MMMM yyyy', 'd MMM yyyy', 'd MMM. yyyy', 'do MMMM yyyy', 'do MMM yyyy'],
    ...['MMMM d yyyy', 'MMM d yyyy', 'd MMMM, yyyy'],
  ].map((form) => ({ form, precision: 'DAY' as const })),
  { form: 'MMMM yyyy', precision: 'MONTH' },
  { form: 'MMM. yyyy', precision: 'MONTH' },
];

/** `value` in one of WRITTEN_FORMS (spaces collapsed, commas as written), or null. */
function writtenDate(value: string): ListDate | null {
  const text = value.replace(/\s+/g, ' ');
  if (!/\b\d{4}$/.test(text)) return null; // a written-out date gives its year in full
  for (const { form, precision } of WRITTEN_FORMS) {
    if (!isMatch(text, form, { locale: enUS })) continue;
    const day = parse(text, form, new Date(2000, 0, 1), { locale: enUS });
    return { date: formatDate(day, 'yyyy-MM-dd'), precision };
  }
  return null;
}

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
    const [day = '', month = '', year = ''] = dotted.slice(1);
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
  const written = writtenDate(value);
  if (written) {
    if (Number(written.date.slice(0, 4)) > latestYear)
      return {
        ok: false,
        reason: `"${value}" would be in ${written.date.slice(0, 4)}, after ${latestYear}`,
      };
    return { ok: true, value: written };
  }
  return {
    ok: false,
    reason: `"${value}" is not a date (expected DD.MM.YYYY, DD.MM.YY, YYYY-MM-DD, YYYY or an English date such as "March 3, 2027" or "3 March 2027")`,
  };
}
