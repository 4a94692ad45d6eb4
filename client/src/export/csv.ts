/**
 * CSV export of the shown statements with their evidence: one row per piece of evidence (a
 * statement without evidence gets one row with empty evidence columns). RFC 4180: comma separated,
 * CRLF line ends, fields with a comma, quote, CR or LF (or leading/trailing spaces) quoted, quotes
 * doubled. The download adds a UTF-8 byte order mark so spreadsheets read Chinese text correctly.
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a
 * leading apostrophe, as OWASP advises against CSV injection; drop it to get the exact text back.
 */
import type { GraphNode } from '../model/types.ts';

/** Column headers, in order. */
export const STATEMENT_CSV_COLUMNS = [
  'statement_id',
  'speaker',
  'said_to',
  'date',
  'form',
  'quote',
  'about',
  'evidence_document_id',
  'evidence_document',
  'evidence_quote',
  'evidence_start',
  'evidence_end',
] as const;

/** The CSV text for the statements among `nodes` (others are skipped), sorted by date then id. */
export function statementsToCsv(nodes: readonly GraphNode[]): string {
  const statements = nodes
    .filter((node) => node.statement)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id));
  const rows: (string | number | null)[][] = [[...STATEMENT_CSV_COLUMNS]];
  for (const node of statements) {
    const facts = node.statement!;
    const common = [
      node.id,
      facts.speakerName,
      facts.saidToName,
      node.date,
      facts.form,
      facts.quote,
      facts.aboutNames.join('; '),
    ];
    if (node.evidence.length === 0) rows.push([...common, null, null, null, null, null]);
    for (const evidence of node.evidence) {
      rows.push([
        ...common,
        evidence.documentId,
        evidence.documentTitle,
        evidence.quote,
        evidence.start,
        evidence.end,
      ]);
    }
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** First characters with which a spreadsheet cell becomes a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field, quoted when it must be; text that would run as a formula is defused. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
