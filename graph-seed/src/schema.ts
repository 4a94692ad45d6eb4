/**
 * The zod schemas of a seed file (docs/seed-format.md): the document, the documents it refers to,
 * actors, items, measures, statements and relationships. Each entry is checked on its own so that
 * every problem of a file is reported at once.
 */
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { ISO_DATE_FORMAT, PARTIAL_DATE_FORMAT } from './dates.ts';
import {
  ACTOR_KINDS,
  DOCUMENT_TYPES,
  ITEM_TYPES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  STATEMENT_FORMS,
} from './model.ts';
import { RELATIONSHIP_TYPES } from './relationship-rules.ts';
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
const quoteText = z.string().refine((value) => value.trim() !== '', 'must not be empty');

/** Non-empty, well-formed text: a lone UTF-16 surrogate (half of a character) is refused. */
const text = quoteText.superRefine((value, context) => {
  const lone = loneSurrogate(value);
  if (lone)
    context.addIssue({
      code: 'custom',
      message: `holds half of a character (the lone UTF-16 surrogate ${lone}): write the whole character`,
    });
});

/** Which occurrence of a quote is meant: 1 is the first in the text. */
const occurrence = z
  .number({ error: 'must be a whole number from 1 (1 is the first occurrence in the text)' })
  .int({ error: 'must be a whole number from 1 (1 is the first occurrence in the text)' })
  .positive({ error: 'must be a whole number from 1 (1 is the first occurrence in the text)' });

/** `YYYY-MM-DD`; whether the day exists is checked later (IMPOSSIBLE_DATE). */
const isoDate = z
  .string()
  .regex(ISO_DATE_FORMAT, 'must be a date written YYYY-MM-DD (quote it in YAML)');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare YAML year (2023) is read as "2023". */
const partialDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().regex(PARTIAL_DATE_FORMAT, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

const country = z.string().superRefine((code, context) => {
  if (!COUNTRY_CODES.has(code))
    context.addIssue({
      code: 'custom',
      message: `${JSON.stringify(code)} is not a country code: give an ISO 3166-1 alpha-2 code such as "CN" or "US", or "EU"`,
    });
});

const languageTag = z.string().refine(
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
const evidenceList = z.array(evidenceSchema);

/** A reference to another entry: its id, or `{ id, evidence }` to give the link its own evidence. */
export const linkSchema = z.union(
  [idSchema, z.strictObject({ id: idSchema, evidence: evidenceList.min(1) })],
  {
    error: 'must be an id or { id, evidence }',
  },
);

const named = {
  id: idSchema,
  aliases: z.array(text).default([]),
  description: text.nullish(),
};

const documentFields = {
  ...named,
  title: text,
  documentType: z.enum(DOCUMENT_TYPES),
  publishedOn: isoDate.nullish(),
  dateline: text.nullish(),
  language: languageTag.nullish(),
  url: z.url().nullish(),
  origin: text.nullish(),
  licence: text.nullish(),
  attribution: text.nullish(),
  outlet: linkSchema.nullish(),
  author: linkSchema.nullish(),
};

/** The file's own document, whose text the quotes index into. */
export const hostDocumentSchema = z.strictObject({
  ...documentFields,
  /** The text file, relative to the YAML file; default: the YAML file's name with `.txt`. */
  textFile: text.nullish(),
  evidence: evidenceList.default([]),
});

/** A document the text refers to (a report it relays, an announcement); we hold no text of it. */
export const documentRefSchema = z.strictObject({
  ...documentFields,
  evidence: evidenceList.min(1),
});

export const actorSchema = z.strictObject({
  ...named,
  kind: z.enum(ACTOR_KINDS),
  name: text,
  country: country.nullish(),
  evidence: evidenceList.min(1),
});

export const itemSchema = z.strictObject({
  ...named,
  name: text,
  itemType: z.enum(ITEM_TYPES),
  evidence: evidenceList.min(1),
});

export const measureSchema = z.strictObject({
  ...named,
  name: text,
  measureTypes: z.array(z.enum(MEASURE_TYPES)).min(1),
  status: z.enum(MEASURE_STATUSES),
  announcedOn: isoDate.nullish(),
  effectiveOn: isoDate.nullish(),
  evidence: evidenceList.min(1),
});

export const statementSchema = z.strictObject({
  id: idSchema,
  name: text.nullish(),
  description: text.nullish(),
  speaker: linkSchema,
  form: z.enum(STATEMENT_FORMS),
  quote: quoteText,
  occurrence: occurrence.optional(),
  saidTo: linkSchema.nullish(),
  date: partialDate.nullish(),
  about: z.array(linkSchema).default([]),
  reportedIn: z.array(linkSchema).default([]),
  evidence: evidenceList.default([]),
});

export const relationshipSchema = z
  .strictObject({
    from: idSchema,
    type: z.enum(RELATIONSHIP_TYPES),
    to: idSchema,
    role: text.optional(),
    status: z.enum(MEASURE_STATUSES).optional(),
    asOf: isoDate.optional(),
    evidence: evidenceList.min(1),
  })
  .superRefine((value, context) => {
    const wants = {
      role: value.type === 'HOLDS_ROLE',
      status: value.type === 'REPORTS_STATUS',
      asOf: value.type === 'REPORTS_STATUS',
    };
    for (const [field, wanted] of Object.entries(wants) as [keyof typeof wants, boolean][]) {
      if (wanted && value[field] === undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `is required for ${value.type}`,
        });
      } else if (!wanted && value[field] !== undefined) {
        context.addIssue({
          code: 'custom',
          path: [field],
          message: `is only allowed on ${field === 'role' ? 'HOLDS_ROLE' : 'REPORTS_STATUS'}`,
        });
      }
    }
  });

/** The sections of a seed file; each section is a list of entries, checked one by one. */
export const SECTIONS = [
  'documents',
  'actors',
  'items',
  'measures',
  'statements',
  'relationships',
] as const;
export type Section = (typeof SECTIONS)[number];

export const fileSchema = z.strictObject({
  document: z.record(z.string(), z.unknown()),
  documents: z.array(z.unknown()).nullish(),
  actors: z.array(z.unknown()).nullish(),
  items: z.array(z.unknown()).nullish(),
  measures: z.array(z.unknown()).nullish(),
  statements: z.array(z.unknown()).nullish(),
  relationships: z.array(z.unknown()).nullish(),
});

export type Evidence = z.infer<typeof evidenceSchema>;
export type Link = z.infer<typeof linkSchema>;
export type HostDocumentEntry = z.infer<typeof hostDocumentSchema>;
export type DocumentRefEntry = z.infer<typeof documentRefSchema>;
export type ActorEntry = z.infer<typeof actorSchema>;
export type ItemEntry = z.infer<typeof itemSchema>;
export type MeasureEntry = z.infer<typeof measureSchema>;
export type StatementEntry = z.infer<typeof statementSchema>;
export type RelationshipEntry = z.infer<typeof relationshipSchema>;
