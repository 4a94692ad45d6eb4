/**
 * Reading and checking a list file before any database is touched: the bytes (strict UTF-8), the
 * CSV, the header's columns, the as-of day, and every row through its format adapter. The file is
 * refused whole when it cannot be read, has no rows, or (unless `acceptValid`) a row cannot be read;
 * a broken quote refuses it even with `acceptValid`.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isCalendarDate } from '@policygraph/model';
import { CsvFileError, missingColumns, readCsv, type RowProblem } from './csv-rows.ts';
import { ADAPTERS } from './formats/index.ts';
import { ImportRefusedError, formatRowProblem, refusedRows } from './import-errors.ts';
import type { FormatName, RowFacts } from './import-model.ts';
import type { ImportInput } from './import-plan.ts';
import {
  resolveProvenance,
  type SourceFields,
  type SourceProvenance,
} from './source-provenance.ts';

/** What to import, and how. */
export interface ImportOptions {
  format: FormatName;
  file: string;
  /**
   * The day the file's content held (`YYYY-MM-DD`, not after today); default: the file's
   * modification day (UTC), which is enough for the first version of a list only.
   */
  asOf?: string;
  /** Load the valid rows and report the others instead of refusing the file. */
  acceptValid?: boolean;
  /** Let a newer version delist more than MASS_DELISTING_SHARE of its list(s) by absence. */
  allowMassDelisting?: boolean;
  /** The judgements file replayed by the merge rules (default: the repository's, judgements.ts). */
  judgementsFile?: string;
  /** Provenance given by flags (`--origin`, `--licence`, `--credit`, `--source-url`, `--title`). */
  source?: SourceFields;
  /** A sidecar file of provenance (default: `<file>.source.json`, `.yaml` or `.yml` when there). */
  sourceFile?: string;
  database?: string;
}

const isoDay = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Today (`YYYY-MM-DD`): the later of the UTC and the local day, so no one's today is refused. */
export function today(now = new Date()): string {
  const utc = isoDay(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate());
  const local = isoDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
  return utc > local ? utc : local;
}

/** The as-of day of the import, checked. @throws ImportRefusedError AS_OF_INVALID */
function asOfDay(options: ImportOptions, modified: Date): string {
  const given = options.asOf;
  const asOf = given ?? modified.toISOString().slice(0, 10);
  const what = given ? `--as-of ${given}` : `the file's modification day ${asOf}`;
  if (!isCalendarDate(asOf))
    throw new ImportRefusedError('AS_OF_INVALID', [
      `${options.file}: ${what} is not a day written YYYY-MM-DD.`,
    ]);
  if (asOf > today())
    throw new ImportRefusedError('AS_OF_INVALID', [
      `${options.file}: ${what} is after today (${today()}): a file cannot hold what has not happened yet${given ? '' : '; give its date with --as-of'}.`,
    ]);
  return asOf;
}

/**
 * Reads and checks the file, without a database (see the module comment).
 * @throws ImportRefusedError FILE_UNREADABLE, BROKEN_CSV, MISSING_COLUMNS, AS_OF_INVALID,
 *   NOTHING_TO_IMPORT, or INVALID_ROWS (unless acceptValid and some row can be loaded).
 */
export async function readImportFile(options: ImportOptions): Promise<ImportInput> {
  const adapter = ADAPTERS[options.format];
  let bytes: Buffer;
  let modified: Date;
  try {
    [bytes, modified] = await Promise.all([
      readFile(options.file),
      stat(options.file).then((s) => s.mtime),
    ]);
  } catch (error) {
    throw new ImportRefusedError('FILE_UNREADABLE', [
      `${options.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    ]);
  }
  const asOf = asOfDay(options, modified);
  const provenance = await resolveProvenance({
    file: options.file,
    formatTitle: adapter.description.title,
    flags: options.source,
    sourceFile: options.sourceFile,
  });
  return checkImportBytes({ ...options, asOf }, bytes, provenance);
}

/**
 * Reads and checks the bytes of a file (as readImportFile does once it has them): also how an
 * imported version is read again from the text its document stores (`sha256` then given).
 * @throws ImportRefusedError as readImportFile, AS_OF_INVALID apart.
 */
export function checkImportBytes(
  options: Pick<ImportOptions, 'format' | 'file' | 'acceptValid'> & { asOf: string },
  bytes: Buffer,
  provenance: SourceProvenance,
  sha256?: string,
): ImportInput {
  const adapter = ADAPTERS[options.format];
  const { asOf } = options;
  let csv;
  try {
    csv = readCsv(bytes);
  } catch (error) {
    if (!(error instanceof CsvFileError)) throw error;
    throw new ImportRefusedError(error.structural ? 'BROKEN_CSV' : 'FILE_UNREADABLE', [
      `${options.file}: ${error.message}.`,
    ]);
  }
  const missing = missingColumns(csv.header, adapter.requiredColumns);
  if (missing.length > 0)
    throw new ImportRefusedError('MISSING_COLUMNS', [
      `${options.file}: the header lacks ${missing.map((c) => `"${c}"`).join(', ')}: is this a ${options.format} file?`,
    ]);
  if (csv.rows.length === 0 && csv.problems.length === 0)
    throw new ImportRefusedError('NOTHING_TO_IMPORT', [
      `${options.file}: the file has a header and no rows: nothing to import.`,
    ]);
  const rows: { row: (typeof csv.rows)[number]; facts: RowFacts }[] = [];
  const rejected: RowProblem[] = [...csv.problems];
  for (const row of csv.rows) {
    const result = adapter.readRow(row, { asOf });
    if ('facts' in result) rows.push({ row, facts: result.facts });
    else
      for (const problem of result.problems)
        rejected.push({ row: row.row, line: row.line, quote: row.quote, ...problem });
  }
  rejected.sort((a, b) => a.row - b.row);
  if (rejected.length > 0 && (!options.acceptValid || rows.length === 0)) {
    const count = refusedRows(rejected).length;
    throw new ImportRefusedError('INVALID_ROWS', [
      ...rejected.map((problem) => formatRowProblem(options.file, problem)),
      `${options.file}: ${count} of ${count + rows.length} row(s) refused${rows.length === 0 ? ': no row can be loaded' : ''}.`,
    ]);
  }
  return {
    adapter,
    fileName: path.basename(options.file),
    text: csv.text,
    sha256: sha256 ?? createHash('sha256').update(bytes).digest('hex'),
    asOf,
    rows,
    rejected,
    provenance,
  };
}
