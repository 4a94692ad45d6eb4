/**
 * @policygraph/server: the GraphQL API over Neo4j. `createApp` builds it (see yoga.ts), `loadConfig`
 * reads its environment, `main.ts` runs it.
 */
export { createApp, GRAPHQL_ENDPOINT, type App, type AppOptions } from './yoga.ts';
export { loadConfig, ConfigError, type ServerConfig } from './config.ts';
export { createLogger } from './logger.ts';
export { GRAPHIQL_TABS } from './graphiql/examples.ts';
export { HTTP_LIMITS, LIMITS, OPERATION_LIMITS } from './limits.ts';
export { NODE_KINDS, RELATIONSHIP_TYPES } from './model.ts';
export { seedIfMissing } from './seed-on-start.ts';
export { checkReachable, type Reachability } from './neo4j-reachable.ts';
export { limitConnectionsPerClient } from './connection-limit.ts';
/** The pure Cypher builders of the root fields, for tests and benchmarks that run them raw. */
export { buildSearchCandidates } from './cypher/search.ts';
/** Search ranking, pure, for the ranking benchmark (test/bench/api/ranking-bench.ts). */
export { rankCandidates, type SearchCandidate } from './search-ranking.ts';
export { subgraphProjection } from './resolvers/selection.ts';
export { graphqlJs } from './graphql-js.ts';
export { luceneQuery } from './cypher/lucene.ts';
export { buildNodesByIds } from './cypher/nodes.ts';
export { buildNeighborhood } from './cypher/neighborhood.ts';
export { buildNeighborhoodSummary } from './cypher/neighborhood-summary.ts';
export { buildPaths } from './cypher/paths.ts';
export { buildStatements } from './cypher/statements.ts';
export { buildSubgraph } from './cypher/subgraph.ts';
export { buildRelationshipsBetween } from './cypher/relationships-between.ts';
export { buildListings } from './cypher/listings.ts';
export { buildDocumentReviews } from './cypher/extractions.ts';
export { buildLoadedDocument } from './cypher/drafts.ts';
export { exportDocuments } from './review/export.ts';
