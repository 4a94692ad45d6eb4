/**
 * Why an import writes nothing: the file cannot be read, rows cannot be read (without
 * `--accept-valid`), or the database refuses (a kind conflict, an older version, a failed write).
 */
import type { RowProblem } from './csv-rows.ts';

/** One line per problem: `file: row 12 (line 13): Date: "31.02.2024" is not a day of the calendar`. */
export function formatRowProblem(file: string, problem: RowProblem): string {
  return `${file}: row ${problem.row} (line ${problem.line}): ${problem.field ? `${problem.field}: ` : ''}${problem.reason}`;
}

/** A refused row with every problem found in it. */
export interface RefusedRow {
  row: number;
  line: number;
  /** The row's exact text. */
  quote?: string;
  problems: Pick<RowProblem, 'field' | 'reason'>[];
}

/** `problems` grouped by row, in row order: a row with two bad fields is one refused row. */
export function refusedRows(problems: readonly RowProblem[]): RefusedRow[] {
  const byRow = new Map<number, RefusedRow>();
  for (const { row, line, quote, field, reason } of problems) {
    const entry = byRow.get(row) ?? {
      row,
      line,
      ...(quote !== undefined ? { quote } : {}),
      problems: [],
    };
    entry.problems.push(field ? { field, reason } : { reason });
    byRow.set(row, entry);
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/** Why an import was refused (docs/import.md, Refusals). */
export type RefusalCode =
  | 'FILE_UNREADABLE'
  | 'BROKEN_CSV'
  | 'MISSING_COLUMNS'
  | 'NOTHING_TO_IMPORT'
  | 'INVALID_ROWS'
  | 'AS_OF_INVALID'
  | 'AS_OF_REQUIRED'
  | 'AS_OF_CHANGED'
  | 'OLDER_VERSION'
  | 'MASS_DELISTING'
  | 'KIND_CONFLICT'
  | 'WRITE_FAILED'
  | 'SOURCE_INVALID'
  | 'PROVENANCE_CHANGED'
  | 'NOT_IMPORTED'
  | 'NOT_LATEST';

const ADVICE: Partial<Record<RefusalCode, string>> = {
  INVALID_ROWS:
    'Nothing was written. Fix the rows, or load the valid ones with --accept-valid --rejects <file>.',
  BROKEN_CSV:
    'Nothing was written, even with --accept-valid: the rows after it cannot be told apart.',
};

/** Thrown when the import is refused; `lines` say why, each naming the file (and row). Nothing was written. */
export class ImportRefusedError extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly lines: string[],
  ) {
    super(`[${code}] ${lines.join('\n')}\n${ADVICE[code] ?? 'Nothing was written.'}`);
    this.name = 'ImportRefusedError';
  }
}
