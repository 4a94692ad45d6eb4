/**
 * The benchmark store of the real data: the four files of ../shared/data (not ours, not in the
 * repository) imported with `npm run import` and the sidecars of import/sources, as docs/import.md
 * gives them, into the bench store `real` (/tmp/policygraph-bench-real, Bolt 7764). Imported once;
 * a store whose marker and counts match is reused.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, storeCounts, type BenchStore } from '../stack/bench-store.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const data = path.resolve(root, '..', 'shared', 'data');

/** The four files with their format and sidecar (docs/import.md, "The four real files"). */
export const REAL_IMPORTS = [
  ['cn-sanctions', 'opensanctions/cn_sanctions/sanctions.csv', 'cn-sanctions'],
  ['us-1260h', 'opensanctions/us_dod_chinese_milcorps/sanctions.csv', 'us-dod-chinese-milcorps'],
  [
    'us-special-leg',
    'opensanctions/us_special_leg/section_1286.csv',
    'us-special-leg-section-1286',
  ],
  [
    'federal-register',
    'federal_register/fr_export_control_documents_2020_2026.csv',
    'federal-register-export-control',
  ],
].map(([format, file, source]) => ({
  format: format!,
  file: path.join(data, file!),
  source: path.join(root, 'import', 'sources', `${source}.source.yaml`),
}));

/** True when every real file is there. */
export function realDataPresent(): boolean {
  return REAL_IMPORTS.every(({ file }) => existsSync(file));
}

/** Runs `npm run import -- <args>` against `uri`; throws with its output when it fails. */
function runImport(args: string[], uri: string): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri };
  for (const name of ['INIT_CWD', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete env[name];
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'import', 'src', 'cli.ts'), ...args],
    { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`npm run import -- ${args.join(' ')} failed (${code}):\n${output}`)),
    ),
  );
}

/**
 * The store holding the four real files: reused when its marker and counts match, else emptied
 * and imported. The caller checks realDataPresent() first.
 */
export async function realStore(keep: boolean, log: (line: string) => void): Promise<BenchStore> {
  const store = await openStore('real', { keep, log });
  const marker = store.marker();
  if (marker && marker.size === 'real') {
    const counts = await storeCounts(store.driver);
    if (counts.nodes === marker.nodes && counts.relationships === marker.relationships) {
      log(
        `The real store holds the four files (${counts.nodes} nodes, ${counts.relationships} relationships).`,
      );
      return store;
    }
  }
  await store.close(false);
  const fresh = await openStore('real', { fresh: true, keep, log });
  const started = performance.now();
  for (const { format, file, source } of REAL_IMPORTS) {
    log(`Importing ${path.relative(data, file)} (${format}).`);
    await runImport([format, file, '--as-of', '2026-08-22', '--source', source], fresh.uri);
  }
  const counts = await storeCounts(fresh.driver);
  fresh.writeMarker({ size: 'real', seed: 0, ...counts, loadedAt: new Date().toISOString() });
  log(
    `Imported the four files: ${counts.nodes} nodes, ${counts.relationships} relationships in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return fresh;
}
