/**
 * The timeline's scale: maps ISO calendar dates to a 0..1 position and back, over the span of the
 * dates shown (padded by a few days so the first and last are not on the edge). Pure.
 */

const DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO `YYYY-MM-DD` date (UTC, so no time zone shifts it). */
export function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
}

/** The ISO date of day number `day`. */
export function dateOfDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export interface TimelineScale {
  /** First and last day shown. */
  first: number;
  last: number;
  /** Position of `date` in 0..1. */
  position: (date: string) => number;
  /** The date at position `x` in 0..1 (clamped). */
  dateAt: (x: number) => string;
}

/** The scale for `dates` (at least one); a single date gets a month either side. */
export function timelineScale(dates: readonly string[]): TimelineScale {
  const days = dates.map(dayNumber);
  const earliest = Math.min(...days);
  const latest = Math.max(...days);
  const pad = latest === earliest ? 30 : Math.max(3, Math.round((latest - earliest) * 0.04));
  const first = earliest - pad;
  const last = latest + pad;
  const span = last - first;
  return {
    first,
    last,
    position: (date) => (dayNumber(date) - first) / span,
    dateAt: (x) => dateOfDay(first + Math.round(Math.min(1, Math.max(0, x)) * span)),
  };
}

/** First days of the months (or years, for spans over three years) between `first` and `last`, as ISO dates. */
export function timelineTicks(first: number, last: number): string[] {
  const start = new Date(first * DAY);
  const end = new Date(last * DAY);
  const yearly = last - first > 3 * 365;
  const ticks: string[] = [];
  const cursor = new Date(Date.UTC(start.getUTCFullYear(), yearly ? 0 : start.getUTCMonth(), 1));
  while (cursor <= end) {
    if (cursor >= start) ticks.push(cursor.toISOString().slice(0, 10));
    if (yearly) cursor.setUTCFullYear(cursor.getUTCFullYear() + 1);
    else cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  // Thin out so labels do not collide.
  const step = Math.ceil(ticks.length / 8);
  return ticks.filter((_, index) => index % step === 0);
}
