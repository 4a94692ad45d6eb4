/**
 * The server's configuration, read from the environment once at start and validated with zod.
 * Where Neo4j is comes from @policygraph/db (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE,
 * or the built-in local server). Every variable is documented in docs/api.md and .env.example.
 */
import path from 'node:path';
import { z } from 'zod';
import { connectionFromEnv, projectRoot } from '@policygraph/db';
import { parseEditorTokens } from './editing/editors.ts';

const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .optional()
    .transform((value) => (value === undefined ? fallback : ['true', '1', 'yes'].includes(value)));

/** A flag whose default is on in development and off when NODE_ENV=production (resolved in loadConfig). */
const devFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .optional()
  .transform((value) => (value === undefined ? undefined : ['true', '1', 'yes'].includes(value)));

const origins = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.url({ message: 'must be a comma-separated list of origins like https://example.org' }),
    ),
  );

const ENV = z.object({
  /** HTTP port. @default 4000 */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Interface to listen on: this machine only by default; 0.0.0.0 to serve others (behind a proxy). @default 127.0.0.1 */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** pino level. @default info */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Origins allowed cross-origin (CORS); empty means same-origin only. @default '' */
  CORS_ORIGINS: origins,
  /** Serve GraphiQL at /graphql to browsers. @default true, false when NODE_ENV=production */
  GRAPHIQL: devFlag,
  /** Answer introspection (`__schema`, `__type`). @default true, false when NODE_ENV=production */
  INTROSPECTION: devFlag,
  /** Neo4j transaction timeout for one query, in milliseconds. @default 10000 */
  NEO4J_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** How long a query is run again after transient errors (Neo4j unreachable or starting), in milliseconds. @default 2000 */
  NEO4J_RETRY_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /** Apply the schema and load the seed graph at start when its documents are missing. @default true */
  SEED_ON_START: flag(true),
  /** Folder of the built explorer served at /. @default client/dist */
  CLIENT_DIST: z
    .string()
    .min(1)
    .default(path.join(projectRoot, 'client', 'dist')),
  /** GraphQL requests of one client (IP address) handled at once; more wait in line. @default 2 */
  CLIENT_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(1000).default(2),
  /** Requests of one client waiting in line; beyond, 429. @default 100 */
  CLIENT_MAX_QUEUED: z.coerce.number().int().min(0).max(100_000).default(100),
  /** Open connections of one client address; more are closed at once (not applied with TRUST_PROXY). @default 32 */
  CLIENT_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(32),
  /** Identify clients by X-Forwarded-For (set only behind a reverse proxy that writes it). @default false */
  TRUST_PROXY: flag(false),
  /** How long shutdown waits for requests in flight, in milliseconds. @default 10000 */
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
  /**
   * The judgements file that merges, splits and judgements made through the API append to.
   * @default the repository's import/judgements/entity-judgements.jsonl
   */
  POLICYGRAPH_JUDGEMENTS_FILE: z.string().min(1).optional(),
  /**
   * Editors who may write, as `name:token` pairs separated by commas (tokens of 24+ characters);
   * empty: the API is read-only. @default ''
   */
  POLICYGRAPH_EDITOR_TOKENS: z
    .string()
    .optional()
    .transform((value, context) => {
      try {
        return parseEditorTokens(value);
      } catch (error) {
        context.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    }),
});

/** The validated configuration. */
export type ServerConfig = Omit<z.infer<typeof ENV>, 'GRAPHIQL' | 'INTROSPECTION'> & {
  GRAPHIQL: boolean;
  INTROSPECTION: boolean;
};

/** Thrown for an invalid environment; the message lists every variable in error. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the configuration.
 * @throws ConfigError naming each invalid variable (and NEO4J_URI when its scheme is unknown).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const result = ENV.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  try {
    connectionFromEnv(env);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${(error as Error).message}`);
  }
  const production = env.NODE_ENV === 'production';
  return {
    ...result.data,
    GRAPHIQL: result.data.GRAPHIQL ?? !production,
    INTROSPECTION: result.data.INTROSPECTION ?? !production,
  };
}
