/**
 * `npm run draft` as a process: arguments it refuses before reading any file or the graph.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const folder = mkdtempSync(path.join(os.tmpdir(), 'draft-cli-'));
const out = path.join(folder, 'out');
const text = path.join(folder, 'note.txt');
writeFileSync(
  text,
  'The Tideland Board of Commerce said on Monday that salt may not be exported.\n',
);

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function draft(args: string[]) {
  const cli = path.resolve(import.meta.dirname, 'cli.ts');
  return spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: folder },
    timeout: 60_000,
  });
}

describe('npm run draft arguments', () => {
  it('refuses a --published day that is not in the calendar, as usage, writing nothing', () => {
    const run = draft(['--out', out, '--no-graph', '--published', '2024-02-30', text]);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('--published 2024-02-30: not a day of the calendar');
    expect(readdirSync(folder)).toEqual(['note.txt']);
  }, 60_000);

  it('refuses a missing file and a folder without texts, naming each, before reading the graph', () => {
    const empty = path.join(folder, 'empty');
    mkdirSync(empty);
    try {
      // Without --no-graph: the refusal must come before any wait for a database.
      const run = draft(['--out', out, path.join(folder, 'gone.txt'), empty, text]);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toEqual([
        `${path.join(folder, 'gone.txt')}: no such file or folder`,
        `${empty}: the folder holds no .txt file`,
      ]);
      expect(readdirSync(folder).sort()).toEqual(['empty', 'note.txt']);
    } finally {
      rmSync(empty, { recursive: true });
    }
  }, 60_000);
});
