/**
 * How a checkout's own production start (`npm start`) runs the API, for benchmarks that start it:
 * plain Node on the compiled bundle (`server/dist/main.js`, built here first by the checkout's
 * `server/build.ts`, about a second), or, for a checkout from before that build step existed,
 * `server/src/main.ts` under tsx as its `npm start` ran it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** A command and its arguments, to be spawned with the checkout as working directory. */
export interface ApiCommand {
  command: string;
  args: string[];
}

/**
 * The command that runs the API of the checkout at `cwd`, Node flags `nodeArgs` (e.g. `--cpu-prof`)
 * reaching the server's own process. Throws with esbuild's output when the bundle does not build.
 */
export function apiCommand(cwd: string, nodeArgs: string[] = []): ApiCommand {
  const tsx = path.join(cwd, 'node_modules', '.bin', 'tsx');
  if (existsSync(path.join(cwd, 'server', 'build.ts'))) {
    const built = spawnSync(tsx, [path.join('server', 'build.ts')], { cwd, encoding: 'utf8' });
    if (built.status !== 0)
      throw new Error(`The server's build failed in ${cwd}:\n${built.stderr}${built.stdout}`);
    return {
      command: process.execPath,
      args: [...nodeArgs, path.join('server', 'dist', 'main.js')],
    };
  }
  const script = path.join('server', 'src', 'main.ts');
  // With Node flags, Node runs the script itself (tsx as its loader), so the flags reach the
  // server's own process rather than tsx's launcher.
  return nodeArgs.length > 0
    ? { command: process.execPath, args: ['--import', 'tsx', ...nodeArgs, script] }
    : { command: tsx, args: [script] };
}
