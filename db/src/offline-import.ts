/**
 * Neo4j's offline importer (`neo4j-admin database import full`) of the same Community release as
 * the built-in server, run from the jars it was resolved with, on JDK 17, into the store of a local
 * home while no server uses it. The store is moved aside first and put back when the import fails,
 * so a failed import leaves the database exactly as it was. The JVM can be started before the CSV
 * files are written (startOfflineImporter): it loads the tool, then waits for its arguments.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DbError } from './errors.ts';
import { spawnImporter, type Importer } from './importer-process.ts';
import { installNeo4j } from './install.ts';
import { findJava } from './java.ts';
import { localNeo4jStatus } from './local-server.ts';
import { DEFAULT_SETTINGS, renderNeo4jConf } from './neo4j-conf.ts';
import { localLayout } from './paths.ts';

/** The class behind `neo4j-admin` (neo4j-command-line); it runs the command in its own JVM. */
const ADMIN_TOOL = 'org.neo4j.cli.AdminTool';

/** What to import: CSV files in the importer's format, each group a header file then data files. */
export interface OfflineImportOptions {
  /** Neo4j home holding the store; default the built-in server's (`.neo4j`, or NEO4J_LOCAL_HOME). */
  home?: string;
  /** Database to replace. @default 'neo4j' (the server's default database) */
  database?: string;
  /** Node file groups: `[header, data…]` paths, one `--nodes` option each. */
  nodes: string[][];
  /** Relationship file groups: `[header, data…]` paths, one `--relationships` option each. */
  relationships: string[][];
  /** One character separating array elements and labels; must occur in no array value. */
  arrayDelimiter: string;
  /** JVM heap of the importer. @default '1g' */
  heap?: string;
  /** Off-heap memory the importer may take (its caches). @default '2G' */
  offHeap?: string;
  /** Where the importer's report of bad entries goes; default `<home>/logs/import.report`. */
  reportFile?: string;
  /** Lines of the importer's progress. @default nothing */
  log?: (line: string) => void;
}

/** What an import did: its wall-clock milliseconds and the importer's last lines (its totals). */
export interface OfflineImportResult {
  ms: number;
  output: string;
}

/** The importer's JVM and where it runs (startOfflineImporter's options). */
export type ImporterJvmOptions = Pick<OfflineImportOptions, 'home' | 'heap' | 'log'>;

/**
 * An importer JVM started before its CSV files exist: it has loaded the command line tool and
 * waits for its arguments (importer-process.ts), so its start overlaps the CSV pass instead of
 * following it.
 */
export interface StartedImporter {
  /**
   * Imports the files of `options` (its `home`, `heap` and `log` are those the JVM started with);
   * at most once. Same result and errors as importIntoLocalStore.
   */
  run(options: Omit<OfflineImportOptions, keyof ImporterJvmOptions>): Promise<OfflineImportResult>;
  /** Stops the waiting JVM when no import follows (after run, it does nothing). */
  cancel(): void;
}

/**
 * Starts the importer's JVM for the store of `options.home` without its arguments (see
 * StartedImporter). Call `run` once the CSV files are written, or `cancel`.
 * @throws DbError STORE_LOCKED when the home's server is running; JAVA_MISSING / INSTALL_FAILED
 *   as the server's start.
 */
export async function startOfflineImporter(
  options: ImporterJvmOptions = {},
): Promise<StartedImporter> {
  const layout = localLayout(options.home);
  assertStopped(options.home, layout.data);
  const java = findJava();
  const lib = await installNeo4j(options.log);
  for (const dir of [layout.data, layout.logs, layout.conf]) mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(layout.conf, 'neo4j.conf'),
    renderNeo4jConf({ ...DEFAULT_SETTINGS, dataDir: layout.data, logsDir: layout.logs }),
  );
  const heap = options.heap ?? '1g';
  const jvm = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-cp',
    `${lib}/*`,
    ADMIN_TOOL,
  ];
  const child = spawnImporter(
    java.bin,
    jvm,
    { NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
    options.log,
  );
  let used = false;
  return {
    cancel: () => {
      if (!used) child.kill();
    },
    run: async (files) => {
      if (used) throw new Error('This importer has already run.');
      used = true;
      try {
        assertStopped(options.home, layout.data);
        return await runImport(child, { ...files, home: options.home }, layout);
      } finally {
        child.kill(); // a JVM still waiting for its arguments (they were refused); else done already
      }
    },
  };
}

