/**
 * Compiles the API for production: `server/src/main.ts` and the workspace packages it imports
 * (`@policygraph/*`, TypeScript) into one ES module, `server/dist/main.js`, which plain Node runs
 * (`npm start`) without a TypeScript loader. Packages from node_modules stay outside the bundle and
 * load from node_modules as usual. The source map is written beside it (`main.js.map`) and used only
 * when Node is asked to (`node --enable-source-maps server/dist/main.js`).
 *
 * Code that finds files next to its own source (`import.meta.url`, `import.meta.dirname`,
 * `import.meta.filename`: the SDL files, the project root, seed documents) keeps finding them: those
 * expressions are rewritten to the source file's place, relative to the bundle, so the build works
 * wherever the checkout lies. Names are not kept (no esbuild `keepNames` helper on every function).
 *
 * Run: `npm run build -w server` (or `npm run build`, which also runs codegen and the explorer's build).
 * Exit status 1 with esbuild's messages when the build fails.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';

const here = import.meta.dirname;
const outdir = path.join(here, 'dist');

/**
 * Bundles `@policygraph/*` (TypeScript sources) and JSON data files imported from packages (imported
 * without `with { type: 'json' }`, which Node would refuse); every other package stays an external
 * import.
 */
const workspaceOnly: Plugin = {
  name: 'workspace-only',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@policygraph/') || args.path.endsWith('.json')
        ? undefined
        : { path: args.path, external: true },
    );
  },
};

/** `import.meta.*` in a bundled source, pointed back at that source's own file and folder. */
const sourceLocations: Plugin = {
  name: 'source-locations',
  setup(builder) {
    builder.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return { contents: text, loader: 'ts' };
      const relative = JSON.stringify(path.relative(outdir, args.path).split(path.sep).join('/'));
      const url = `new URL(${relative}, import.meta.url)`;
      const contents =
        `import { fileURLToPath as __sourceFileURLToPath } from 'node:url';\n` +
        `import { dirname as __sourceDirname } from 'node:path';\n` +
        text
          .replaceAll('import.meta.url', `${url}.href`)
          .replaceAll('import.meta.filename', `__sourceFileURLToPath(${url})`)
          .replaceAll('import.meta.dirname', `__sourceDirname(__sourceFileURLToPath(${url}))`);
      return { contents, loader: 'ts' };
    });
  },
};

const result = await build({
  entryPoints: [path.join(here, 'src', 'main.ts')],
  outfile: path.join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  keepNames: false,
  logLevel: 'warning',
  plugins: [workspaceOnly, sourceLocations],
});
if (result.errors.length > 0) process.exit(1);
