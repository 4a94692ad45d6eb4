/**
 * The zod schemas of a seed file (docs/seed-format.md): the document, the documents it refers to,
 * actors, items, measures, statements and relationships. Each entry is checked on its own so that
 * every problem of a file is reported at once.
 */
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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

export const idSchema = z
  .string()
  .regex(
    SLUG,
    'must be a slug: lower-case letters and digits joined by single hyphens, e.g. "mao-ning"',
  );

/** Non-empty text, kept exactly as written (quotes are never trimmed or otherwise normalised). */
const text = z.string().refine((value) => value.trim() !== '', 'must not be empty');

/** `YYYY-MM-DD`; whether the day exists is checked later (IMPOSSIBLE_DATE). */
const isoDate = z
  .string()
  .regex(ISO_DATE_FORMAT, 'must be a date written YYYY-MM-DD (quote it in YAML)');

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a bare YAML year (2023) is read as "2023". */
const partialDate = z.preprocess(
  (value) => (typeof value === 'number' && Number.isInteger(value) ? String(value) : value),
  z.string().regex(PARTIAL_DATE_FORMAT, 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD'),
);

const country = z
  .string()
  .refine((code) => /^[A-Z]{2}$/.test(code) && regionNames.of(code) !== undefined, {
    message: 'must be an ISO 3166-1 alpha-2 code such as "CN" or "US", or "EU"',
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

/** A quote: the exact text, and which occurrence (1-based) when it occurs more than once. */
export const evidenceSchema = z.union(
  [text, z.strictObject({ quote: text, occurrence: z.number().int().positive().optional() })],
  { error: 'must be a quote (a string) or { quote, occurrence }' },
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
  quote: text,
  occurrence: z.number().int().positive().optional(),
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
