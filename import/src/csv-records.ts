/**
 * The records of a CSV text (RFC 4180), each with its exact place in the text: cells, the offsets
 * of its text without the line break (UTF-16 code units, as all evidence in the graph) and the line
 * it starts on. Line breaks are `\r\n`, `\n` or a lone `\r` (files of any origin, mixed too); inside
 * a quoted field they are part of the value and still counted as lines. Blank lines (nothing, or
 * only spaces and tabs) are not records.
 *
 * Two kinds of trouble: a record whose cells can be read but that breaks a rule the next record
 * does not depend on (a quote inside an unquoted field) carries a `problem`, and reading goes on at
 * the next line break; a quote whose end cannot be found (never closed, or text after a closing
 * quote) makes every later boundary unknowable, so it throws CsvStructureError and no later record
 * is guessed.
 */

/** One record: `start`/`end` bound its text in the whole text (line break excluded); `line` counts from 1. */
export interface CsvRecord {
  cells: string[];
  start: number;
  end: number;
  line: number;
  /** Why the record cannot be used although its extent is known. */
  problem?: string;
}

/** The CSV structure is broken at `line` (where the broken record starts): nothing after it can be read reliably. */
export class CsvStructureError extends Error {
  constructor(
    readonly line: number,
    reason: string,
  ) {
    super(reason);
    this.name = 'CsvStructureError';
  }
}

const isBreak = (char: string | undefined) => char === '\n' || char === '\r';

/** Length of the line break at `at` (2 for `\r\n`, 1 for `\n` or `\r`, 0 for none). */
function breakLength(text: string, at: number): number {
  if (text[at] === '\r') return text[at + 1] === '\n' ? 2 : 1;
  return text[at] === '\n' ? 1 : 0;
}

/** Number of line breaks in `text` between `from` and `to`. */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let at = from; at < to; at += 1) {
    if (text[at] === '\n' || (text[at] === '\r' && text[at + 1] !== '\n')) breaks += 1;
  }
  return breaks;
}

/**
 * Every record of `text`, in order (see the module comment).
 * @throws CsvStructureError at the first quote whose end cannot be found.
 */
export function* csvRecords(text: string): Generator<CsvRecord> {
  let at = 0;
  let line = 1;
  while (at < text.length) {
    let blankEnd = at;
    while (text[blankEnd] === ' ' || text[blankEnd] === '\t') blankEnd += 1;
    if (blankEnd >= text.length || isBreak(text[blankEnd])) {
      at = blankEnd + breakLength(text, blankEnd);
      line += 1;
      continue;
    }
    const start = at;
    const startLine = line;
    const cells: string[] = [];
    let problem: string | undefined;
    for (;;) {
      if (text[at] === '"') {
        let value = '';
        let from = at + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote === -1)
            throw new CsvStructureError(
              startLine,
              `a quote opens field ${cells.length + 1} on line ${line} and is never closed`,
            );
          value += text.slice(from, quote);
          if (text[quote + 1] === '"') {
            value += '"';
            from = quote + 2;
            continue;
          }
          line += countBreaks(text, at, quote);
          at = quote + 1;
          break;
        }
        if (at < text.length && text[at] !== ',' && !isBreak(text[at]))
          throw new CsvStructureError(
            startLine,
            `on line ${line}, field ${cells.length + 1} goes on after its closing quote (${JSON.stringify(text.slice(at, at + 12))})`,
          );
        cells.push(value);
      } else {
        let end = at;
        while (end < text.length && text[end] !== ',' && !isBreak(text[end])) end += 1;
        const value = text.slice(at, end);
        if (value.includes('"'))
          problem ??= `field ${cells.length + 1} has a quote but does not start with one (quote the whole field and double the quotes in it)`;
        cells.push(value);
        at = end;
      }
      if (text[at] === ',') {
        at += 1;
        continue;
      }
      break;
    }
    yield { cells, start, end: at, line: startLine, ...(problem ? { problem } : {}) };
    const length = breakLength(text, at);
    if (length > 0) line += 1;
    at += length;
  }
}
