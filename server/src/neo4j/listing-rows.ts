/**
 * Plain shapes of listings (LISTS relationships) and identity records, after the conversion
 * boundary (`toPlain` of @policygraph/model): dates are `YYYY-MM-DD` strings, integers numbers.
 */
import { DATE_PRECISIONS, type DatePrecision } from '@policygraph/model';
import type { EvidenceRow, NodeRow, RelationshipRow } from './rows.ts';

/** Why a listing ended (the GraphQL `DelistingBasis`). */
export const DELISTING_BASES = ['END_DATE_IN_SOURCE', 'ABSENT_FROM_LATER_VERSION'] as const;
export type DelistingBasisValue = (typeof DELISTING_BASES)[number];

/**
 * What a LISTS relationship states, typed: dates `YYYY-MM-DD`; the precisions are null when the
 * date is (a dated listing without one is precise to the day); a value of another type reads as null.
 */
export interface ListingFields {
  listName: string | null;
  listedOn: string | null;
  listedOnPrecision: DatePrecision | null;
  delistedOn: string | null;
  delistedOnPrecision: DatePrecision | null;
  delistedBasis: DelistingBasisValue | null;
  /** Id of the DATASET document whose absence of the listing delisted it. */
  delistedIn: string | null;
  sourceUrl: string | null;
  dataset: string;
}

/** A LISTS relationship with the ids of its measure and actor. */
export interface ListingRow extends ListingFields {
  id: string;
  measureId: string;
  actorId: string;
  evidence: EvidenceRow[];
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const oneOf = <T extends string>(values: readonly T[], value: unknown): T | null =>
  values.find((allowed) => allowed === value) ?? null;
const precision = (date: string | null, value: unknown): DatePrecision | null =>
  date === null ? null : (oneOf(DATE_PRECISIONS, value) ?? 'DAY');

/** The typed listing fields of a relationship's properties (empty fields for other relationships). */
export function listingFields(properties: Readonly<Record<string, unknown>>): ListingFields {
  const listedOn = text(properties.listedOn);
  const delistedOn = text(properties.delistedOn);
  return {
    listName: text(properties.listName),
    listedOn,
    listedOnPrecision: precision(listedOn, properties.listedOnPrecision),
    delistedOn,
    delistedOnPrecision: precision(delistedOn, properties.delistedOnPrecision),
    delistedBasis: oneOf(DELISTING_BASES, properties.delistedBasis),
    delistedIn: text(properties.delistedIn),
    sourceUrl: text(properties.sourceUrl),
    dataset: text(properties.dataset) ?? '',
  };
}

/** A page of listings, with the offset it starts at. */
export interface ListingConnectionRow {
  listings: ListingRow[];
  totalCount: number;
  offset: number;
}

/** One edge of a listing connection. */
export interface ListingEdgeRow {
  cursor: string;
  node: ListingRow;
}

/** How a row was matched to a node (the GraphQL `MergeRule`), from the model's vocabulary. */
export {
  MERGE_RULES as MERGE_RULE_VALUES,
  type MergeRule as MergeRuleValue,
} from '@policygraph/model';
import {
  MERGE_RULES as MERGE_RULE_VALUES,
  type MergeRule as MergeRuleValue,
} from '@policygraph/model';

/** One entry of a node's merge audit (the identity* lists). */
export interface IdentityRow {
  documentId: string;
  row: number;
  dataset: string;
  /** NEW for a value the API does not know. */
  rule: MergeRuleValue;
  key: string;
  name: string;
}

/** The listing a LISTS relationship row is, seen from its measure or its actor. */
export function listingOf(relationship: RelationshipRow): ListingRow {
  return {
    id: relationship.id,
    measureId: relationship.source,
    actorId: relationship.target,
    ...listingFields(relationship.properties),
    evidence: relationship.evidence,
  };
}

/** The merge audit of a node, zipped from its identity* lists (empty for nodes no list names). */
export function identityRows(node: NodeRow): IdentityRow[] {
  const list = (name: string) =>
    (node.properties[name] as (string | number)[] | null | undefined) ?? [];
  const documents = list('identityDocumentIds') as string[];
  return documents.map((documentId, i) => ({
    documentId,
    row: Number(list('identityRows')[i] ?? 0),
    dataset: String(list('identityDatasets')[i] ?? ''),
    rule: oneOf(MERGE_RULE_VALUES, list('identityRules')[i]) ?? 'NEW',
    key: String(list('identityKeys')[i] ?? ''),
    name: String(list('identityNames')[i] ?? ''),
  }));
}