/**
 * Replaces the (empty) database of a stopped local Neo4j with the CSV files given, through
 * `neo4j-admin database import full`. Nothing else may use the store meanwhile.
 * @throws DbError STORE_LOCKED when the home's server is running, IMPORT_FAILED (the importer's
 *   reason; the store is back as it was), JAVA_MISSING / INSTALL_FAILED as the server's start.
 */
export async function importIntoLocalStore(
  options: OfflineImportOptions,
): Promise<OfflineImportResult> {
  checkDelimiter(options.arrayDelimiter);
  const importer = await startOfflineImporter(options);
  return importer.run(options);
}

/** The array delimiter must be one character the CSV syntax does not use. */
function checkDelimiter(delimiter: string): void {
  if ([...delimiter].length !== 1 || /[",\n\r]/.test(delimiter))
    throw new DbError(
      'CONFIG_INVALID',
      `The array delimiter must be one character other than a quote, comma or line break.`,
    );
}

/** @throws DbError STORE_LOCKED when the server of `home` runs on the store. */
function assertStopped(home: string | undefined, data: string): void {
  const running = localNeo4jStatus(home);
  if (running)
    throw new DbError(
      'STORE_LOCKED',
      `The store in ${data} is in use by Neo4j (pid ${running.pid}); the offline importer needs it stopped.`,
    );
}

/** The importer's arguments for `options` (after `database import full`). */
function importArguments(options: OfflineImportOptions, logs: string): string[] {
  return [
    'database',
    'import',
    'full',
    ...options.nodes.map((files) => `--nodes=${files.join(',')}`),
    ...options.relationships.map((files) => `--relationships=${files.join(',')}`),
    `--array-delimiter=${options.arrayDelimiter}`,
    '--delimiter=,',
    '--quote="',
    '--multiline-fields=true',
    '--trim-strings=false',
    '--ignore-empty-strings=false',
    '--legacy-style-quoting=false',
    '--skip-bad-relationships=false',
    '--skip-duplicate-nodes=false',
    '--bad-tolerance=0',
    `--max-off-heap-memory=${options.offHeap ?? '2G'}`,
    `--report-file=${options.reportFile ?? path.join(logs, 'import.report')}`,
    '--overwrite-destination=true',
    options.database ?? 'neo4j',
  ];
}

/** Sends the started JVM its arguments, moving the store aside first and back if it fails. */
async function runImport(
  child: Importer,
  options: OfflineImportOptions,
  layout: ReturnType<typeof localLayout>,
): Promise<OfflineImportResult> {
  checkDelimiter(options.arrayDelimiter);
  const database = options.database ?? 'neo4j';
  const args = importArguments(options, layout.logs);
  const stores = [
    path.join(layout.data, 'databases', database),
    path.join(layout.data, 'transactions', database),
  ];
  const backup = path.join(layout.data, `offline-import-backup-${process.pid}-${Date.now()}`);
  const moved = moveAside(stores, backup);
  const started = performance.now();
  await child.send(args);
  const { code, tail } = await child.done;
  if (code !== 0) {
    for (const store of stores) rmSync(store, { recursive: true, force: true });
    putBack(moved, backup);
    const reason = tail.filter((line) => line.trim() !== '' && !/^[.-]+ /.test(line)).slice(-8);
    throw new DbError(
      'IMPORT_FAILED',
      `The offline import into ${layout.data} failed (exit ${code}); the store is as it was.\n${reason.join('\n')}`,
    );
  }
  rmSync(backup, { recursive: true, force: true });
  return { ms: performance.now() - started, output: tail.slice(-6).join('\n') };
}

/** A store folder moved aside, and where it went. */
interface Moved {
  store: string;
  saved: string;
}

/** Moves the existing store folders into `backup` (same file system: a rename). */
function moveAside(stores: string[], backup: string): Moved[] {
  const moved: Moved[] = [];
  for (const [index, store] of stores.entries()) {
    if (!existsSync(store)) continue;
    mkdirSync(backup, { recursive: true });
    const saved = path.join(backup, String(index));
    renameSync(store, saved);
    moved.push({ store, saved });
  }
  return moved;
}

/** Puts the folders moveAside moved back where they were, then removes `backup`. */
function putBack(moved: Moved[], backup: string): void {
  for (const { store, saved } of moved) {
    mkdirSync(path.dirname(store), { recursive: true });
    renameSync(saved, store);
  }
  rmSync(backup, { recursive: true, force: true });
}
