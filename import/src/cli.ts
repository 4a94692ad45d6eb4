/**
 * `npm run import -- <format> <file> [--as-of YYYY-MM-DD] [--accept-valid --rejects <file>]
 * [--allow-mass-delisting] [--details] [provenance flags]`: imports one list file into Neo4j
 * (NEO4J_URI, else the local server, started if need be); `npm run import -- --remove <document
 * id>` removes an imported version. Formats: cn-sanctions, us-1260h, us-special-leg,
 * federal-register (docs/import.md). Exit codes: 0 imported (or removed), 1 refused or failed
 * (nothing written), 2 usage.
 */
import { writeFile } from 'node:fs/promises';
import { createDriver, ensureNeo4j } from '@policygraph/db';
import { applySchema, isCalendarDate } from '@policygraph/model';
import { reportFailure } from './cli-errors.ts';
import { refusedRows } from './import-errors.ts';
import { FORMATS, type FormatName } from './import-model.ts';
import { formatImportReport } from './import-report.ts';
import { readImportFile, importListFile } from './run-import.ts';
import { rejectsCsv } from './rejects.ts';
import { formatRemovalReport, removeImport } from './remove-import.ts';
import type { SourceFields } from './source-provenance.ts';
import type { Driver } from 'neo4j-driver';

const USAGE = `Usage: npm run import -- <format> <file> [--as-of YYYY-MM-DD] [--accept-valid --rejects <file>] [--allow-mass-delisting] [--details]
         [--source <sidecar>] [--origin TEXT] [--licence TEXT] [--credit TEXT] [--source-url URL] [--title TEXT] [--judgements <file>]
       npm run import -- --remove <document id> [--judgements <file>]
  format: ${FORMATS.join(', ')}
  --as-of                 the day the file's content held, not after today (default: the file's
                          modification day; required for a newer version of a list)
  --accept-valid          load the rows that can be read; the others go to --rejects (required with it)
  --allow-mass-delisting  let a newer version delist more than 10% of its list(s) by absence
  --details               list every near-miss and every delisted listing
  --source                the file's provenance as a sidecar (default: <file>.source.json, .yaml or .yml)
  --origin, --licence, --credit, --source-url, --title
                          the file's provenance, field by field (over the sidecar's); not given: unknown
  --judgements            the judgements file replayed by the merge rules (default: import/judgements/)
  --remove                remove the imported version with this document id, and what only it supports`;

interface Args {
  format: FormatName;
  file: string;
  source: SourceFields;
  sourceFile?: string;
  judgementsFile?: string;
  asOf?: string;
  acceptValid: boolean;
  allowMassDelisting: boolean;
  rejects?: string;
  details: boolean;
}

/** Flags naming a provenance field (source-provenance.ts). */
const SOURCE_FLAGS: Record<string, keyof SourceFields> = {
  '--origin': 'origin',
  '--licence': 'licence',
  '--credit': 'credit',
  '--source-url': 'sourceUrl',
  '--title': 'title',
};

function parseArgs(argv: string[]): Args | { remove: string; judgementsFile?: string } | string {
  const positional: string[] = [];
  const args: Partial<Args> = {
    acceptValid: false,
    allowMassDelisting: false,
    details: false,
    source: {},
  };
  let remove: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const field = Object.hasOwn(SOURCE_FLAGS, arg) ? SOURCE_FLAGS[arg] : undefined;
    if (field || ['--source', '--judgements', '--remove'].includes(arg)) {
      const value = argv[(i += 1)];
      if (!value) return `${arg} needs a value.`;
      if (field) args.source![field] = value;
      else if (arg === '--source') args.sourceFile = value;
      else if (arg === '--judgements') args.judgementsFile = value;
      else remove = value;
    } else if (arg === '--accept-valid') args.acceptValid = true;
    else if (arg === '--details') args.details = true;
    else if (arg === '--allow-mass-delisting') args.allowMassDelisting = true;
    else if (arg === '--as-of' || arg === '--rejects') {
      const value = argv[(i += 1)];
      if (!value) return `${arg} needs a value.`;
      if (arg === '--as-of') {
        if (!isCalendarDate(value)) return `--as-of ${value} is not a day written YYYY-MM-DD.`;
        args.asOf = value;
      } else args.rejects = value;
    } else if (arg.startsWith('-')) return `Unknown option ${arg}.`;
    else positional.push(arg);
  }
  if (remove !== undefined) {
    const others = argv.filter(
      (arg) => arg.startsWith('--') && !['--remove', '--judgements'].includes(arg),
    );
    if (positional.length > 0 || others.length > 0)
      return '--remove takes a document id, and only --judgements besides.';
    return { remove, judgementsFile: args.judgementsFile };
  }
  const [format, file, ...rest] = positional;
  if (!format || !file || rest.length > 0) return 'Give one format and one file.';
  if (!(FORMATS as readonly string[]).includes(format)) return `Unknown format "${format}".`;
  if (args.acceptValid && !args.rejects)
    return '--accept-valid needs --rejects <file> to write the refused rows to.';
  if (args.rejects && !args.acceptValid) return '--rejects is used only with --accept-valid.';
  return { ...args, format: format as FormatName, file } as Args;
}

const out: string[] = [];
const print = (line: string) => out.push(line);

/** Writes everything printed, then exits (process.exit alone may cut a long output short on a pipe). */
function finish(code: number): void {
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '', () => process.exit(code));
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    print(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  if ('remove' in args)
    return withDatabase(async (driver, database) => {
      const report = await removeImport(driver, {
        documentId: args.remove,
        judgementsFile: args.judgementsFile,
        database,
      });
      print(formatRemovalReport(report));
    });
  const options = {
    format: args.format,
    file: args.file,
    asOf: args.asOf,
    acceptValid: args.acceptValid,
    allowMassDelisting: args.allowMassDelisting,
    source: args.source,
    sourceFile: args.sourceFile,
    judgementsFile: args.judgementsFile,
  };
  // Refuse unreadable files before starting a database; the refused rows are known from here.
  const input = await readImportFile(options);
  if (args.rejects) {
    await writeFile(args.rejects, rejectsCsv(args.file, input.rejected));
    print(`${refusedRows(input.rejected).length} refused row(s) written to ${args.rejects}`);
  }
  return withDatabase(async (driver, database) => {
    const report = await importListFile(driver, { ...options, database });
    print(formatImportReport(report, args.details));
  });
}

/** Runs `work` on the database (started for the duration if need be, schema applied); returns 0. */
async function withDatabase(
  work: (driver: Driver, database: string | undefined) => Promise<void>,
): Promise<number> {
  const server = await ensureNeo4j({ detached: false });
  const driver = createDriver(server.connection);
  try {
    const database = server.connection.database;
    // Fails at once when Neo4j cannot be reached (queries would retry for 30 s first).
    await driver.verifyConnectivity(database ? { database } : {});
    await applySchema(driver, { database });
    await work(driver, database);
    return 0;
  } finally {
    await driver.close();
    await server.release();
  }
}

main(process.argv.slice(2)).then(finish, (error: unknown) => {
  reportFailure(error, 'Nothing was written.');
  finish(1);
});
