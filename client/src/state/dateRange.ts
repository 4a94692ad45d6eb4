/**
 * The date range of the timeline. Dates are ISO calendar dates (`YYYY-MM-DD`), compared as strings,
 * which orders them correctly. Either end may be open (null).
 */

/** Inclusive range; null ends are open. */
export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The range that lets everything through. */
export const OPEN_RANGE: DateRange = { from: null, to: null };

/** True when `date` is set and falls before `range.from` or after `range.to`; undated never falls outside. */
export function isOutsideRange(date: string | null, range: DateRange): boolean {
  if (!date) return false;
  if (range.from && date < range.from) return true;
  if (range.to && date > range.to) return true;
  return false;
}

/** True when the range lets everything through. */
export function isOpenRange(range: DateRange): boolean {
  return !range.from && !range.to;
}
