import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DbError } from './errors.ts';
import { NEO4J_VERSION, localLayout, projectRoot } from './paths.ts';

const MARKER = '.complete';

/** True when the jars of NEO4J_VERSION are already resolved, so starting needs no network. */
export function isInstalled(lib = localLayout().lib): boolean {
  return existsSync(path.join(lib, MARKER));
}

/**
 * Resolves Neo4j Community NEO4J_VERSION and its dependencies from Maven Central (through the
 * user's Maven, so ~/.m2 caches them) into `.neo4j/lib-<version>/`. Runs once; later calls return
 * at once. Progress goes to `log`, one line per downloaded artifact.
 * @throws DbError MAVEN_MISSING when `mvn` cannot run, INSTALL_FAILED when resolution fails.
 */
export async function installNeo4j(log: (line: string) => void = console.error): Promise<string> {
  const { lib } = localLayout();
  if (isInstalled(lib)) return lib;
  rmSync(lib, { recursive: true, force: true });
  mkdirSync(lib, { recursive: true });
  log(`Resolving Neo4j Community ${NEO4J_VERSION} from Maven Central (first run only)...`);
  const args = [
    '-B',
    '-f',
    path.join(projectRoot, 'db', 'pom.xml'),
    `-Dneo4j.version=${NEO4J_VERSION}`,
    'dependency:copy-dependencies',
    `-DoutputDirectory=${lib}`,
    '-DincludeScope=runtime',
  ];
  const tail: string[] = [];
  let downloaded = 0;
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const match = /Downloaded from \S+: \S+\/([^/\s]+\.jar)/.exec(line);
      if (match) {
        downloaded += 1;
        log(`  [${downloaded}] ${match[1]}`);
      }
    };
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new DbError(
            'MAVEN_MISSING',
            'Maven (mvn) was not found; it resolves Neo4j on first use. Install it (Debian: apt-get install maven) ' +
              'or set NEO4J_URI to use an existing Neo4j server.',
          ),
        );
      } else reject(error);
    });
    child.on('close', (status) => resolve(status ?? 1));
  });
  const jars = readdirSync(lib).filter((name) => name.endsWith('.jar'));
  if (code !== 0 || !jars.some((name) => name === `neo4j-${NEO4J_VERSION}.jar`)) {
    throw new DbError(
      'INSTALL_FAILED',
      `Could not resolve Neo4j ${NEO4J_VERSION} with Maven (exit ${code}). Last output:\n${tail.join('\n')}`,
    );
  }
  writeFileSync(path.join(lib, MARKER), `${NEO4J_VERSION}\n${jars.length} jars\n`);
  log(`Neo4j ${NEO4J_VERSION} resolved: ${jars.length} jars in ${path.relative(projectRoot, lib)}`);
  return lib;
}
