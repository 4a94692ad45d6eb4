/**
 * @policygraph/server: the GraphQL API over Neo4j. `createApp` builds it (see yoga.ts), `loadConfig`
 * reads its environment, `main.ts` runs it.
 */
export { createApp, GRAPHQL_ENDPOINT, type App, type AppOptions } from './yoga.ts';
export { loadConfig, ConfigError, type ServerConfig } from './config.ts';
export { createLogger } from './logger.ts';
export { HTTP_LIMITS, LIMITS, OPERATION_LIMITS } from './limits.ts';
export { NODE_KINDS, RELATIONSHIP_TYPES } from './model.ts';
