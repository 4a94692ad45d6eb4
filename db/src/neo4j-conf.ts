/** Settings of a local Neo4j instance, rendered into its neo4j.conf. */
export interface LocalServerSettings {
  /** Bolt port on 127.0.0.1. */
  boltPort: number;
  /** Store folder (server.directories.data). */
  dataDir: string;
  /** Log folder (server.directories.logs). */
  logsDir: string;
  /** JVM heap, e.g. "1g". Sized for a 2-core, 24 GB machine shared with the API and a browser. */
  heap: string;
  /** Page cache, e.g. "1g"; left unset Neo4j would take half of the machine's memory. */
  pageCache: string;
  /** Further settings, name to value, written after the others (e.g. for a short-lived server). */
  extra?: Readonly<Record<string, string>>;
}

/** The defaults of the built-in server: Bolt on 7687, 1 GB heap, 2 GB page cache. */
export const DEFAULT_SETTINGS = { boltPort: 7687, heap: '1g', pageCache: '2g' } as const;

/**
 * Renders neo4j.conf for the built-in server. Pure: same settings, same text.
 * Authentication is off because the server only listens on the loopback interface.
 */
export function renderNeo4jConf(settings: LocalServerSettings): string {
  return [
    '# Written by policygraph (db/src/neo4j-conf.ts) at every start; edit the settings there.',
    `server.bolt.listen_address=127.0.0.1:${settings.boltPort}`,
    'server.bolt.advertised_address=127.0.0.1',
    'server.default_listen_address=127.0.0.1',
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.security.auth_enabled=false',
    `server.memory.heap.initial_size=${settings.heap}`,
    `server.memory.heap.max_size=${settings.heap}`,
    `server.memory.pagecache.size=${settings.pageCache}`,
    'dbms.usage_report.enabled=false',
    `server.directories.data=${settings.dataDir}`,
    `server.directories.logs=${settings.logsDir}`,
    'db.transaction.timeout=60s',
    // Transaction log files grow as written instead of taking 256 MB each up front.
    'db.tx_log.preallocate=false',
    'server.jvm.additional=-XX:+UseG1GC',
    // Bolt's network threads wait 5 s for more work before they stop, twice, after the databases
    // have stopped and checkpointed: 10 s of every stop. Nothing is left for them by then.
    'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
    ...Object.entries(settings.extra ?? {}).map(([name, value]) => `${name}=${value}`),
    '',
  ].join('\n');
}

/**
 * JVM flags for a server that lives only for a load (start, populate the indexes, stop): the
 * client compiler alone (C1), without the optimising one, whose compilations a few minutes of
 * work do not repay (less CPU on start, index population and stop; BENCHMARKS.md).
 */
export const SHORT_LIVED_JVM_OPTIONS: readonly string[] = ['-XX:TieredStopAtLevel=1'];

/** JVM flags the stock Neo4j launcher passes on Java 17. */
export function jvmArgs(heap: string): string[] {
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Djdk.tls.ephemeralDHKeySize=2048',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
  ];
}
