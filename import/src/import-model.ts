/**
 * What a format adapter makes of one row of a list: the facts it states, before actors are
 * resolved to nodes. Every fact keeps the row it came from, whose text becomes its evidence.
 */
import type { ActorKind, MEASURE_TYPES } from '@policygraph/model';
import type { RowProblem, SourceRow } from './csv-rows.ts';
import type { ListDate } from './list-dates.ts';
import type { IssuingBody } from './issuing-bodies.ts';

export type MeasureType = (typeof MEASURE_TYPES)[number];

/** An actor as a row describes it. `country` is ISO 3166-1 alpha-2 (or `EU`), null when the row gives none. */
export interface ActorFact {
  kind: ActorKind;
  name: string;
  aliases: string[];
  /**
   * Aliases as good as the name for telling the actor (merge-evidence.ts): its name in another
   * script (cn-sanctions `Chinese name`), the names it had before (1260H `Previous Name`).
   */
  primaryAliases?: string[];
  country: string | null;
  /** Wikidata item id (`Q317618`), when the row gives one. */
  wikidataId: string | null;
  description: string | null;
}

/** The measure a row belongs to: one list announcement (or one list edition, or one Federal Register rule). */
export interface MeasureFact {
  /** Stable id, derived from the issuing body, the list and the date (see each adapter). */
  id: string;
  name: string;
  measureTypes: MeasureType[];
  /** Id of the issuing body (issuing-bodies.ts), null when the row names none. */
  issuerId: string | null;
  announcedOn: string | null;
  /** The official source: the announcement, the list's PDF, the Federal Register page. */
  url: string | null;
  /** The list's name as the source gives it (abbreviations spelt out), null when the source leaves it blank. */
  listName: string | null;
  /** Other scalar properties: `documentNumber`, `reportYear`, `legalAuthority`. */
  extra: Record<string, string | number>;
}

/** That the measure lists the actor: dates, the official source and the list it belongs to. */
export interface ListingFact {
  listedOn: ListDate | null;
  delistedOn: ListDate | null;
  sourceUrl: string | null;
  /** Versions of one dataset replace each other; a listing missing from a newer version is delisted. */
  dataset: string;
}

/** A Federal Register (or similar) document a row describes, known by its metadata only. */
export interface PublicationFact {
  id: string;
  title: string;
  publishedOn: string | null;
  url: string | null;
  publisherId: string | null;
  description: string | null;
  extra: Record<string, string | number>;
}

/** Everything one row states. */
export interface RowFacts {
  actor?: ActorFact;
  measure?: MeasureFact;
  /** Present only with `actor` and `measure`. */
  listing?: ListingFact;
  publication?: PublicationFact;
  /** Things worth telling the person importing (a blank issuing body), not reasons to refuse the row. */
  notes: string[];
  /** Issuing bodies the row names that the table (issuing-bodies.ts) lacks: nodes of their own. */
  newBodies?: IssuingBody[];
}

/** A reason a row is refused, before its row and line are known. */
export type CellProblem = Pick<RowProblem, 'field' | 'reason'>;

/**
 * What a format says of any file in it: a neutral name (the start of the document's title when the
 * person importing gives none) and the language of its text. Never origin, licence or credit: those
 * come from the person importing (source-provenance.ts).
 */
export interface FormatDescription {
  title: string;
  language: string;
}

/** Names of the formats `npm run import` reads. */
export const FORMATS = [
  'cn-sanctions',
  'us-1260h',
  'us-special-leg',
  'federal-register',
  'reference',
] as const;
export type FormatName = (typeof FORMATS)[number];

/** What an adapter knows of the file a row belongs to. */
export interface RowContext {
  /** The day the file's content held (`YYYY-MM-DD`): no date of a row may be after it. */
  asOf: string;
}

/** Reads the rows of one file format. Pure: no I/O, no database. */
export interface FormatAdapter {
  format: FormatName;
  /** Columns the header must have. */
  requiredColumns: readonly string[];
  description: FormatDescription;
  /** The facts of one row, or why it cannot be read (every problem of the row at once). */
  readRow(row: SourceRow, context: RowContext): { facts: RowFacts } | { problems: CellProblem[] };
}
