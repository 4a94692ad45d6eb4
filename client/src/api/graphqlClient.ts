/**
 * A small GraphQL-over-HTTP client: POSTs a typed document to `/graphql` (same origin; the Vite dev
 * server proxies it) and returns `data`, or throws a GraphQLRequestError that carries the server's
 * `extensions.code` (`BAD_USER_INPUT`, `DATABASE_UNAVAILABLE`, ...) for the UI to show.
 */
import type { TypedDocumentString } from '../gql/graphql.ts';

/** Endpoint of the API. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** A failed request: network, HTTP, or GraphQL errors. */
export class GraphQLRequestError extends Error {
  /** `extensions.code` of the first GraphQL error, or `NETWORK_ERROR` / `HTTP_<status>` / `BAD_RESPONSE`. */
  readonly code: string;
  /** The GraphQL path of the first error, when the server gave one. */
  readonly path: readonly (string | number)[] | undefined;
  /** The first error's `extensions` (e.g. CONFLICT's `changed`, LOAD_REFUSED's `problems`), or `{}`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(
    message: string,
    code: string,
    path?: readonly (string | number)[],
    extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.path = path;
    this.extensions = extensions;
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
}

/** Listeners told when requests start and end (the progress bar). */
const activity = new Set<(inFlight: number) => void>();
let inFlight = 0;

/** Calls `listener` with the number of requests in flight whenever it changes; returns an unsubscribe. */
export function onRequestActivity(listener: (inFlight: number) => void): () => void {
  activity.add(listener);
  return () => activity.delete(listener);
}

function setInFlight(delta: number): void {
  inFlight += delta;
  for (const listener of activity) listener(inFlight);
}

/**
 * Runs `document` with `variables`; `headers` are added to the request (an editor's token and the
 * CSRF header of editing, review/reviewApi.ts).
 * @throws GraphQLRequestError for a network failure, a non-JSON or non-2xx answer without GraphQL
 *   errors, or any GraphQL error (partial data is not accepted: the explorer shows the error).
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
  headers: Readonly<Record<string, string>> = {},
): Promise<TResult> {
  setInFlight(1);
  try {
    let response: Response;
    try {
      response = await fetch(GRAPHQL_ENDPOINT, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
        },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new GraphQLRequestError(
        'The server cannot be reached. Check your connection and try again.',
        'NETWORK_ERROR',
      );
    }
    let body: GraphQLResponse<TResult>;
    try {
      body = (await response.json()) as GraphQLResponse<TResult>;
    } catch {
      throw new GraphQLRequestError(
        `The server answered ${response.status} ${response.statusText}`.trim(),
        `HTTP_${response.status}`,
      );
    }
    const first = body.errors?.[0];
    if (first) {
      throw new GraphQLRequestError(
        first.message,
        first.extensions?.code ?? `HTTP_${response.status}`,
        first.path,
        first.extensions ?? {},
      );
    }
    if (!response.ok || body.data === undefined || body.data === null) {
      throw new GraphQLRequestError(
        `The server answered ${response.status} without data`,
        response.ok ? 'BAD_RESPONSE' : `HTTP_${response.status}`,
      );
    }
    return body.data;
  } finally {
    setInFlight(-1);
  }
}
