/**
 * Builds (codegen + the explorer bundle) only when an input is newer than the outputs, so a second
 * `npm start` or `npm test` does not spend its first seconds rebuilding what has not changed.
 * Inputs: the GraphQL SDL, the client's sources and config, codegen configs, package-lock.json.
 * Outputs: the generated resolver types, the client's generated documents, client/dist/index.html,
 * and a stamp written after each successful build (codegen leaves unchanged files untouched, so
 * their own times say nothing). `--force` always builds. Exit status: that of `npm run build`, or 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@policygraph/db';

const INPUTS = [
  'server/src/schema',
  'server/codegen.ts',
  'client/src',
  'client/index.html',
  'client/vite.config.ts',
  'client/codegen.ts',
  'client/public',
  'package-lock.json',
];
const OUTPUTS = [
  'server/src/schema/resolvers-types.generated.ts',
  'client/src/gql/graphql.ts',
  'client/dist/index.html',
];
/** Generated files live among the inputs; they never count as inputs. */
const GENERATED = /(\.generated\.ts$|\/gql\/)/;

/** Newest modification time (ms) of the files under `target` (a file or a folder), 0 when missing. */
function newest(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return GENERATED.test(target) ? 0 : stat.mtimeMs;
  return readdirSync(target).reduce(
    (max, entry) => Math.max(max, newest(path.join(target, entry))),
    0,
  );
}

const at = (file: string) => path.join(projectRoot, file);
const STAMP = at('node_modules/.cache/policygraph/build.stamp');
const stampTime = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const inputTime = Math.max(...INPUTS.map((file) => newest(at(file))));
const stale =
  process.argv.includes('--force') ||
  !OUTPUTS.every((file) => existsSync(at(file))) ||
  stampTime < inputTime;

if (!stale) {
  console.error('Build is up to date (codegen and client/dist); skipping it.');
  process.exit(0);
}
const result = spawnSync('npm', ['run', 'build'], { cwd: projectRoot, stdio: 'inherit' });
if (result.status === 0) {
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
process.exit(result.status ?? 1);
