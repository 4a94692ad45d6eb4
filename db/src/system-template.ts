/**
 * A `system` database made once per Neo4j version (at `npm run db:install`), so that a first load
 * into a fresh home does not pay for creating it when the server first starts on the imported
 * store (most of a fresh home's start). Neo4j's documented way of importing into an installed
 * DBMS is: stop it, `database import full --overwrite-destination`, start it; a home that receives
 * a copy of this `system` database before its first start is such an installed DBMS. The built-in
 * server runs without authentication (neo4j-conf.ts), so the users the copy holds are not used.
 */
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from './local-server.ts';
import { NEO4J_VERSION, localLayout, projectRoot } from './paths.ts';
import { freePort } from './port.ts';

/** The store folders of the `system` database, relative to a home's data folder. */
const SYSTEM_STORES = [path.join('databases', 'system'), path.join('transactions', 'system')];

/** Folder of the template: `.neo4j/system-<version>/` in the project (git-ignored). */
export function systemTemplateDir(): string {
  return path.join(projectRoot, '.neo4j', `system-${NEO4J_VERSION}`);
}

/**
 * Makes the template once: starts the server in a throwaway home on a free port, stops it cleanly
 * and keeps the `system` database it created. Later calls return at once.
 * @returns the template's folder.
 * @throws DbError as startLocalNeo4j.
 */
export async function prepareSystemTemplate(
  log: (line: string) => void = console.error,
): Promise<string> {
  const template = systemTemplateDir();
  if (existsSync(template)) return template;
  const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-system-'));
  try {
    const server = await startLocalNeo4j({ home, boltPort: await freePort(), log });
    await server.stop();
    const made = `${template}.${process.pid}`;
    rmSync(made, { recursive: true, force: true });
    for (const store of SYSTEM_STORES)
      cpSync(path.join(localLayout(home).data, store), path.join(made, store), {
        recursive: true,
      });
    renameSync(made, template);
    log(
      `Neo4j's system database prepared for first loads in ${path.relative(projectRoot, template)}`,
    );
    return template;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/**
 * Copies the template's `system` database into the home when it has none yet and the template
 * exists (nothing otherwise); the server must be stopped.
 * @param template folder made by prepareSystemTemplate. @default systemTemplateDir()
 * @returns true when it copied.
 */
export function seedSystemDatabase(home?: string, template = systemTemplateDir()): boolean {
  const { data } = localLayout(home);
  if (!existsSync(template) || SYSTEM_STORES.some((store) => existsSync(path.join(data, store))))
    return false;
  for (const store of SYSTEM_STORES)
    cpSync(path.join(template, store), path.join(data, store), { recursive: true });
  return true;
}
