/**
 * Every GraphQL operation the explorer sends, as typed documents (src/gql/ is generated from these
 * and the server's SDL by `npm run codegen -w client`).
 */
import { graphql } from '../gql/index.ts';

/** Where a source supports something: the quoted span, its document and how the fact was made (its origin). */
export const EvidenceFieldsFragment = graphql(`
  fragment EvidenceFields on Evidence {
    quote
    start
    end
    document {
      id
      title
    }
    provenance {
      origin
    }
  }
`);

/**
 * Who reviewed a fact and when, beside its origin (EvidenceFields): asked for where few facts are
 * listed (a node's details, the who-said-what list), not with whole subgraphs, whose cost it would
 * raise by a third.
 */
export const EvidenceReviewFieldsFragment = graphql(`
  fragment EvidenceReviewFields on Evidence {
    provenance {
      origin
      reviewedBy
      reviewedAt
    }
  }
`);

/** What the graph keeps of every node: enough to draw, date, filter and export it. */
export const GraphNodeFieldsFragment = graphql(`
  fragment GraphNodeFields on Node {
    __typename
    id
    kind
    name
    aliases
    disambiguation
    ... on Actor {
      country
    }
    ... on Measure {
      status
      measureTypes
      announcedOn
      effectiveOn
      listName
    }
    ... on Item {
      itemType
    }
    ... on Document {
      documentType
      publishedOn
    }
    ... on Statement {
      quote
      form
      date
      datePrecision
      speaker {
        id
        name
        aliases
      }
      saidTo {
        id
        name
      }
      about {
        id
        name
      }
      evidence {
        ...EvidenceFields
      }
    }
  }
`);

/** A relationship with its properties and evidence. */
export const RelationshipFieldsFragment = graphql(`
  fragment RelationshipFields on Relationship {
    id
    type
    source
    target
    role
    status
    asOf
    listName
    evidence {
      ...EvidenceFields
    }
  }
`);

export const SubgraphFieldsFragment = graphql(`
  fragment SubgraphFields on Subgraph {
    truncated
    resolvedIds {
      asked
      id
    }
    nodes {
      ...GraphNodeFields
    }
    relationships {
      ...RelationshipFields
    }
  }
`);

/**
 * Search: names and aliases in any script, ranked by the server, a page at a time, with counts by
 * kind; each hit with what tells it apart from namesakes (kind, country, issuer, date).
 */
export const SearchQuery = graphql(`
  query Search($text: String!, $kinds: [NodeKind!], $first: Int, $after: String) {
    searchConnection(text: $text, kinds: $kinds, first: $first, after: $after) {
      totalCount
      kindCounts {
        kind
        count
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        score
        matchedName
        node {
          id
          kind
          name
          aliases
          description
          disambiguation
          ... on Actor {
            country
          }
        }
      }
    }
  }
`);

/** The neighbourhood of nodes, for showing a search hit, expanding, and restoring a shared view. */
export const NeighborhoodQuery = graphql(`
  query Neighborhood(
    $ids: [ID!]!
    $depth: Int
    $kinds: [NodeKind!]
    $relationshipTypes: [RelationshipType!]
    $limit: Int
  ) {
    neighborhood(
      ids: $ids
      depth: $depth
      kinds: $kinds
      relationshipTypes: $relationshipTypes
      limit: $limit
    ) {
      ...SubgraphFields
    }
  }
`);

/** Exactly the given nodes and the relationships among them (a shared view, in batches). */
export const SubgraphQuery = graphql(`
  query Subgraph($ids: [ID!]!) {
    subgraph(ids: $ids) {
      ...SubgraphFields
    }
  }
`);

/** The relationships joining two sets of nodes: those between two batches of a shared view. */
export const RelationshipsBetweenQuery = graphql(`
  query RelationshipsBetween($from: [ID!]!, $to: [ID!]!) {
    relationshipsBetween(from: $from, to: $to) {
      truncated
      resolvedIds {
        asked
        id
      }
      relationships {
        ...RelationshipFields
      }
    }
  }
`);

/** Shortest paths between two nodes. */
export const PathsQuery = graphql(`
  query Paths($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
    paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
      ...SubgraphFields
    }
  }
`);

/** Who said what, filtered by speaker, topic and date. */
export const StatementsQuery = graphql(`
  query Statements($speaker: ID, $about: ID, $from: Date, $to: Date, $first: Int, $after: String) {
    statements(
      speaker: $speaker
      about: $about
      from: $from
      to: $to
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...GraphNodeFields
          evidence {
            ...EvidenceReviewFields
          }
          speaker {
            id
            name
            kind
            ... on Actor {
              roles {
                role
                organisation {
                  id
                  name
                  kind
                }
              }
            }
          }
          about {
            id
            name
            kind
          }
          attribution {
            id
            name
            kind
          }
        }
      }
    }
  }
`);
