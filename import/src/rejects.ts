/**
 * The rejects file of `--accept-valid`: a CSV with one line per problem (`file,row,line,field,reason,text`),
 * `text` being the row exactly as in the source file, so it can be found, fixed and imported again.
 */
import type { RowProblem } from './csv-rows.ts';

function cell(value: string | number | undefined): string {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The rejects CSV of `problems` found in `file` (header only when there are none). */
export function rejectsCsv(file: string, problems: readonly RowProblem[]): string {
  const lines = ['file,row,line,field,reason,text'];
  for (const problem of problems)
    lines.push(
      [file, problem.row, problem.line, problem.field, problem.reason, problem.quote]
        .map(cell)
        .join(','),
    );
  return `${lines.join('\n')}\n`;
}
