/**
 * The field schemas the entries of a seed file are built from: ids, text (whole characters),
 * quotes and links, dates, country codes and language tags, each with its message in the words of
 * docs/seed-format.md.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { ISO_DATE_FORMAT, PARTIAL_DATE_FORMAT } from '@policygraph/model';
import { loneSurrogate } from './lone-surrogate.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The codes `country` accepts: the ISO 3166-1 alpha-2 codes officially assigned (from
 * i18n-iso-countries, without `XK`, a code user-assigned for Kosovo), and `EU` for the bloc.
 * Withdrawn (`SU`, `YU`, `AN`), reserved (`EU` aside, `UN`, `EZ`) and user-assigned (`ZZ`, `QO`,
 * `XA`) codes are not among them.
 */
export const COUNTRY_CODES: ReadonlySet<string> = new Set([
  ...Object.keys(countries.getAlpha2Codes()).filter((code) => code !== 'XK'),
  'EU',
]);

/** An id: a slug of lower-case letters and digits joined by single hyphens (`mao-ning`). */
export const idSchema = z
  .string()
  .regex(
    SLUG,
    'must be a slug: lower-case letters and digits joined by single hyphens, e.g. "mao-ning"',
  );

/** Non-empty text, kept exactly as written (quotes are never trimmed or otherwise normalised). */
export const quoteText = z.string().refine((value) => value.trim() !== '', 'must not be empty');

/** Non-empty, well-formed text: a lone UTF-16 surrogate (half of a character) is refused. */
export const text = quoteText.superRefine((value, context) => {
  const lone = loneSurrogate(value);
  if (lone)
    context.addIssue({
      code: 'custom',
      message: `holds half of a character (the lone UTF-16 surrogate ${lone}): write the whole character`,
    });
});

/** Which occurrence of a quote is meant: 1 is the first in the text. */
export const occurrence = z
  .number({ error: 'must be a whole number from 1 (1 is the first occurrence in the text)' })
  .int({ error: 'must be a whole number from 1 (1 is the first occurrence in the text)' })
  .positive({ error: 'must be a whole number from 1 (1 is the first occurrence in the text)' });

/** `YYYY-MM-DD`; whether the day exists is checked later (IMPOSSIBLE_DATE). */
export const isoDate = z
  .string()
  .regex(ISO_DATE_FORMAT, 'must be a date written YYYY-MM-DD (quote it in YAML)');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare YAML year (2023) is read as "2023". */
export const partialDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().regex(PARTIAL_DATE_FORMAT, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

/** A country: one of COUNTRY_CODES; the message gives the value refused. */
export const country = z.string().superRefine((code, context) => {
  if (!COUNTRY_CODES.has(code))
    context.addIssue({
      code: 'custom',
      message: `${JSON.stringify(code)} is not a country code: give an ISO 3166-1 alpha-2 code such as "CN" or "US", or "EU"`,
    });
});

/** A BCP 47 language tag (`en`, `zh-Hans`), as Intl.getCanonicalLocales accepts it. */
export const languageTag = z.string().refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { message: 'must be a BCP 47 language tag such as "en" or "zh-Hans"' },
);

/**
 * A quote: the exact text, and which occurrence (1-based) when it occurs more than once. Whether it
 * is well-formed and where it is in the text is checked when it is located (locate-quotes.ts).
 */
export const evidenceSchema = z.union(
  [quoteText, z.strictObject({ quote: quoteText, occurrence: occurrence.optional() })],
  { error: 'must be a quote (text) or { quote, occurrence }' },
);
/** A list of quotes (the `evidence` field of an entry or a link). */
export const evidenceList = z.array(evidenceSchema);

/** A reference to another entry: its id, or `{ id, evidence }` to give the link its own evidence. */
export const linkSchema = z.union(
  [idSchema, z.strictObject({ id: idSchema, evidence: evidenceList.min(1) })],
  {
    error: 'must be an id or { id, evidence }',
  },
);
