/**
 * Builds only what is older than its inputs, so a second `npm start` or `npm test` does not spend its
 * first seconds rebuilding what has not changed. Two builds, each with its inputs, outputs and stamp
 * (written after each successful build: codegen leaves unchanged files untouched, so their own times
 * say nothing):
 * - the API: codegen and the compiled server (`server/dist/main.js`), from the server's sources and
 *   those of the workspace packages it bundles;
 * - the explorer: codegen and `client/dist`, from the SDL and the client's sources and config.
 * `--force` always builds both. Exit status: that of the first failed build, or 0.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '@policygraph/db';

/** One build: what it reads, what it writes, and the npm workspace commands that make it. */
interface Target {
  name: string;
  inputs: string[];
  outputs: string[];
  commands: string[][];
}

const TARGETS: Target[] = [
  {
    name: 'server',
    inputs: [
      'server/src',
      'server/codegen.ts',
      'server/build.ts',
      'db/src',
      'model/src',
      'graph-seed/src',
      'import/src',
      'draft/src',
      'package-lock.json',
    ],
    outputs: ['server/src/schema/resolvers-types.generated.ts', 'server/dist/main.js'],
    commands: [
      ['run', 'codegen', '-w', 'server'],
      ['run', 'build', '-w', 'server'],
    ],
  },
  {
    name: 'client',
    inputs: [
      'server/src/schema',
      'client/src',
      'client/index.html',
      'client/vite.config.ts',
      'client/codegen.ts',
      'client/public',
      'package-lock.json',
    ],
    outputs: ['client/src/gql/graphql.ts', 'client/dist/index.html'],
    commands: [
      ['run', 'codegen', '-w', 'server'],
      ['run', 'build', '-w', 'client'],
    ],
  },
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
const force = process.argv.includes('--force');

for (const target of TARGETS) {
  const stamp = at(`node_modules/.cache/policygraph/${target.name}.stamp`);
  const stampTime = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const inputTime = Math.max(...target.inputs.map((file) => newest(at(file))));
  const stale =
    force || !target.outputs.every((file) => existsSync(at(file))) || stampTime < inputTime;
  if (!stale) {
    console.error(`The ${target.name} build is up to date; skipping it.`);
    continue;
  }
  for (const command of target.commands) {
    const result = spawnSync('npm', command, { cwd: projectRoot, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  mkdirSync(path.dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${new Date().toISOString()}\n`);
}
