/**
 * Resolvers of listings: the `Listing` and `IdentityRecord` types, the listing connection, and the
 * fields listings add to `Actor`, `Measure` and `Relationship`.
 */
import { related } from '../neo4j/loaders.ts';
import {
  identityRows,
  listingOf,
  type ListingConnectionRow,
  type ListingEdgeRow,
  type ListingRow,
} from '../neo4j/listing-rows.ts';
import type { NodeRow, RelationshipRow } from '../neo4j/rows.ts';
import { encodeCursor } from '../pagination.ts';
import type {
  DatePrecision,
  DelistingBasis,
  IdentityRecordResolvers,
  ListingConnectionResolvers,
  ListingResolvers,
  MergeRule,
} from '../schema/resolvers-types.generated.ts';
import type { RequestContext } from '../context.ts';
import { loadNode } from './evidence.ts';
import { property } from './node.ts';

const listingProperty =
  <T>(name: string) =>
  (listing: ListingRow): T | null =>
    (listing.properties[name] ?? null) as T | null;

/** Most recently listed first, undated last, then by id. */
function byListedOnDescending(a: ListingRow, b: ListingRow): number {
  const da = (a.properties.listedOn as string | null) ?? '';
  const db = (b.properties.listedOn as string | null) ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  return a.id.localeCompare(b.id);
}

export const Listing: ListingResolvers = {
  measure: (listing, _args, context) => loadNode(context, listing.measureId),
  actor: (listing, _args, context) => loadNode(context, listing.actorId),
  issuedBy: async (listing, _args, context) =>
    (await related(context.loaders, listing.measureId, 'OUT', ['ISSUED_BY'])).map(
      (entry) => entry.node,
    ),
  listName: listingProperty<string>('listName'),
  listedOn: listingProperty<string>('listedOn'),
  listedOnPrecision: (listing) =>
    listing.properties.listedOn == null
      ? null
      : ((listing.properties.listedOnPrecision as DatePrecision | null) ?? 'DAY'),
  delistedOn: listingProperty<string>('delistedOn'),
  delistedOnPrecision: (listing) =>
    listing.properties.delistedOn == null
      ? null
      : ((listing.properties.delistedOnPrecision as DatePrecision | null) ?? 'DAY'),
  delistedBasis: listingProperty<DelistingBasis>('delistedBasis'),
  delistedIn: (listing, _args, context) => {
    const id = listing.properties.delistedIn as string | null | undefined;
    return id ? loadNode(context, id) : null;
  },
  sourceUrl: listingProperty<string>('sourceUrl'),
  dataset: (listing) => String((listing.properties.dataset as string | null | undefined) ?? ''),
  evidence: (listing) => listing.evidence,
};

export const ListingConnection: ListingConnectionResolvers = {
  edges: (page): ListingEdgeRow[] =>
    page.listings.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node })),
  pageInfo: (page: ListingConnectionRow) => ({
    hasNextPage: page.offset + page.listings.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.listings.length > 0 ? encodeCursor(page.offset) : null,
    endCursor:
      page.listings.length > 0 ? encodeCursor(page.offset + page.listings.length - 1) : null,
  }),
  totalCount: (page) => page.totalCount,
};

export const IdentityRecord: IdentityRecordResolvers = {
  document: (record, _args, context) => loadNode(context, record.documentId),
  rule: (record) => record.rule as MergeRule,
};

async function listingsOf(
  node: NodeRow,
  direction: 'IN' | 'OUT',
  context: RequestContext,
): Promise<ListingRow[]> {
  return (await related(context.loaders, node.id, direction, ['LISTS'])).map(({ relationship }) =>
    listingOf(relationship),
  );
}

/** Fields listings add to `Actor`. */
export const actorListingFields = {
  wikidataId: property<string | null>('wikidataId'),
  listings: async (actor: NodeRow, _args: unknown, context: RequestContext) =>
    (await listingsOf(actor, 'IN', context)).sort(byListedOnDescending),
  identities: (actor: NodeRow) => identityRows(actor),
};

/** Fields listings add to `Measure`. */
export const measureListingFields = {
  listName: property<string | null>('listName'),
  url: property<string | null>('url'),
  documentNumber: property<string | null>('documentNumber'),
  legalAuthority: property<string | null>('legalAuthority'),
  reportYear: (measure: NodeRow) =>
    measure.properties.reportYear == null ? null : Number(measure.properties.reportYear),
  listings: async (measure: NodeRow, _args: unknown, context: RequestContext) => {
    const entries = await related(context.loaders, measure.id, 'OUT', ['LISTS']);
    return entries
      .sort(
        (a, b) =>
          a.node.name.localeCompare(b.node.name) ||
          a.relationship.id.localeCompare(b.relationship.id),
      )
      .map(({ relationship }) => listingOf(relationship));
  },
};

/** Fields listings add to `Relationship` (null on other types). */
export const relationshipListingFields = {
  listedOn: (relationship: RelationshipRow) =>
    (relationship.properties.listedOn as string | null | undefined) ?? null,
  delistedOn: (relationship: RelationshipRow) =>
    (relationship.properties.delistedOn as string | null | undefined) ?? null,
  sourceUrl: (relationship: RelationshipRow) =>
    (relationship.properties.sourceUrl as string | null | undefined) ?? null,
  listName: (relationship: RelationshipRow) =>
    (relationship.properties.listName as string | null | undefined) ?? null,
};
