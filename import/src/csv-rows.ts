/**
 * Reads a list file (UTF-8, strictly: utf8-text.ts) as CSV with a header row (csv-records.ts) into
 * rows that keep their exact text: each row's `quote` is `text.slice(start, end)` of the whole text
 * (without a byte order mark), without its line break, offsets in UTF-16 code units (as all
 * evidence in the graph). Rows count data records from 1; blank lines are not rows; `line` is the
 * exact line a row starts on, whatever the line breaks. A record that cannot be used (wrong number
 * of fields, a stray quote) is a problem with its row, line and exact text, and reading goes on;
 * a broken quote that hides where later rows start refuses the whole file (CsvFileError).
 */
import { CsvStructureError, csvRecords, type CsvRecord } from './csv-records.ts';
import { InvalidUtf8Error, OtherEncodingError, decodeUtf8 } from './utf8-text.ts';

/** One data row: `row` counts data rows from 1 (the header is row 0), `line` is where it starts in the file. */
export interface SourceRow {
  row: number;
  line: number;
  /** Cell by column name (header). */
  values: Record<string, string>;
  /** The row's exact text, without its line break. */
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
  /** The row's exact text (without its line break). */
  quote?: string;
}

/** A whole file read: its text, its header and its rows, and the rows that could not be read. */
export interface CsvFile {
  text: string;
  header: string[];
  rows: SourceRow[];
  problems: RowProblem[];
}

/**
 * The file cannot be read as a whole: `structural` when a broken quote makes the rows after `line`
 * unreadable (refused even when valid rows may be loaded alone), else not UTF-8, empty, or a bad header.
 */
export class CsvFileError extends Error {
  constructor(
    message: string,
    readonly structural = false,
  ) {
    super(message);
    this.name = 'CsvFileError';
  }
}

function records(text: string): { list: CsvRecord[]; broken?: CsvStructureError } {
  const list: CsvRecord[] = [];
  try {
    for (const record of csvRecords(text)) list.push(record);
    return { list };
  } catch (error) {
    if (error instanceof CsvStructureError) return { list, broken: error };
    throw error;
  }
}

/**
 * Reads `bytes` as CSV with a header row (see the module comment).
 * @throws CsvFileError when the file is not UTF-8 (byte offset and line), is empty, its header
 *   cannot be read or repeats a column, or a broken quote hides where the rows after it start.
 */
export function readCsv(bytes: Uint8Array): CsvFile {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    if (error instanceof InvalidUtf8Error || error instanceof OtherEncodingError)
      throw new CsvFileError(error.message);
    throw error;
  }
  const { list, broken } = records(text);
  if (broken) {
    const row = list.length; // records before the broken one, the header included
    throw new CsvFileError(
      `${row === 0 ? 'the header' : `row ${row}`} (line ${broken.line}): ${broken.message}, so the rows after line ${broken.line} cannot be read; the whole file is refused (fix the quote)`,
      true,
    );
  }
  const [head, ...body] = list;
  if (!head) throw new CsvFileError('the file is empty: a header row is expected');
  if (head.problem) throw new CsvFileError(`the header (line ${head.line}): ${head.problem}`);
  const header = head.cells.map((name) => name.trim());
  const repeated = header.find((name, i) => header.indexOf(name) !== i);
  if (repeated !== undefined)
    throw new CsvFileError(
      repeated === ''
        ? 'the header has more than one column without a name'
        : `the header repeats the column "${repeated}"`,
    );

  const rows: SourceRow[] = [];
  const problems: RowProblem[] = [];
  body.forEach((record, index) => {
    const place = {
      row: index + 1,
      line: record.line,
      quote: text.slice(record.start, record.end),
    };
    const reason =
      record.problem ??
      (record.cells.length === header.length
        ? undefined
        : `it has ${record.cells.length} field(s) where the header has ${header.length}`);
    if (reason) {
      problems.push({ ...place, reason: `the row cannot be read as CSV: ${reason}` });
      return;
    }
    rows.push({
      ...place,
      values: Object.fromEntries(header.map((name, i) => [name, record.cells[i]!])),
      start: record.start,
      end: record.end,
    });
  });
  return { text, header, rows, problems };
}

/** The columns of `required` missing from `header`. */
export function missingColumns(header: readonly string[], required: readonly string[]): string[] {
  return required.filter((name) => !header.includes(name));
}
