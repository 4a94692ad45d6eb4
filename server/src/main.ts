/**
 * Runs the API: reads the configuration, finds (or starts) Neo4j, applies the schema and loads the
 * seed graph when missing, then listens on PORT (default 4000) and prints the URL. SIGINT/SIGTERM
 * stop it gracefully: no new connections, requests in flight drain (up to SHUTDOWN_GRACE_MS), the
 * driver closes, and the built-in Neo4j stops if this process started it.
 */
import { createServer } from 'node:http';
import { createDriver, DbError, ensureNeo4j, isPortInUse, loadDotEnv } from '@policygraph/db';
import { ConfigError, loadConfig } from './config.ts';
import { limitConnectionsPerClient } from './connection-limit.ts';
import { checkReachable } from './neo4j-reachable.ts';
import { HTTP_LIMITS } from './limits.ts';
import { createLogger } from './logger.ts';
import { seedIfMissing } from './seed-on-start.ts';
import { createApp } from './yoga.ts';

async function main(): Promise<void> {
  loadDotEnv();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  // Say at once when the HTTP port is taken, before minutes go into starting Neo4j.
  if (config.PORT !== 0 && (await isPortInUse(config.PORT, config.HOST))) {
    console.error(portInUse(config.PORT, config.HOST));
    process.exit(1);
  }
  const neo4jServer = await ensureNeo4j({ log: (line) => logger.info(line) });
  const { connection } = neo4jServer;
  const driver = createDriver(connection, {
    maxTransactionRetryTime: config.NEO4J_RETRY_MS,
    // The API shows no query notifications (performance hints, deprecations) to anyone: Neo4j
    // need not build them, nor the driver decode them, on every answer.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });

  const reachability = await checkReachable(driver, connection.database);
  if (reachability.reachable) {
    logger.info({ uri: connection.uri, startedHere: neo4jServer.startedHere }, 'Neo4j reachable');
  } else {
    logger.warn(
      { uri: connection.uri, reason: reachability.reason },
      'Neo4j does not answer: serving anyway, answers are DATABASE_UNAVAILABLE until it does' +
        (config.SEED_ON_START ? ' (the seed graph is not checked)' : ''),
    );
  }

  if (config.SEED_ON_START && reachability.reachable) {
    try {
      await seedIfMissing(driver, connection.database, logger);
    } catch (error) {
      logger.error(
        { err: error },
        'could not check or load the seed graph; serving what the database holds',
      );
    }
  }

  const { yoga } = createApp({
    driver,
    connection,
    logger,
    graphiql: config.GRAPHIQL,
    introspection: config.INTROSPECTION,
    clientMaxInFlight: config.CLIENT_MAX_IN_FLIGHT,
    clientMaxQueued: config.CLIENT_MAX_QUEUED,
    trustProxy: config.TRUST_PROXY,
    corsOrigins: config.CORS_ORIGINS,
    clientDist: config.CLIENT_DIST,
    queryTimeoutMs: config.NEO4J_QUERY_TIMEOUT_MS,
    retryMs: config.NEO4J_RETRY_MS,
    editors: config.POLICYGRAPH_EDITOR_TOKENS,
    judgementsFile: config.POLICYGRAPH_JUDGEMENTS_FILE,
  });
  logger.info(
    config.POLICYGRAPH_EDITOR_TOKENS.length > 0
      ? { editors: config.POLICYGRAPH_EDITOR_TOKENS.map((editor) => editor.name) }
      : {},
    config.POLICYGRAPH_EDITOR_TOKENS.length > 0 ? 'editing is on' : 'read-only (editing is off)',
  );
  const server = createServer((request, response) => void yoga(request, response));
  // Slow or stalled clients cannot hold connections open: whole request, headers, idle keep-alive.
  server.requestTimeout = HTTP_LIMITS.requestTimeoutMs;
  server.headersTimeout = HTTP_LIMITS.headersTimeoutMs;
  server.keepAliveTimeout = HTTP_LIMITS.keepAliveTimeoutMs;
  if (!config.TRUST_PROXY) limitConnectionsPerClient(server, config.CLIENT_MAX_CONNECTIONS);
  if (config.GRAPHIQL && !config.INTROSPECTION) {
    logger.warn('GRAPHIQL is on but INTROSPECTION is off: GraphiQL cannot show the schema');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: draining requests');
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const grace = setTimeout(() => server.closeAllConnections(), config.SHUTDOWN_GRACE_MS);
    await closed;
    clearTimeout(grace);
    await driver.close();
    await neo4jServer.release();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  server.on('error', (error: NodeJS.ErrnoException) => {
    const reason =
      error.code === 'EADDRINUSE' ? portInUse(config.PORT, config.HOST) : error.message;
    console.error(reason);
    void driver
      .close()
      .then(() => neo4jServer.release())
      .finally(() => process.exit(1));
  });
  server.listen(config.PORT, config.HOST, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    logger.info({ port }, 'listening');
    console.log(
      `policygraph is ready: http://${host}:${port}/ (GraphQL and GraphiQL at http://${host}:${port}/graphql)`,
    );
  });
}

/** The message for a taken HTTP port, with the code people search the README for. */
function portInUse(port: number, host: string): string {
  return `error [EADDRINUSE]: port ${port} on ${host} is already in use. Stop what listens there, or set PORT to another port (PORT=4001 npm start).`;
}

main().catch((error: unknown) => {
  // Expected failures (Java missing, port taken, store locked...) are a message, not a stack trace.
  if (error instanceof DbError) console.error(`error [${error.code}]: ${error.message}`);
  else console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
