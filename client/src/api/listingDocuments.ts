/**
 * The GraphQL operations of listings: every listing of an actor (or every actor a list measure
 * lists), and the listings matching the who-said-what filter. Each carries the list's row as
 * evidence and the provenance of the file it comes from.
 */
import { graphql } from '../gql/index.ts';

/** One listing, with its measure, issuing bodies, dates, official source and source row. */
export const ListingFieldsFragment = graphql(`
  fragment ListingFields on Listing {
    id
    listName
    listedOn
    listedOnPrecision
    delistedOn
    delistedOnPrecision
    delistedBasis
    sourceUrl
    actor {
      id
      kind
      name
      country
    }
    measure {
      id
      kind
      name
    }
    issuedBy {
      id
      kind
      name
    }
    evidence {
      ...EvidenceFields
      row {
        column
        value
      }
      document {
        credit
        licence
      }
    }
  }
`);

/** The listings of an actor, or those of a list measure. */
export const NodeListingsQuery = graphql(`
  query NodeListings($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Actor {
        listings {
          ...ListingFields
        }
      }
      ... on Measure {
        listings {
          ...ListingFields
        }
      }
    }
  }
`);

/** Listings by issuing body, listed actor and listing dates, most recent first. */
export const ListingsFeedQuery = graphql(`
  query ListingsFeed($issuedBy: [ID!], $actor: ID, $from: Date, $to: Date, $first: Int) {
    listings(issuedBy: $issuedBy, actor: $actor, from: $from, to: $to, first: $first) {
      totalCount
      edges {
        node {
          ...ListingFields
        }
      }
    }
  }
`);
