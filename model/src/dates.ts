/**
 * Calendar dates as the seed files write them: `YYYY-MM-DD`, or for statements also `YYYY-MM` and
 * `YYYY` (stored as the first day of the month or year, with a precision).
 */
import type { DatePrecision } from './vocabulary.ts';

/** `YYYY-MM-DD` in form only; whether the day exists is checked by isCalendarDate. */
export const ISO_DATE_FORMAT = /^\d{4}-\d{2}-\d{2}$/;
/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in form only. */
export const PARTIAL_DATE_FORMAT = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** True when `YYYY-MM-DD` names a day that exists in the Gregorian calendar (2023-02-29 does not). */
export function isCalendarDate(value: string): boolean {
  if (!ISO_DATE_FORMAT.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date of a given precision: `date` is its first day as `YYYY-MM-DD`. */
export interface PreciseDate {
  date: string;
  precision: DatePrecision;
}

/**
 * Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its first day and precision; null when the form is
 * wrong or the month or day does not exist.
 */
export function parsePartialDate(value: string): PreciseDate | null {
  if (!PARTIAL_DATE_FORMAT.test(value)) return null;
  const parts = value.split('-');
  if (parts.length === 1) return { date: `${value}-01-01`, precision: 'YEAR' };
  if (parts.length === 2) {
    const date = `${value}-01`;
    return isCalendarDate(date) ? { date, precision: 'MONTH' } : null;
  }
  return isCalendarDate(value) ? { date: value, precision: 'DAY' } : null;
}

/** Today in UTC as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
