/**
 * The zod schemas of a seed file (docs/seed-format.md): the document, the documents it refers to,
 * actors, items, measures, statements and relationships. Each entry is checked on its own so that
 * every problem of a file is reported at once.
 */
import { z } from 'zod';
import {
  ACTOR_KINDS,
  DOCUMENT_TYPES,
  ENTRY_ORIGINS,
  ITEM_TYPES,
  MEASURE_STATUSES,
  MEASURE_TYPES,
  STATEMENT_FORMS,
  RELATIONSHIP_TYPES,
} from '@policygraph/model';
import {
  country,
  evidenceList,
  evidenceSchema,
  idSchema,
  isoDate,
  languageTag,
  linkSchema,
  occurrence,
  partialDate,
  quoteText,
  text,
} from './document-fields.ts';

/**
 * How the entry was made (ENTRY_ORIGINS); left out, `HAND`. Anything but `HAND` needs the
 * document's `review` (who reviewed it and when).
 */
const provenance = { provenance: z.enum(ENTRY_ORIGINS).optional() };

/**
 * Who reviewed a document loaded from a reviewed draft, when (ISO 8601 UTC), and how many drafted
 * entries they rejected (rejected entries are not in the file).
 */
export const reviewSchema = z.strictObject({
  reviewedBy: text,
  reviewedAt: z.iso.datetime({
    message: 'must be an ISO 8601 UTC time, e.g. 2026-01-31T09:30:00Z',
  }),
  rejected: z.number().int().min(0).default(0),
});

const named = {
  ...provenance,
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
  review: reviewSchema.nullish(),
});

/** A document the text refers to (a report it relays, an announcement); we hold no text of it. */
export const documentRefSchema = z.strictObject({
  ...documentFields,
  evidence: evidenceList.min(1),
});

/** An entry of `actors`: id, kind (ACTOR_KINDS), name, aliases, country, description, evidence (1 or more). */
export const actorSchema = z.strictObject({
  ...named,
  kind: z.enum(ACTOR_KINDS),
  name: text,
  country: country.nullish(),
  evidence: evidenceList.min(1),
});

/** An entry of `items`: id, name, itemType (MATERIAL, PRODUCT, SERVICE), aliases, description, evidence. */
export const itemSchema = z.strictObject({
  ...named,
  name: text,
  itemType: z.enum(ITEM_TYPES),
  evidence: evidenceList.min(1),
});

/**
 * An entry of `measures`: id, name, measureTypes (1 or more), status, announcedOn and effectiveOn
 * (`YYYY-MM-DD`), aliases, description, evidence.
 */
export const measureSchema = z.strictObject({
  ...named,
  name: text,
  measureTypes: z.array(z.enum(MEASURE_TYPES)).min(1),
  status: z.enum(MEASURE_STATUSES),
  announcedOn: isoDate.nullish(),
  effectiveOn: isoDate.nullish(),
  evidence: evidenceList.min(1),
});

/**
 * An entry of `statements`: who said what (speaker, form, quote and its occurrence), to whom
 * (saidTo), when (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), about what, reported in which documents.
 */
export const statementSchema = z.strictObject({
  ...provenance,
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

/**
 * An entry of `relationships`: from, type (RELATIONSHIP_TYPES), to and evidence; `role` only and
 * always for HOLDS_ROLE, `status` and `asOf` only and always for REPORTS_STATUS.
 */
export const relationshipSchema = z
  .strictObject({
    ...provenance,
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
/** The name of a section of a seed file. */
export type Section = (typeof SECTIONS)[number];

/** The overall shape of a seed file: `document` (a mapping) and the sections (lists), each entry checked later on its own. */
export const fileSchema = z.strictObject({
  document: z.record(z.string(), z.unknown()),
  documents: z.array(z.unknown()).nullish(),
  actors: z.array(z.unknown()).nullish(),
  items: z.array(z.unknown()).nullish(),
  measures: z.array(z.unknown()).nullish(),
  statements: z.array(z.unknown()).nullish(),
  relationships: z.array(z.unknown()).nullish(),
});

/** A quote as written: text, or `{ quote, occurrence }`. */
export type Evidence = z.infer<typeof evidenceSchema>;
/** A link as written: an id, or `{ id, evidence }`. */
export type Link = z.infer<typeof linkSchema>;
/** The file's own `document`, parsed (defaults applied: `aliases` and `evidence` are [] when left out). */
export type HostDocumentEntry = z.infer<typeof hostDocumentSchema>;
/** An entry of `documents`, parsed. */
export type DocumentRefEntry = z.infer<typeof documentRefSchema>;
/** An entry of `actors`, parsed. */
export type ActorEntry = z.infer<typeof actorSchema>;
/** An entry of `items`, parsed. */
export type ItemEntry = z.infer<typeof itemSchema>;
/** An entry of `measures`, parsed. */
export type MeasureEntry = z.infer<typeof measureSchema>;
/** An entry of `statements`, parsed (`about`, `reportedIn` and `evidence` default to []). */
export type StatementEntry = z.infer<typeof statementSchema>;
/** The host document's `review`, parsed. */
export type ReviewEntry = z.infer<typeof reviewSchema>;
/** An entry of `relationships`, parsed. */
export type RelationshipEntry = z.infer<typeof relationshipSchema>;
