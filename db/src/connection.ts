import neo4j, { type Config, type Driver } from 'neo4j-driver';
import { loadDotEnv } from './dotenv.ts';
import { DbError } from './errors.ts';
import { localNeo4jStatus, startLocalNeo4j, type StartOptions } from './local-server.ts';

/** How to reach Neo4j: the URI (bolt://, neo4j://, neo4j+s://...), credentials and database name. */
export interface Neo4jConnection {
  uri: string;
  user?: string;
  password?: string;
  /** Database name; undefined means the server's default database. */
  database?: string;
  /** True for the built-in local server (no authentication, loopback only). */
  local: boolean;
}

/**
 * The connection named by `NEO4J_URI`, `NEO4J_USER`, `NEO4J_PASSWORD` and `NEO4J_DATABASE`,
 * or null when NEO4J_URI is unset (then the built-in local Neo4j is used). For the process's own
 * environment, `<project>/.env` is read first (variables already set win).
 * @throws DbError CONFIG_INVALID when NEO4J_URI has an unknown scheme.
 */
export function connectionFromEnv(env: NodeJS.ProcessEnv = process.env): Neo4jConnection | null {
  if (env === process.env) loadDotEnv(env);
  const uri = env.NEO4J_URI?.trim();
  if (!uri) return null;
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new DbError(
      'CONFIG_INVALID',
      `NEO4J_URI must start with bolt://, neo4j://, bolt+s://, neo4j+s:// (or +ssc); got "${uri}".`,
    );
  }
  return {
    uri,
    user: env.NEO4J_USER ?? env.NEO4J_USERNAME ?? 'neo4j',
    password: env.NEO4J_PASSWORD,
    database: env.NEO4J_DATABASE || undefined,
    local: false,
  };
}

/** Opens the one driver a process should hold. Close it on shutdown. */
export function createDriver(connection: Neo4jConnection, config: Config = {}): Driver {
  const auth =
    connection.local || connection.password === undefined
      ? undefined
      : neo4j.auth.basic(connection.user ?? 'neo4j', connection.password);
  return neo4j.driver(connection.uri, auth, {
    userAgent: 'policygraph/0.1',
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    ...config,
  });
}

/** A reachable Neo4j and how to let go of it: `release()` stops the local server only if we started it. */
export interface EnsuredNeo4j {
  connection: Neo4jConnection;
  /** True when this call started the local server (so release() stops it). */
  startedHere: boolean;
  /** Milliseconds the local server took to start, when started here. */
  startupMs?: number;
  release(): Promise<void>;
}

/**
 * Resolves where Neo4j is: NEO4J_URI when set; else the local server started by `npm run db:start`;
 * else starts the local server (resolving it on first use) for as long as the caller needs it.
 */
export async function ensureNeo4j(options: StartOptions = {}): Promise<EnsuredNeo4j> {
  const external = connectionFromEnv();
  if (external) return { connection: external, startedHere: false, release: async () => {} };
  const running = localNeo4jStatus(options.home);
  if (running) {
    return {
      connection: { uri: `bolt://127.0.0.1:${running.boltPort}`, local: true },
      startedHere: false,
      release: async () => {},
    };
  }
  const server = await startLocalNeo4j(options);
  return {
    connection: { uri: server.uri, local: true },
    startedHere: true,
    startupMs: server.startupMs,
    release: () => server.stop(),
  };
}

export { DbError };
