/**
 * Why an import writes nothing: the file cannot be read, rows cannot be read (without
 * `--accept-valid`), or the database refuses (a kind conflict, an older version, a failed write).
 */
import type { RowProblem } from './csv-rows.ts';

/** One line per problem: `file: row 12 (line 13): Date: "31.02.2024" is not a day of the calendar`. */
export function formatRowProblem(file: string, problem: RowProblem): string {
  return `${file}: row ${problem.row} (line ${problem.line}): ${problem.field ? `${problem.field}: ` : ''}${problem.reason}`;
}

/** Thrown when the import is refused; `lines` say why, each naming the file (and row). Nothing was written. */
export class ImportRefusedError extends Error {
  constructor(
    readonly code:
      | 'FILE_UNREADABLE'
      | 'MISSING_COLUMNS'
      | 'INVALID_ROWS'
      | 'KIND_CONFLICT'
      | 'OLDER_VERSION'
      | 'AS_OF_CHANGED'
      | 'WRITE_FAILED',
    readonly lines: string[],
  ) {
    super(
      `[${code}] ${lines.join('\n')}${code === 'INVALID_ROWS' ? '\nNothing was written. Fix the rows, or load the valid ones with --accept-valid --rejects <file>.' : '\nNothing was written.'}`,
    );
    this.name = 'ImportRefusedError';
  }
}
