/**
 * One pure planner per fact a row states (measure, publication, listing): each turns the fact and
 * the row's evidence into the node and the relationship drafts it writes. The actor's planner is
 * in plan-actor.ts (it also resolves the actor to a node); plan-builder.ts gathers what they return.
 */
import { relationshipId, type EvidenceRecord, type GraphNode } from '@policygraph/model';
import type { ListingFact, MeasureFact, PublicationFact } from './import-model.ts';
import type { RelationshipDraft } from './plan-builder.ts';

/** The measure a row belongs to, and its `ISSUED_BY` when the row names an issuing body. */
export interface MeasurePlan {
  node: GraphNode;
  issuedBy: RelationshipDraft | null;
}

/**
 * The measure node of `measure` (`status: ANNOUNCED`, its list name, url and extra properties as
 * strings, `announcedOn` as a date), evidenced by `evidence`, declared at `entry` (`row N`).
 */
export function planMeasure(
  measure: MeasureFact,
  evidence: readonly EvidenceRecord[],
  entry: string,
): MeasurePlan {
  const properties: Record<string, string | string[]> = {
    kind: 'MEASURE',
    name: measure.name,
    measureTypes: [...measure.measureTypes],
    status: 'ANNOUNCED',
  };
  if (measure.url) properties.url = measure.url;
  if (measure.listName) properties.listName = measure.listName;
  for (const [key, value] of Object.entries(measure.extra)) properties[key] = String(value);
  return {
    node: {
      id: measure.id,
      kind: 'MEASURE',
      name: measure.name,
      aliases: [],
      properties,
      dates: measure.announcedOn ? { announcedOn: measure.announcedOn } : {},
      evidence: [...evidence],
      entry,
    },
    issuedBy: measure.issuerId
      ? {
          type: 'ISSUED_BY',
          from: measure.id,
          to: measure.issuerId,
          properties: {},
          dates: {},
          evidence: [...evidence],
        }
      : null,
  };
}

/** A publication (a Federal Register document), its publisher, and the status it reports of its measure. */
export interface PublicationPlan {
  node: GraphNode;
  publishedBy: RelationshipDraft | null;
  reportsStatus: RelationshipDraft | null;
}

/**
 * The `ANNOUNCEMENT` document of `publication` in `language`; `PUBLISHED_BY` its publisher; when
 * the row is also a measure, `REPORTS_STATUS` (ANNOUNCED, as of the publication day) of it.
 */
export function planPublication(
  publication: PublicationFact,
  measure: MeasureFact | undefined,
  language: string,
  evidence: readonly EvidenceRecord[],
  entry: string,
): PublicationPlan {
  const properties: Record<string, string | string[]> = {
    kind: 'DOCUMENT',
    name: publication.title,
    title: publication.title,
    documentType: 'ANNOUNCEMENT',
    language,
  };
  if (publication.url) properties.url = publication.url;
  if (publication.description) properties.description = publication.description;
  for (const [key, value] of Object.entries(publication.extra)) properties[key] = String(value);
  const asOf = publication.publishedOn ?? '';
  return {
    node: {
      id: publication.id,
      kind: 'DOCUMENT',
      name: publication.title,
      aliases: [],
      properties,
      dates: publication.publishedOn ? { publishedOn: publication.publishedOn } : {},
      evidence: [...evidence],
      entry,
    },
    publishedBy: publication.publisherId
      ? {
          type: 'PUBLISHED_BY',
          from: publication.id,
          to: publication.publisherId,
          properties: {},
          dates: {},
          evidence: [...evidence],
        }
      : null,
    reportsStatus: measure
      ? {
          id: relationshipId(publication.id, 'REPORTS_STATUS', measure.id, {
            status: 'ANNOUNCED',
            asOf,
          }),
          type: 'REPORTS_STATUS',
          from: publication.id,
          to: measure.id,
          properties: { status: 'ANNOUNCED' },
          dates: asOf ? { asOf } : {},
          evidence: [...evidence],
        }
      : null,
  };
}

/**
 * The `LISTS` relationship from `measure` to the actor node `actorId`: the data set, source URL and
 * list name as properties; `listedOn`/`delistedOn` as dates, with their precision when not a day,
 * and `delistedBasis: END_DATE_IN_SOURCE` for an end date the row gives.
 */
export function planListing(
  measure: MeasureFact,
  listing: ListingFact,
  actorId: string,
  evidence: readonly EvidenceRecord[],
): RelationshipDraft {
  const properties: Record<string, string> = { dataset: listing.dataset };
  const dates: Record<string, string> = {};
  if (listing.sourceUrl) properties.sourceUrl = listing.sourceUrl;
  if (measure.listName) properties.listName = measure.listName;
  if (listing.listedOn) {
    dates.listedOn = listing.listedOn.date;
    if (listing.listedOn.precision !== 'DAY')
      properties.listedOnPrecision = listing.listedOn.precision;
  }
  if (listing.delistedOn) {
    dates.delistedOn = listing.delistedOn.date;
    properties.delistedBasis = 'END_DATE_IN_SOURCE';
    if (listing.delistedOn.precision !== 'DAY')
      properties.delistedOnPrecision = listing.delistedOn.precision;
  }
  return {
    type: 'LISTS',
    from: measure.id,
    to: actorId,
    properties,
    dates,
    evidence: [...evidence],
  };
}
