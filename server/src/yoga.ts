/**
 * Builds the GraphQL server (graphql-yoga) over a Neo4j driver: schema and resolvers, per-request
 * context, error masking and logging, request and operation limits (body size, query length, shape,
 * cost, introspection; no batching), security headers, GraphiQL with example queries, /health,
 * /ready, CORS and the built explorer at /. It does not listen: `main.ts` does, and tests call
 * `app.yoga.fetch('http://yoga/graphql', ...)`.
 */
import path from 'node:path';
import { createSchema, createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Driver } from 'neo4j-driver';
import type { Logger } from 'pino';
import type { Neo4jConnection } from '@policygraph/db';
import type { RequestContext } from './context.ts';
import { GRAPHIQL_TABS } from './graphiql/examples.ts';
import { createLogger, yogaLogger } from './logger.ts';
import { createGraphReader } from './neo4j/graph-reader.ts';
import { createLoaders } from './neo4j/loaders.ts';
import { HTTP_LIMITS } from './limits.ts';
import { useBodyLimit } from './plugins/use-body-limit.ts';
import { useClientFairness } from './plugins/use-client-fairness.ts';
import { useCompiledExecution } from './plugins/use-compiled-execution.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { useErrorLogging } from './plugins/use-error-logging.ts';
import { useIntrospectionLimits } from './plugins/use-introspection-limits.ts';
import { useOperationLimits } from './plugins/use-operation-limits.ts';
import { requestIdOf, useRequestId } from './plugins/use-request-id.ts';
import { useSecurityHeaders } from './plugins/use-security-headers.ts';
import { useStaticClient } from './plugins/use-static-client.ts';
import { useWriteProtection } from './plugins/use-write-protection.ts';
import { editorOf, type EditorToken } from './editing/editors.ts';
import { JUDGEMENTS_FILE } from './resolution/judgements-file.ts';
import { resolvers } from './resolvers/index.ts';
import { loadTypeDefs } from './schema/type-defs.ts';

export interface AppOptions {
  /** The process's one driver (the app never closes it). */
  driver: Driver;
  /** Where the driver points; its `database` is used for every query. */
  connection: Pick<Neo4jConnection, 'database'>;
  /** @default a pino logger at `info` */
  logger?: Logger;
  /** Serve GraphiQL at /graphql to browsers. @default true */
  graphiql?: boolean;
  /** Answer introspection (`__schema`, `__type`); GraphiQL needs it. @default true */
  introspection?: boolean;
  /** Largest request body, in bytes. @default HTTP_LIMITS.maxBodyBytes */
  maxBodyBytes?: number;
  /** Longest query text, in characters. @default HTTP_LIMITS.maxQueryLength */
  maxQueryLength?: number;
  /** GraphQL requests of one client handled at once (more wait in line). @default 2 */
  clientMaxInFlight?: number;
  /** Requests of one client waiting in line before 429. @default 100 */
  clientMaxQueued?: number;
  /** Identify clients by X-Forwarded-For (only behind a proxy that sets it). @default false */
  trustProxy?: boolean;
  /** How much longer a request refused for the client's fault keeps its turn. @default HTTP_LIMITS.refusalDelayMs */
  refusalDelayMs?: number;
  /** Origins allowed cross-origin; empty for same-origin only. @default [] */
  corsOrigins?: string[];
  /** Folder of the built explorer served at /; null to serve none. @default null */
  clientDist?: string | null;
  /** Neo4j transaction timeout per query, in milliseconds. @default 10000 */
  queryTimeoutMs?: number;
  /**
   * How long a read is run again after transient errors (Neo4j unreachable or starting), in
   * milliseconds (NEO4J_RETRY_MS; give the driver's `maxTransactionRetryTime` the same). @default 2000
   */
  retryMs?: number;
  /** Longest wait of /ready for Neo4j, in milliseconds. @default 3000 */
  readyTimeoutMs?: number;
  /**
   * The editors who may write (POLICYGRAPH_EDITOR_TOKENS); none: the API is read-only and every
   * mutation is refused (docs/api.md, "Editing"). @default []
   */
  editors?: readonly EditorToken[];
  /**
   * The judgements file that merges, splits and judgements append to (POLICYGRAPH_JUDGEMENTS_FILE).
   * @default the repository's import/judgements/entity-judgements.jsonl
   */
  judgementsFile?: string;
}

export interface App {
  yoga: YogaServerInstance<object, RequestContext>;
  logger: Logger;
}

