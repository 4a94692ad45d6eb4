/**
 * The preview of an expansion: a node's neighbours counted by kind and relationship type, with
 * each kind's date span, from the API's `neighborhoodSummary` (one aggregate read, no neighbour
 * sent), so the explorer can offer to group a kind before fetching it.
 */
import { graphql } from '../gql/index.ts';
import type { NodeKind, RelationshipType } from '../model/types.ts';
import { request } from './graphqlClient.ts';
import type { NeighborhoodFilter } from './graphQueries.ts';

export const NeighborhoodSummaryQuery = graphql(`
  query NeighborhoodSummary(
    $id: ID!
    $kinds: [NodeKind!]
    $relationshipTypes: [RelationshipType!]
  ) {
    neighborhoodSummary(id: $id, kinds: $kinds, relationshipTypes: $relationshipTypes) {
      total
      truncated
      counts {
        kind
        relationshipType
        count
      }
      kinds {
        kind
        count
        firstDate
        lastDate
      }
    }
  }
`);

/** A node's neighbours counted (see the module comment). */
export interface NeighborhoodSummary {
  /** Distinct neighbours. */
  total: number;
  /** The node has more relationships than the API counted. */
  truncated: boolean;
  /** Neighbours by kind and relationship type, most first. */
  counts: { kind: NodeKind; relationshipType: RelationshipType; count: number }[];
  /** Distinct neighbours by kind with their date span (`YYYY-MM-DD`), most first. */
  kinds: { kind: NodeKind; count: number; firstDate: string | null; lastDate: string | null }[];
}

/** The summary of `id`'s neighbours that `filter` lets through. */
export async function fetchNeighborhoodSummary(
  id: string,
  filter: NeighborhoodFilter,
  signal?: AbortSignal,
): Promise<NeighborhoodSummary> {
  const data = await request(
    NeighborhoodSummaryQuery,
    {
      id,
      kinds: filter.kinds.length > 0 ? filter.kinds : null,
      relationshipTypes: filter.relationshipTypes.length > 0 ? filter.relationshipTypes : null,
    },
    signal,
  );
  return data.neighborhoodSummary;
}
