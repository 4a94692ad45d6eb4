/**
 * A measure's dates, read from its sentence and resolved against the document's date with chrono
 * (`on Monday`, `from August 1`, `Today`): a date after `from`, `effective`, `takes effect` is the
 * effective date, any other the announcement date. A date on the measure's own verb (`imposed on
 * Russia on February 24, 2022`, `announced on May 14`) is its announcement date even when the
 * sentence also says `Today` of something else (`Today’s rule builds on the controls imposed on …`).
 */
import * as chrono from 'chrono-node/en';
import { isoDate } from './metadata.ts';

/** A past action right before a date (in the same clause): the date is that action's. */
const OWN_VERB =
  /\b(?:announc|unveil|issu|impos|add|adopt|approv|introduc|finaliz|publish|releas|launch|sign|enact|pass|expand|extend|designat|identif)\w*\b[^,;.]{0,50}\b(?:on|in)\s*$/i;

/** The announcement and effective dates `text` states, as `YYYY-MM-DD`; none without `reference`. */
export function datesOf(
  text: string,
  reference: Date | undefined,
  published: string | undefined,
): { announcedOn?: string; effectiveOn?: string } {
  const out: { announcedOn?: string; effectiveOn?: string } = {};
  if (!reference) return out;
  let own: string | undefined;
  for (const result of chrono.parse(text, reference, { forwardDate: false })) {
    if (
      !result.start.isCertain('day') &&
      !/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/i.test(
        result.text,
      )
    )
      continue;
    const before = text.slice(Math.max(0, result.index - 80), result.index);
    const date = isoDate(result.start.date());
    if (/\b(?:from|effective|starting|beginning|takes? effect(?: on)?|as of)\s*$/i.test(before))
      out.effectiveOn ??= date;
    else {
      if (OWN_VERB.test(before)) own ??= date;
      out.announcedOn ??= date;
    }
  }
  if (own) out.announcedOn = own;
  else if (/\btoday\b/i.test(text) && published) out.announcedOn = published;
  return out;
}