/** The endpoint of the API. */
export const GRAPHQL_ENDPOINT = '/graphql';

/** Resolves true when Neo4j answers within `timeoutMs`. */
async function neo4jAnswers(
  driver: Driver,
  database: string | undefined,
  timeoutMs: number,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = driver.getServerInfo(database ? { database } : {}).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Builds the app. Stateless: every request gets its own context and loaders. */
export function createApp(options: AppOptions): App {
  const logger = options.logger ?? createLogger();
  const database = options.connection.database;
  const reader = createGraphReader({
    driver: options.driver,
    database,
    queryTimeoutMs: options.queryTimeoutMs ?? 10_000,
    runAgainFor: options.retryMs ?? 2_000,
  });
  const corsOrigins = options.corsOrigins ?? [];
  const editors = options.editors ?? [];
  const judgementsFile = options.judgementsFile ?? JUDGEMENTS_FILE;
  const writer = { driver: options.driver, database, timeoutMs: options.queryTimeoutMs ?? 10_000 };
  const yoga = createYoga<object, RequestContext>({
    schema: createSchema<RequestContext>({
      typeDefs: loadTypeDefs(),
      resolvers: resolvers as never,
    }),
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    healthCheckEndpoint: '/health',
    landingPage: false,
    logging: yogaLogger(logger),
    maskedErrors: { isDev: false },
    // One operation per request: a batch would multiply every per-operation limit (400 BAD_REQUEST).
    batching: false,
    // Replaced by useBodyLimit below, which reads a body of a valid Content-Length as it is.
    maxRequestBodySize: false,
    cors:
      corsOrigins.length > 0
        ? {
            origin: corsOrigins,
            methods: ['GET', 'POST'],
            credentials: false,
          }
        : false,
    // GraphiQL's page is served whole from here (no CDN), so it works offline and behind firewalls.
    renderGraphiQL,
    graphiql:
      options.graphiql === false
        ? false
        : {
            title: 'policygraph GraphiQL',
            defaultTabs: GRAPHIQL_TABS,
            defaultQuery: GRAPHIQL_TABS[0]!.query,
          },
    context: ({ request }) => {
      const requestId = requestIdOf(request);
      return {
        requestId,
        reader,
        loaders: createLoaders(reader, request.signal),
        signal: request.signal,
        request,
        editingEnabled: editors.length > 0,
        editor: editorOf(request, editors),
        writer,
        judgementsFile,
      };
    },
    plugins: [
      useRequestId(),
      useBodyLimit({ maxBytes: options.maxBodyBytes ?? HTTP_LIMITS.maxBodyBytes }),
      useClientFairness({
        maxInFlight: options.clientMaxInFlight ?? 2,
        maxQueued: options.clientMaxQueued ?? 100,
        trustProxy: options.trustProxy ?? false,
        refusalDelayMs: options.refusalDelayMs ?? HTTP_LIMITS.refusalDelayMs,
        graphqlEndpoint: GRAPHQL_ENDPOINT,
      }),
      useSecurityHeaders({ graphqlEndpoint: GRAPHQL_ENDPOINT }),
      useOperationLimits({ maxQueryLength: options.maxQueryLength }),
      useWriteProtection(),
      useIntrospectionLimits({ enabled: options.introspection !== false }),
      useCostLimit(),
      useErrorLogging(logger),
      useCompiledExecution({
        onCompileError: (operationName, errors) =>
          logger.warn(
            { operationName, errors: errors.map((error) => error.message) },
            'operation not compiled; it runs through graphql-js',
          ),
        onRuntimeError: (error) =>
          logger.error({ err: error }, 'a type resolver failed in a compiled operation'),
      }),
      useReadinessCheck({
        endpoint: '/ready',
        check: async () =>
          (await neo4jAnswers(options.driver, database, options.readyTimeoutMs ?? 3_000))
            ? new Response(JSON.stringify({ ready: true }), {
                status: 200,
                headers: { 'content-type': 'application/json' },
              })
            : new Response(JSON.stringify({ ready: false, reason: 'Neo4j does not answer.' }), {
                status: 503,
                headers: { 'content-type': 'application/json' },
              }),
      }),
      ...(options.clientDist
        ? [
            useStaticClient({
              dir: path.resolve(options.clientDist),
              apiPaths: [GRAPHQL_ENDPOINT, '/health', '/ready'],
            }),
          ]
        : []),
    ],
  });
  return { yoga, logger };
}
