/**
 * The GraphQL operations of entity resolution in the explorer: an actor's possible duplicates and
 * whether the server accepts edits; merging and splitting actors (editors only), sent with the
 * editor's token and the CSRF header the server requires (docs/api.md, "Editing").
 */
import { editorToken, setEditorToken } from './editorToken.ts';
import { graphql } from '../gql/index.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { GRAPHQL_ENDPOINT, GraphQLRequestError } from './graphqlClient.ts';

/** The candidates of one actor, with each score's features, and what it absorbed. */
export const PossibleDuplicatesQuery = graphql(`
  query PossibleDuplicates($id: ID!) {
    editingEnabled
    node(id: $id) {
      __typename
      id
      ... on Actor {
        absorbedIds
        possibleDuplicates(first: 5) {
          actor {
            id
            name
            disambiguation
          }
          score
          features {
            feature
            weight
            detail
          }
        }
      }
    }
  }
`);

export const MergeNodesMutation = graphql(`
  mutation MergeNodes($survivorId: ID!, $absorbedId: ID!, $why: String!) {
    mergeNodes(survivorId: $survivorId, absorbedId: $absorbedId, why: $why) {
      id
      name
    }
  }
`);

export const SplitNodeMutation = graphql(`
  mutation SplitNode($absorbedId: ID!, $why: String!) {
    splitNode(absorbedId: $absorbedId, why: $why) {
      survivor {
        id
        name
      }
      restored {
        id
        name
      }
    }
  }
`);

/**
 * The editor's token of this tab (the one the review view keeps, ./editorToken.ts), asked for once
 * when there is none (null when the person declines).
 */
export function editorTokenOrAsk(ask: (message: string) => string | null): string | null {
  const kept = editorToken();
  if (kept) return kept;
  const given = ask('Editor token (POLICYGRAPH_EDITOR_TOKENS):')?.trim();
  if (!given) return null;
  setEditorToken(given);
  return given;
}

/**
 * Runs a mutation as an editor: POST, JSON, `Authorization: Bearer <token>` and the CSRF header.
 * @throws GraphQLRequestError with the server's code (an UNAUTHENTICATED answer forgets the token).
 */
export async function editRequest<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string,
): Promise<TResult> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
      'x-policygraph-csrf': '1',
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  }).catch(() => {
    throw new GraphQLRequestError('The server cannot be reached.', 'NETWORK_ERROR');
  });
  const body = (await response.json().catch(() => ({}))) as {
    data?: TResult | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
  };
  const first = body.errors?.[0];
  if (first) {
    if (first.extensions?.code === 'UNAUTHENTICATED') setEditorToken('');
    throw new GraphQLRequestError(
      first.message,
      first.extensions?.code ?? 'BAD_RESPONSE',
      first.path,
    );
  }
  if (!body.data)
    throw new GraphQLRequestError(`The server answered ${response.status}`, 'BAD_RESPONSE');
  return body.data;
}
