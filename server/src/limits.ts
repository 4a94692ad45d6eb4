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
  /** Candidates taken from each full-text index before ranking. */
  searchCandidates: 100,
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
  /** Longest `paths(maxHops:)`, in relationships. */
  pathsMaxHops: 6,
  /** Most paths of `paths(first:)`. */
  pathsFirst: 10,
  /** Largest page of `statements` and `measures` (`first:`). */
  pageSize: 100,
} as const;

/**
 * Limits on the shape of a GraphQL operation (graphql-armor), applied when it is validated.
 * The GraphiQL introspection query is exempt from depth and cost.
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
  /** Highest cost (objects 2, scalars 1, each level of depth × 1.5). */
  maxCost: 5000,
} as const;
