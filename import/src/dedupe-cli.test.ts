/**
 * `npm run dedupe` as a process: a usage error is told before any database is reached.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function dedupe(args: string[]) {
  const cli = path.resolve(import.meta.dirname, 'dedupe-cli.ts');
  // A NEO4J_URI where nothing listens: reaching for it would fail as NEO4J_UNREACHABLE instead.
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'unused' },
    timeout: 60_000,
  });
}

describe('npm run dedupe usage', () => {
  it.each([[['--merge', 'only-one-id', '--why', 'x']], [['--split', 'an-id']], [['--why', 'x']]])(
    'refuses %j as usage (exit 2) without reaching for Neo4j',
    (args) => {
      const run = dedupe(args);
      expect(run.stderr).toMatch(/^--merge takes two node ids, --split one, and both --why TEXT\./);
      expect(run.stderr).not.toContain('NEO4J_UNREACHABLE');
      expect(run.status).toBe(2);
    },
    60_000,
  );
});
