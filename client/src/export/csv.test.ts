import { describe, expect, it } from 'vitest';
import { STATEMENT_CSV_COLUMNS, csvField, statementsToCsv } from './csv.ts';
import { control, mofcom, statement } from './fixtures.test-support.ts';

/** RFC 4180 reader, enough to read the export back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('csvField', () => {
  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1 rally')).toBe("'+1 rally");
    expect(csvField('-2 cut')).toBe("'-2 cut");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField(-3)).toBe('-3');
    expect(csvField('a-b=c')).toBe('a-b=c');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('商务部，海关')).toBe('商务部，海关');
    expect(csvField(1087)).toBe('1087');
    expect(csvField(null)).toBe('');
  });
});

describe('statementsToCsv', () => {
  const csv = statementsToCsv([mofcom, control, statement]);

  it('writes one row per piece of evidence of each statement, other nodes skipped', () => {
    const rows = readCsv(csv);
    expect(rows[0]).toEqual([...STATEMENT_CSV_COLUMNS]);
    expect(rows.slice(1)).toEqual([
      [
        statement.id,
        'Mao Ning',
        '',
        '2023-07-05',
        'DIRECT_QUOTE',
        statement.statement!.quote,
        control.name,
        'mfa-2023-07-05-press-conference',
        'Regular Press Conference, July 5, 2023',
        statement.evidence[0]!.quote,
        '1024',
        '1087',
      ],
      [
        statement.id,
        'Mao Ning',
        '',
        '2023-07-05',
        'DIRECT_QUOTE',
        statement.statement!.quote,
        control.name,
        'tmtpost-2023-07-06',
        '毛宁：出口管制是国际通行做法',
        '这是国际通行做法',
        '12',
        '20',
      ],
    ]);
  });

  it('ends every record with CRLF and keeps newlines inside quoted fields', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"It is ""normal practice"", in line with\ninternational norms, to"');
  });

  it('writes a statement without evidence as one row with empty evidence columns', () => {
    const rows = readCsv(statementsToCsv([{ ...statement, evidence: [] }]));
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(-5)).toEqual(['', '', '', '', '']);
  });
});
