/**
 * Shared set-up of the import tests: the test Neo4j wiped and loaded with the seed graph, and
 * imports of our fixtures (test/fixtures/import) or of the real files in ../shared/data.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { seedDatabase } from '@policygraph/graph-seed';
import {
  importListFile,
  mergeNodes,
  type FormatName,
  type ImportReport,
  type SourceFields,
} from '@policygraph/import';
import { testConnection, wipeDatabase } from '../support/neo4j.ts';

/** Path of a fixture of ours in test/fixtures/import. */
export function importFixture(name: string): string {
  return path.join(import.meta.dirname, '..', 'fixtures', 'import', name);
}

/** One of the provenance sidecars we wrote for the real files (import/sources, docs/import.md). */
function sourceOf(name: string): string {
  return path.resolve(import.meta.dirname, '../../import/sources', `${name}.source.yaml`);
}

/** The real files (not ours, not in the repository), by format; present only where ../shared/data is. */
export const REAL_FILES: Readonly<
  Record<Exclude<FormatName, 'reference'>, { file: string; asOf: string; source: string }>
> = {
  'cn-sanctions': {
    file: path.resolve(
      import.meta.dirname,
      '../../../shared/data/opensanctions/cn_sanctions/sanctions.csv',
    ),
    asOf: '2026-08-22',
    source: sourceOf('cn-sanctions'),
  },
  'us-1260h': {
    file: path.resolve(
      import.meta.dirname,
      '../../../shared/data/opensanctions/us_dod_chinese_milcorps/sanctions.csv',
    ),
    asOf: '2026-08-22',
    source: sourceOf('us-dod-chinese-milcorps'),
  },
  'us-special-leg': {
    file: path.resolve(
      import.meta.dirname,
      '../../../shared/data/opensanctions/us_special_leg/section_1286.csv',
    ),
    asOf: '2026-08-22',
    source: sourceOf('us-special-leg-section-1286'),
  },
  'federal-register': {
    file: path.resolve(
      import.meta.dirname,
      '../../../shared/data/federal_register/fr_export_control_documents_2020_2026.csv',
    ),
    asOf: '2026-08-22',
    source: sourceOf('federal-register-export-control'),
  },
};

/** True when every real file is there. */
export function realFilesPresent(): boolean {
  return Object.values(REAL_FILES).every(({ file }) => existsSync(file));
}

/** Empties the test database and loads the seed graph (schema included). */
export async function freshSeedGraph(driver: Driver): Promise<void> {
  await wipeDatabase(driver);
  await seedDatabase(driver, { database: testConnection().database });
}

/**
 * Imports a fixture of ours into the test database, as of 2026-08-22 unless `asOf` says otherwise
 * (null: not given, so the file's modification day).
 */
export function importFixtureFile(
  driver: Driver,
  format: FormatName,
  name: string,
  options: {
    asOf?: string | null;
    acceptValid?: boolean;
    allowMassDelisting?: boolean;
    judgementsFile?: string;
    source?: SourceFields;
  } = {},
): Promise<ImportReport> {
  return importListFile(driver, {
    format,
    file: importFixture(name),
    asOf: options.asOf === null ? undefined : (options.asOf ?? '2026-08-22'),
    acceptValid: options.acceptValid,
    allowMassDelisting: options.allowMassDelisting,
    judgementsFile: options.judgementsFile,
    source: options.source,
    database: testConnection().database,
  });
}

/** Runs `npm run import` or `npm run merges` (`cli`) with `args` against `uri`: exit code and output. */
export async function runImportCli(
  cli: 'cli.ts' | 'merges-cli.ts',
  args: string[],
  uri: string,
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const { spawn } = await import('node:child_process');
  const { projectRoot } = await import('@policygraph/db');
  const connection = testConnection();
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: uri };
  for (const name of ['INIT_CWD', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete env[name];
  if (!connection.local)
    Object.assign(env, {
      NEO4J_USER: connection.user ?? '',
      NEO4J_PASSWORD: connection.password ?? '',
      NEO4J_DATABASE: connection.database ?? '',
    });
  const script = path.join(projectRoot, 'import', 'src', cli);
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr, stdout };
}

/** The provenance our fixtures are imported with (flags, as a person importing would give them). */
export const FIXTURE_SOURCE: SourceFields = {
  origin: 'Written for the tests of policygraph: invented rows in the layout of the format.',
  licence: 'MIT, as the repository.',
  credit: 'policygraph test fixtures',
};

/** Imports all four of our fixtures (the cn-sanctions one as of 2026-08-22), with FIXTURE_SOURCE. */
export async function importAllFixtures(driver: Driver): Promise<ImportReport[]> {
  const reports: ImportReport[] = [];
  for (const [format, name] of [
    ['cn-sanctions', 'cn-sanctions.csv'],
    ['us-1260h', 'us-1260h.csv'],
    ['us-special-leg', 'us-special-leg.csv'],
    ['federal-register', 'federal-register.csv'],
  ] as const)
    reports.push(await importFixtureFile(driver, format, name, { source: FIXTURE_SOURCE }));
  return reports;
}

/**
 * Merges node `absorbedId` into `survivorId` in the test database as an editor does (`mergeNodes`,
 * one write transaction), recorded as Alice Reviewer's at `when` with `score`.
 */
export async function mergeAsEditor(
  driver: Driver,
  survivorId: string,
  absorbedId: string,
  record: { when: string; score: number | null },
): Promise<void> {
  const session = driver.session({
    database: testConnection().database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    await session.executeWrite((tx) =>
      mergeNodes(tx, { survivorId, absorbedId }, { who: 'Alice Reviewer', why: 'test', ...record }),
    );
  } finally {
    await session.close();
  }
}
