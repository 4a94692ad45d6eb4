/**
 * Calendar arithmetic of the synthetic graph on `YYYY-MM-DD` strings (UTC, no time zone): the
 * years its documents span, days added, and datelines.
 */

/** First and last day of the span the synthetic documents cover. */
export const FIRST_DAY = '2015-01-01';
export const LAST_DAY = '2025-12-31';

const DAY_MS = 86_400_000;
const first = Date.parse(`${FIRST_DAY}T00:00:00Z`);
const spanDays = Math.round((Date.parse(`${LAST_DAY}T00:00:00Z`) - first) / DAY_MS);
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The day at `fraction` (0..1, clamped) of the span. */
export function dayAt(fraction: number): string {
  const clamped = Math.min(1, Math.max(0, fraction));
  return new Date(first + Math.floor(clamped * spanDays) * DAY_MS).toISOString().slice(0, 10);
}

/** `iso` plus `days` (may be negative). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** `March 3` for `2023-03-03`. */
export function monthDay(iso: string): string {
  const [, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[month - 1]} ${day}`;
}

/** `3 March 2023` for `2023-03-03`. */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}
