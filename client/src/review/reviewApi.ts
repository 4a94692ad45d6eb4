/**
 * The review view's GraphQL operations (server/src/schema/review/schema.graphql), sent with the
 * editor's token and the CSRF header every editing request needs (docs/api.md, "Editing").
 */
import { request } from '../api/graphqlClient.ts';
import { graphql } from '../gql/index.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { editorToken } from '../api/editorToken.ts';

export const DraftsQuery = graphql(`
  query ReviewDrafts {
    drafts {
      id
      documentId
      status
      version
      updatedAt
      updatedBy
    }
  }
`);

export const DraftFieldsFragment = graphql(`
  fragment DraftFields on Draft {
    id
    documentId
    status
    version
    text
    draftedYaml
    reviewedYaml
    sidecar
    linkedIds
    accepted {
      section
      id
    }
    updatedBy
    updatedAt
  }
`);

export const DraftQuery = graphql(`
  query ReviewDraft($id: ID!) {
    draft(id: $id) {
      ...DraftFields
    }
  }
`);

export const CreateDraftMutation = graphql(`
  mutation ReviewCreateDraft($text: String!, $title: String, $publishedOn: String) {
    createDraft(text: $text, title: $title, publishedOn: $publishedOn) {
      ...DraftFields
    }
  }
`);

export const SaveDraftMutation = graphql(`
  mutation ReviewSaveDraft(
    $id: ID!
    $version: Int!
    $reviewedYaml: String!
    $linkedIds: [ID!]
    $accepted: [EntryKeyInput!]
  ) {
    saveDraftReview(
      id: $id
      version: $version
      reviewedYaml: $reviewedYaml
      linkedIds: $linkedIds
      accepted: $accepted
    ) {
      ...DraftFields
    }
  }
`);

export const LoadDraftMutation = graphql(`
  mutation ReviewLoadDraft($id: ID!, $version: Int!) {
    acceptAndLoadDraft(id: $id, version: $version) {
      ...DraftFields
    }
  }
`);

/** What identifies an existing node offered for linking: kind, country, aliases, its listings. */
export const CandidateQuery = graphql(`
  query ReviewCandidate($id: ID!) {
    node(id: $id) {
      id
      kind
      name
      aliases
      ... on Actor {
        country
        listings {
          id
          listName
          measure {
            name
          }
        }
      }
    }
  }
`);

/** Runs `document` as the editor of this tab (token from sessionStorage, CSRF header). */
export function asEditor<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const token = editorToken();
  return request(document, variables, signal, {
    'x-policygraph-csrf': '1',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  });
}
