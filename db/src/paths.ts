import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** Absolute path of the repository root (the folder holding the root package.json). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Neo4j version resolved from Maven Central; kept in step with db/pom.xml. */
export const NEO4J_VERSION = '5.26.30';

/**
 * Where the built-in Neo4j keeps its files, all under `<root>/.neo4j` (git-ignored) unless
 * `NEO4J_LOCAL_HOME` points elsewhere.
 */
export interface LocalLayout {
  /** Folder of the Neo4j jars for NEO4J_VERSION. */
  lib: string;
  /** Neo4j home: conf/, data/ (the store), logs/, run/ (pid file). */
  home: string;
  data: string;
  logs: string;
  conf: string;
  pidFile: string;
}

/**
 * The folders of a local Neo4j home (default `.neo4j/` in the project, or `NEO4J_LOCAL_HOME`); the
 * jars are always shared from the project's `.neo4j/lib-<version>`. Pure: creates nothing.
 */
export function localLayout(
  home = process.env.NEO4J_LOCAL_HOME ?? path.join(projectRoot, '.neo4j'),
): LocalLayout {
  return {
    lib: path.join(projectRoot, '.neo4j', `lib-${NEO4J_VERSION}`),
    home,
    data: path.join(home, 'data'),
    logs: path.join(home, 'logs'),
    conf: path.join(home, 'conf'),
    pidFile: path.join(home, 'run', 'neo4j.json'),
  };
}
