/**
 * The example queries GraphiQL opens with (one tab each), written against the seed graph.
 */

const whoSaidWhat = /* GraphQL */ `
  # Who said what about China's export control on gallium and germanium,
  # to whom, when, reported where, and on whose authority.
  query WhoSaidWhatAboutGalliumAndGermanium {
    search(text: "gallium germanium export control", kinds: [MEASURE], first: 1) {
      node {
        id
        name
      }
    }
    statements(about: "cn-gallium-germanium-export-control", first: 20) {
      totalCount
      edges {
        node {
          quote
          form
          date
          datePrecision
          speaker {
            id
            name
            ... on Actor {
              roles {
                role
                organisation {
                  name
                }
              }
            }
          }
          saidTo {
            name
          }
          reportedIn {
            title
            outlet {
              name
            }
          }
          attribution {
            kind
            name
          }
          evidence {
            quote
            start
            end
            document {
              title
            }
          }
        }
      }
    }
  }
`;

const wsjToAmazon = /* GraphQL */ `
  # How the Wall Street Journal is connected to Amazon: the shortest paths,
  # with the evidence for every relationship on them.
  query PathFromTheWallStreetJournalToAmazon {
    paths(from: "wsj", to: "amazon", maxHops: 4, first: 3) {
      nodes {
        id
        kind
        name
      }
      relationships {
        type
        source
        target
        evidence {
          quote
          document {
            title
          }
        }
      }
    }
  }
`;

const neighborhood = /* GraphQL */ `
  # Everything one relationship away from the Ministry of Commerce.
  query AroundTheMinistryOfCommerce {
    neighborhood(ids: ["mofcom"], depth: 1, limit: 50) {
      truncated
      nodes {
        id
        kind
        name
      }
      relationships {
        type
        source
        target
      }
    }
  }
`;

const commerce = /* GraphQL */ `
  # Both commerce authorities, told apart by country.
  query CommerceAuthorities {
    search(text: "Commerce", kinds: [AGENCY]) {
      matchedName
      score
      node {
        id
        name
        aliases
        ... on Actor {
          country
          partOf {
            name
          }
        }
      }
    }
  }
`;

/** GraphiQL tabs: the gallium and germanium statements and the WSJ–Amazon path first. */
export const GRAPHIQL_TABS = [whoSaidWhat, wsjToAmazon, neighborhood, commerce].map((query) => ({
  query,
}));
