/**
 * @policygraph/db: where Neo4j is (NEO4J_URI or the built-in local server) and the lifecycle of the
 * built-in server (resolve from Maven Central, start on JDK 17, wait for Bolt, stop).
 */
export { DbError, type DbErrorCode } from './errors.ts';
export { loadDotEnv } from './dotenv.ts';
export {
  connectionFromEnv,
  createDriver,
  ensureNeo4j,
  type EnsuredNeo4j,
  type Neo4jConnection,
} from './connection.ts';
export {
  startLocalNeo4j,
  stopLocalNeo4j,
  localNeo4jStatus,
  type LocalNeo4j,
  type StartOptions,
} from './local-server.ts';
export { installNeo4j, isInstalled } from './install.ts';
export { argumentFile } from './importer-process.ts';
export {
  importIntoLocalStore,
  startOfflineImporter,
  type ImporterJvmOptions,
  type OfflineImportOptions,
  type OfflineImportResult,
  type StartedImporter,
} from './offline-import.ts';
export { findJava } from './java.ts';
export { SHORT_LIVED_JVM_OPTIONS } from './neo4j-conf.ts';
export { freePort, isPortInUse } from './port.ts';
export { NEO4J_VERSION, localLayout, projectRoot } from './paths.ts';
