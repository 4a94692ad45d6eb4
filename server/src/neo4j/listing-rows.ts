/**
 * Plain shapes of listings (LISTS relationships) and identity records, after the conversion
 * boundary (`toPlain` of @policygraph/model): dates are `YYYY-MM-DD` strings, integers numbers.
 */
import type { EvidenceRow, NodeRow, RelationshipRow } from './rows.ts';

/** A LISTS relationship with the ids of its measure and actor. */
export interface ListingRow {
  id: string;
  measureId: string;
  actorId: string;
  /** The relationship's properties (listedOn, delistedOn, sourceUrl, listName, dataset, ...). */
  properties: Record<string, unknown>;
  evidence: EvidenceRow[];
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

/** One entry of a node's merge audit (the identity* lists). */
export interface IdentityRow {
  documentId: string;
  row: number;
  dataset: string;
  rule: string;
  key: string;
  name: string;
}

/** The listing a LISTS relationship row is, seen from its measure or its actor. */
export function listingOf(relationship: RelationshipRow): ListingRow {
  return {
    id: relationship.id,
    measureId: relationship.source,
    actorId: relationship.target,
    properties: relationship.properties,
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
    rule: String(list('identityRules')[i] ?? 'NEW'),
    key: String(list('identityKeys')[i] ?? ''),
    name: String(list('identityNames')[i] ?? ''),
  }));
}
