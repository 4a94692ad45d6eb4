/**
 * The GraphQL operations of the details panel and the document viewer: everything the model holds
 * about one node.
 */
import { graphql } from '../gql/index.ts';

/** A node another one points at, enough to name it and add it to the graph. */
export const NodeRefFragment = graphql(`
  fragment NodeRef on Node {
    id
    kind
    name
    disambiguation
  }
`);

/** All properties and direct connections of one node, by type. */
export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      kind
      name
      aliases
      description
      disambiguation
      evidence {
        ...EvidenceFields
        ...EvidenceReviewFields
        row {
          column
          value
        }
      }
      ... on Actor {
        country
        roles {
          role
          organisation {
            ...NodeRef
          }
          evidence {
            ...EvidenceFields
          }
        }
        roleHolders {
          role
          person {
            ...NodeRef
          }
        }
        partOf {
          ...NodeRef
        }
        parts {
          ...NodeRef
        }
        governs {
          ...NodeRef
        }
        memberOf {
          ...NodeRef
        }
        members {
          ...NodeRef
        }
      }
      ... on Measure {
        measureTypes
        status
        announcedOn
        effectiveOn
        issuedBy {
          ...NodeRef
        }
        proposedBy {
          ...NodeRef
        }
        consideredBy {
          ...NodeRef
        }
        covers {
          ...NodeRef
        }
        appliesTo {
          ...NodeRef
        }
        targets {
          ...NodeRef
        }
        relatedMeasures {
          ...NodeRef
        }
        statusHistory {
          status
          asOf
          reportedBy {
            id
            title
          }
          evidence {
            ...EvidenceFields
          }
        }
      }
      ... on Item {
        itemType
        maker {
          ...NodeRef
        }
        providers {
          ...NodeRef
        }
        kindOf {
          ...NodeRef
        }
        kinds {
          ...NodeRef
        }
        coveredBy {
          id
          kind
          name
        }
      }
      ... on Statement {
        quote
        form
        date
        datePrecision
        speaker {
          ...NodeRef
          ... on Actor {
            roles {
              role
              organisation {
                ...NodeRef
              }
            }
          }
        }
        saidTo {
          ...NodeRef
        }
        about {
          ...NodeRef
        }
        reportedIn {
          id
          kind
          name
          publishedOn
        }
        attributionChain: attribution {
          ...NodeRef
        }
      }
      ... on Document {
        title
        documentType
        publishedOn
        dateline
        url
        language
        origin
        licence
        credit
        outlet {
          ...NodeRef
        }
        authors {
          ...NodeRef
        }
        relays {
          id
          kind
          name
        }
        relayedBy {
          id
          kind
          name
        }
        cites {
          ...NodeRef
        }
      }
    }
  }
`);

/** A source document's text and provenance, for the document viewer. */
export const DocumentTextQuery = graphql(`
  query DocumentText($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      ... on Document {
        title
        documentType
        publishedOn
        dateline
        url
        language
        text
        origin
        licence
        credit
        outlet {
          id
          name
        }
        authors {
          id
          name
        }
        relayedBy {
          id
          name
          disambiguation
        }
      }
    }
  }
`);
