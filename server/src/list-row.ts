/**
 * A list row quoted as evidence, column by column (`Evidence.row`): an imported file is a
 * `DATASET` document whose text is the CSV file, and every node or relationship a row produced
 * quotes that row whole (docs/data-model.md, *Screening lists*). The columns are named by the
 * file's header row. Parsed with csv-parse (RFC 4180: quoted fields, doubled quotes, line breaks
 * inside quotes).
 */
import { parse } from 'csv-parse/sync';

/** One cell of a row. */
export interface RowCell {
  column: string;
  value: string;
}

/** The records of a CSV text (only the first `most`); null when it cannot be read as CSV. */
function records(text: string, most?: number): string[][] | null {
  try {
    return parse(text, {
      relax_column_count: true,
      bom: true,
      ...(most ? { to: most } : {}),
    });
  } catch {
    return null;
  }
}

/**
 * The cells of `quote` named by the header row at the start of `head` (the file's beginning), in
 * column order; null when either cannot be read as one CSV record or they do not have the same
 * number of fields, or the quote holds more than one record (it is then not one whole row).
 */
export function listRowCells(head: string, quote: string): RowCell[] | null {
  const header = records(head, 1)?.[0];
  const quoted = records(quote);
  const cells = quoted?.length === 1 ? quoted[0] : undefined;
  if (!header || !cells || header.length !== cells.length) return null;
  return header.map((column, i) => ({ column, value: cells[i]! }));
}
