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
 * Finds a `java` executable of a version Neo4j 5.26 supports (17 or 21), preferring
 * `NEO4J_JAVA_HOME`, then `JAVA_HOME`, then JDKs under `jvmRoot` (/usr/lib/jvm), then `java` on the PATH of `env`.
 * @throws DbError JAVA_MISSING when none is found, JAVA_VERSION when only other versions are.
 */
export function findJava(
  env: NodeJS.ProcessEnv = process.env,
  jvmRoot = '/usr/lib/jvm',
): { bin: string; version: number } {
  const candidates: string[] = [];
  for (const home of [env.NEO4J_JAVA_HOME, env.JAVA_HOME]) {
    if (home) candidates.push(path.join(home, 'bin', 'java'));
  }
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
