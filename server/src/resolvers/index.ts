/** Every resolver of the schema, one file per root field and per type. */
import type { Resolvers } from '../schema/resolvers-types.generated.ts';
import { Actor, Role } from './actor.ts';
import { Statement } from './statement.ts';
import { MeasureConnection, StatementConnection } from './connections.ts';
import { DateScalar } from './date-scalar.ts';
import { Document } from './document.ts';
import { Draft, Mutation, documentReview, draftQueries } from './drafts.ts';
import { Evidence } from './evidence.ts';
import { Item } from './item.ts';
import { Measure, StatusReport } from './measure.ts';
import { Node } from './node.ts';
import { measures } from './query-measures.ts';
import { neighborhood } from './query-neighborhood.ts';
import { neighborhoodSummary } from './query-neighborhood-summary.ts';
import { node } from './query-node.ts';
import { paths } from './query-paths.ts';
import { SearchConnection, search, searchConnection } from './query-search.ts';
import { statements } from './query-statements.ts';
import { subgraph } from './query-subgraph.ts';
import { relationshipsBetween } from './query-relationships-between.ts';
import { listings } from './query-listings.ts';
import { actorResolutionFields, resolutionMutations, resolutionQueries } from './resolution.ts';
import {
  IdentityRecord,
  Listing,
  ListingConnection,
  actorListingFields,
  measureListingFields,
  relationshipListingFields,
} from './listings.ts';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    search,
    searchConnection,
    node,
    neighborhood,
    neighborhoodSummary,
    subgraph,
    relationshipsBetween,
    paths,
    statements,
    measures,
    listings,
    ...draftQueries,
    ...resolutionQueries,
  },
  Mutation: { ...Mutation, ...resolutionMutations },
  Draft,
  Node,
  Actor: { ...Actor, ...actorListingFields, ...actorResolutionFields },
  Role,
  Item,
  Document: { ...Document, ...documentReview },
  Measure: { ...Measure, ...measureListingFields },
  Relationship: relationshipListingFields,
  Listing,
  ListingConnection,
  IdentityRecord,
  StatusReport,
  Statement,
  Evidence,
  StatementConnection,
  MeasureConnection,
  SearchConnection,
};
