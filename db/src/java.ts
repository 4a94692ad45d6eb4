import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DbError } from './errors.ts';

/** Java major versions Neo4j 5.26 runs on. */
const SUPPORTED = [17, 21];

/** Reads the major version (17, 21, ...) that `java -version` prints, or null when it cannot run. */
export function javaMajorVersion(
  javaBin: string,
  env: NodeJS.ProcessEnv = process.env,
): number | null {
  const result = spawnSync(javaBin, ['-version'], { encoding: 'utf8', env });
  if (result.error) return null;
  return parseJavaVersion(`${result.stderr}${result.stdout}`);
}

/** Parses `openjdk version "17.0.15"` (or `"1.8.0_392"`) into the major version. */
export function parseJavaVersion(text: string): number | null {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return null;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

/**
 * Finds a `java` executable of a version Neo4j 5.26 supports (17 or 21): the one in
 * `NEO4J_JAVA_HOME` when set (and only that one), else `JAVA_HOME`, then JDKs under `jvmRoot` (/usr/lib/jvm), then `java` on the PATH of `env`.
 * @throws DbError JAVA_MISSING when none is found, JAVA_VERSION when only other versions are.
 */
export function findJava(
  env: NodeJS.ProcessEnv = process.env,
  jvmRoot = '/usr/lib/jvm',
): { bin: string; version: number } {
  if (env.NEO4J_JAVA_HOME) return explicitJava(env.NEO4J_JAVA_HOME, env);
  const candidates: string[] = [];
  if (env.JAVA_HOME) candidates.push(path.join(env.JAVA_HOME, 'bin', 'java'));
  if (existsSync(jvmRoot)) {
    for (const entry of readdirSync(jvmRoot).sort()) {
      if (/(^|-)17(\D|$)/.test(entry) || /(^|-)21(\D|$)/.test(entry))
        candidates.push(path.join(jvmRoot, entry, 'bin', 'java'));
    }
  }
  candidates.push('java');
  const seen: string[] = [];
  for (const bin of candidates) {
    if (bin !== 'java' && !existsSync(bin)) continue;
    const version = javaMajorVersion(bin, env);
    if (version === null) continue;
    if (SUPPORTED.includes(version)) return { bin, version };
    seen.push(`${bin} (Java ${version})`);
  }
  if (seen.length > 0) {
    throw new DbError(
      'JAVA_VERSION',
      `Neo4j 5.26 needs Java 17 or 21, but only found ${seen.join(', ')}. ` +
        'Install JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_JAVA_HOME to one.',
    );
  }
  throw new DbError(
    'JAVA_MISSING',
    'Java was not found. The built-in Neo4j needs JDK 17 (Debian: apt-get install openjdk-17-jdk-headless), ' +
      'or set NEO4J_URI to use an existing Neo4j server instead.',
  );
}

/**
 * The Java of an explicitly chosen home (`NEO4J_JAVA_HOME`): used as it is, or a clear error; never
 * silently replaced by another JDK.
 * @throws DbError JAVA_MISSING when it holds no runnable `bin/java`, JAVA_VERSION when not 17 or 21.
 */
function explicitJava(home: string, env: NodeJS.ProcessEnv): { bin: string; version: number } {
  const bin = path.join(home, 'bin', 'java');
  const version = existsSync(bin) ? javaMajorVersion(bin, env) : null;
  if (version === null) {
    throw new DbError(
      'JAVA_MISSING',
      `NEO4J_JAVA_HOME is ${home}, but ${bin} does not run. Point it at a JDK 17 or 21.`,
    );
  }
  if (!SUPPORTED.includes(version)) {
    throw new DbError(
      'JAVA_VERSION',
      `NEO4J_JAVA_HOME is ${home}, which holds Java ${version}; Neo4j 5.26 needs Java 17 or 21.`,
    );
  }
  return { bin, version };
}
