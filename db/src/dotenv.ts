import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { projectRoot } from './paths.ts';

/**
 * Reads `<project>/.env` (KEY=value lines, as in .env.example) into `env`, without overriding a
 * variable that is already set: the shell wins over the file. Missing file: nothing happens.
 * Every command (npm start, seed, import, db:*) calls it first. Returns the names it set.
 */
export function loadDotEnv(
  env: NodeJS.ProcessEnv = process.env,
  file = path.join(projectRoot, '.env'),
): string[] {
  if (!existsSync(file)) return [];
  const values = parseEnv(readFileSync(file, 'utf8'));
  const set: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (env[name] !== undefined || value === undefined) continue;
    env[name] = value;
    set.push(name);
  }
  return set;
}
