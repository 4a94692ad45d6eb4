/**
 * Reads a CSV file (csv-parse) into rows that keep their exact text: each row's `quote` is
 * `text.slice(start, end)` of the whole file, without its line ending, offsets in UTF-16 code units
 * (as all evidence in the graph). Line endings may be mixed (`\r\n` and `\n` in one file). A record
 * that cannot be read (wrong number of fields, a broken quote) becomes a problem with its row and
 * line, and reading goes on.
 */
import { parse, type Info } from 'csv-parse/sync';

/** One data row: `row` counts data rows from 1 (the header is row 0), `line` is where it starts in the file. */
export interface SourceRow {
  row: number;
  line: number;
  /** Cell by column name (header). */
  values: Record<string, string>;
  /** The row's exact text, without its line ending. */
  quote: string;
  start: number;
  end: number;
}

/** A row that could not be read, or a value in it that could not be understood. */
export interface RowProblem {
  row: number;
  line: number;
  field?: string;
  reason: string;
  /** The row's text when it could be cut out of the file. */
  quote?: string;
}

/** A whole file read: its text, its header and its rows, and the rows that could not be read. */
export interface CsvFile {
  text: string;
  header: string[];
  rows: SourceRow[];
  problems: RowProblem[];
}

const RECORD_DELIMITERS = ['\r\n', '\n'];

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1))
    line += 1;
  return line;
}

/**
 * Reads `bytes` (UTF-8) as CSV with a header row.
 * @throws Error when the file has no header row, or the header repeats a column.
 */
export function readCsv(bytes: Buffer): CsvFile {
  const text = bytes.toString('utf8');
  const skipped: { bytes: number; reason: string }[] = [];
  const records = parse(bytes, {
    record_delimiter: [...RECORD_DELIMITERS],
    info: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      if (error)
        skipped.push({
          bytes: Number((error as { bytes?: number }).bytes ?? 0),
          reason: error.message,
        });
    },
  }) as unknown as { record: string[]; info: Info }[];
  const [head, ...body] = records;
  if (!head) throw new Error('the file is empty: a header row is expected');
  const header = head.record.map((name) => name.trim());
  const repeated = header.find((name, i) => header.indexOf(name) !== i);
  if (repeated !== undefined) throw new Error(`the header repeats the column "${repeated}"`);

  const rows: SourceRow[] = [];
  const problems: RowProblem[] = [];
  let byteAt = head.info.bytes;
  let charAt = bytes.subarray(0, byteAt).toString('utf8').length;
  let rowNumber = 0;
  let skipAt = 0;
  const reportSkipsUpTo = (limit: number) => {
    // Records skipped before this point: their text lies before the next record read.
    while (skipAt < skipped.length && skipped[skipAt]!.bytes <= limit) {
      rowNumber += 1;
      problems.push({
        row: rowNumber,
        line: lineAt(text, charAt),
        reason: `the row cannot be read as CSV: ${skipped[skipAt]!.reason}`,
      });
      skipAt += 1;
    }
  };
  for (const { record, info } of body) {
    const before = problems.length;
    reportSkipsUpTo(info.bytes);
    rowNumber += 1;
    const piece = bytes.subarray(byteAt, info.bytes).toString('utf8');
    const quote = lastRecordOf(piece, record);
    const start = charAt + Math.max(0, piece.lastIndexOf(quote));
    // One skipped row just before this one: its text is what precedes this row in the piece.
    if (problems.length === before + 1)
      problems[before]!.quote = piece.slice(0, start - charAt).replace(/\r?\n$/, '');
    byteAt = info.bytes;
    charAt += piece.length;
    rows.push({
      row: rowNumber,
      line: lineAt(text, start),
      values: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
      quote,
      start,
      end: start + quote.length,
    });
  }
  reportSkipsUpTo(Number.POSITIVE_INFINITY);
  return { text, header, rows, problems };
}

/** The text of `record` at the end of `piece` (which may begin with rows that were skipped), without its line ending. */
function lastRecordOf(piece: string, record: string[]): string {
  const trimmed = piece.replace(/\r?\n$/, '');
  const parsesTo = (candidate: string) => {
    try {
      const again = parse(candidate, { record_delimiter: [...RECORD_DELIMITERS] }) as string[][];
      return (
        again.length === 1 &&
        again[0]!.length === record.length &&
        again[0]!.every((cell, i) => cell === record[i])
      );
    } catch {
      return false;
    }
  };
  if (parsesTo(trimmed)) return trimmed;
  for (let at = trimmed.indexOf('\n'); at !== -1; at = trimmed.indexOf('\n', at + 1)) {
    const candidate = trimmed.slice(at + 1);
    if (parsesTo(candidate)) return candidate;
  }
  return trimmed;
}

/** The columns of `required` missing from `header`. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
  return required.filter((name) => !header.includes(name));
}
