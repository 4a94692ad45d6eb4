/**
 * Every benchmark command starts under Node's own ESM loader (tsx), not only under Vite or
 * vitest, whose CommonJS interop hides imports Node refuses (a named import of a CommonJS package
 * such as lz-string stopped `npm run bench` before it read its arguments). Each command is given
 * an option it does not know: reaching the argument parser's refusal means every module it
 * imports loaded.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const benchDir = path.join(root, 'test/bench');

/** The benchmark commands: files under test/bench that parse their own arguments. */
function benchEntries(): string[] {
  return readdirSync(benchDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .filter((file) => /\bparseArgs\(/.test(readFileSync(path.join(benchDir, file), 'utf8')))
    .sort();
}

describe('benchmark commands load under Node', () => {
  const entries = benchEntries();

  it('finds the commands', () => {
    expect(entries).toContain('run.ts');
    expect(entries).toContain(path.join('api', 'cpu-cost.ts'));
  });

  it.each(entries)('%s reaches its argument parser', (entry) => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(benchDir, entry), '--no-such-option'],
      { cwd: root, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.stderr).not.toMatch(/SyntaxError|ERR_MODULE_NOT_FOUND/);
    expect(run.stderr).toContain('ERR_PARSE_ARGS_UNKNOWN_OPTION');
    expect(run.status).not.toBe(0);
  });
});
