/**
 * The documented maxima of the API (docs/api.md). Arguments beyond them are refused with
 * BAD_USER_INPUT naming the argument, before any Cypher runs.
 */
export const LIMITS = {
  /** Longest `search(text:)`, in UTF-16 code units. */
  searchTextLength: 200,
  /** Most words of `search(text:)` that are looked up. */
  searchTerms: 12,
  /** Largest `search(first:)`. */
  searchFirst: 50,
  /** Candidates taken from each full-text index before ranking, filtering by kind and counting. */
  searchCandidates: 200,
  /** Longest id accepted anywhere. */
  idLength: 200,
  /** Most start nodes of `neighborhood(ids:)`. */
  neighborhoodIds: 50,
  /** Deepest `neighborhood(depth:)`, in relationships from a start node. */
  neighborhoodDepth: 3,
  /** Largest `neighborhood(limit:)`, in nodes. */
  neighborhoodLimit: 1000,
  /** Relationships returned per node allowed by `limit` (3 × limit at most). */
  relationshipsPerNode: 3,
  /** Relationships of a node that `neighborhoodSummary` counts at most. */
  summaryRelationships: 20_000,
  /** Most nodes of `subgraph(ids:)`, and of each of `relationshipsBetween(from:, to:)`. */
  subgraphIds: 1000,
  /** Longest `paths(maxHops:)`, in relationships. */
  pathsMaxHops: 6,
  /** Most paths of `paths(first:)`. */
  pathsFirst: 10,
  /** Largest page of `statements` and `measures` (`first:`). */
  pageSize: 100,
} as const;

/**
 * Limits on the shape of a GraphQL operation. Depth, aliases, tokens and directives are checked by
 * graphql-armor while the operation is parsed and validated; the cost (./operation-cost.ts) and the
 * introspection count once its variables are known, before any resolver runs. Introspection is
 * exempt from the depth limit (graphql-js bounds its nesting) and from the cost.
 */
export const OPERATION_LIMITS = {
  /** Deepest field nesting. */
  maxDepth: 12,
  /** Most aliases in one operation. */
  maxAliases: 15,
  /** Most lexical tokens in one document. */
  maxTokens: 2000,
  /** Most directives in one operation. */
  maxDirectives: 20,
  /** Most times one field (response key) or fragment is selected in one selection set. */
  maxRepeats: 10,
  /**
   * Most items of any list in the variables: twice the longest list argument (`subgraph(ids:)`
   * takes 1000), so a list just over an argument's maximum is refused by its resolver, naming it.
   */
  maxListItems: 2000,
  /** Highest estimated cost (./operation-cost.ts: values the response can hold plus database work). */
  maxCost: 500_000,
  /** Most `__schema` fields in one operation (one is the whole schema). */
  maxSchemaIntrospections: 1,
  /** Most `__type` fields in one operation. */
  maxTypeIntrospections: 5,
} as const;

/**
 * Limits on HTTP requests, applied before a request is parsed as GraphQL. The longest operation the
 * explorer or GraphiQL sends (the introspection query) is about 2,100 characters, and the largest
 * variables (`relationshipsBetween`'s 2 × 1000 ids of 200 characters) about 406 kB, so both limits
 * leave room.
 */
export const HTTP_LIMITS = {
  /** Largest request body, in bytes; larger gets 413 REQUEST_ENTITY_TOO_LARGE. */
  maxBodyBytes: 512 * 1024,
  /** Longest query text (POST body or GET `query`), in UTF-16 code units; longer gets OPERATION_LIMIT. */
  maxQueryLength: 16_000,
  /** Longest time to receive a whole request (Node's `server.requestTimeout`), in milliseconds. */
  requestTimeoutMs: 30_000,
  /** Longest time to receive the request headers (`server.headersTimeout`), in milliseconds. */
  headersTimeoutMs: 10_000,
  /** How long an idle keep-alive connection stays open (`server.keepAliveTimeout`), in milliseconds. */
  keepAliveTimeoutMs: 5_000,
  /** How much longer a request refused for the client's own fault holds that client's turn, in milliseconds. */
  refusalDelayMs: 100,
} as const;
