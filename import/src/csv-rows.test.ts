import { describe, expect, it } from 'vitest';
import { CsvFileError, readCsv } from './csv-rows.ts';

const read = (text: string) => readCsv(Buffer.from(text, 'utf8'));
const summary = (text: string) => read(text).rows.map((row) => [row.row, row.line, row.quote]);
const refusal = (read: () => unknown): CsvFileError => {
  try {
    read();
  } catch (error) {
    if (error instanceof CsvFileError) return error;
    throw error;
  }
  throw new Error('the file was read');
};

describe('readCsv', () => {
  it('cuts each row out of the text exactly, with mixed line endings and multi-byte text', () => {
    const text =
      'Name,Chinese name,Note\r\nAcme,艾克米公司,"a, b"\nBeta Ltd.,贝塔,"two\nlines"\r\nGamma,,';
    const file = read(text);
    expect(file.header).toEqual(['Name', 'Chinese name', 'Note']);
    expect(file.problems).toEqual([]);
    expect(file.rows.map((row) => row.quote)).toEqual([
      'Acme,艾克米公司,"a, b"',
      'Beta Ltd.,贝塔,"two\nlines"',
      'Gamma,,',
    ]);
    for (const row of file.rows) expect(text.slice(row.start, row.end)).toBe(row.quote);
    expect(file.rows[1]).toMatchObject({
      row: 2,
      line: 3,
      values: { Name: 'Beta Ltd.', 'Chinese name': '贝塔', Note: 'two\nlines' },
    });
    expect(file.rows[2]).toMatchObject({ row: 3, line: 5 });
  });

  it('gives exact lines with LF, CRLF, CR only, mixed breaks and breaks inside quoted fields', () => {
    const rows = [
      [1, 2, 'a,1'],
      [2, 3, '"b\nb",2'],
      [3, 5, 'c,3'],
    ];
    expect(summary('h,n\na,1\n"b\nb",2\nc,3\n')).toEqual(rows);
    expect(summary('h,n\r\na,1\r\n"b\nb",2\r\nc,3\r\n')).toEqual(rows);
    expect(summary('h,n\ra,1\r"b\nb",2\rc,3\r')).toEqual(rows);
    expect(summary('h,n\r\na,1\n"b\nb",2\rc,3')).toEqual(rows);
    expect(summary('h,n\na,1\n"b\r\nb\r""x""",2\nc,3')).toEqual([
      [1, 2, 'a,1'],
      [2, 3, '"b\r\nb\r""x""",2'],
      [3, 6, 'c,3'],
    ]);
    expect(read('h,n\n"b\r\nb\r""x""",2\n').rows[0]!.values.h).toBe('b\r\nb\r"x"');
  });

  it('skips blank lines, trailing ones included, without counting them as rows', () => {
    expect(read('header,b\nrow,1\n\n\n')).toMatchObject({ problems: [], rows: [{ row: 1 }] });
    expect(summary('h,n\n\na,1\r\n  \t\r\n\rb,2\n\n')).toEqual([
      [1, 3, 'a,1'],
      [2, 6, 'b,2'],
    ]);
  });

  it('drops a byte order mark from the text and keeps offsets exact', () => {
    const file = readCsv(Buffer.from('\ufeffName,n\nAcme,1\n', 'utf8'));
    expect(file.header).toEqual(['Name', 'n']);
    expect(file.text).toBe('Name,n\nAcme,1\n');
    expect(file.rows[0]).toMatchObject({ line: 2, quote: 'Acme,1', start: 7, end: 13 });
  });

  it('reports a row with the wrong number of fields or a stray quote, with its text, and reads the others', () => {
    const text = 'a,b\n1,2\n3,4,5\n6,7\n8 "inch",9\n10,11\n';
    const file = read(text);
    expect(file.rows.map((row) => [row.row, row.line, row.quote])).toEqual([
      [1, 2, '1,2'],
      [3, 4, '6,7'],
      [5, 6, '10,11'],
    ]);
    expect(file.problems).toEqual([
      {
        row: 2,
        line: 3,
        quote: '3,4,5',
        reason: 'the row cannot be read as CSV: it has 3 field(s) where the header has 2',
      },
      {
        row: 4,
        line: 5,
        quote: '8 "inch",9',
        reason: expect.stringContaining('field 1 has a quote but does not start with one'),
      },
    ]);
    for (const row of file.rows) expect(text.slice(row.start, row.end)).toBe(row.quote);
  });

  it('refuses the whole file at a quote that is never closed, naming the row and line after which nothing can be read', () => {
    const text = [
      'Name,Country',
      'Alpha1,US',
      '"Broken Quote,US',
      'Beta2,US',
      'Gamma3,US',
      'Delta4,US',
      '',
    ].join('\n');
    const error = refusal(() => read(text));
    expect(error.structural).toBe(true);
    expect(error.message).toBe(
      'row 2 (line 3): a quote opens field 1 on line 3 and is never closed, so the rows after line 3 cannot be read; the whole file is refused (fix the quote)',
    );
  });

  it('refuses the whole file when a field goes on after its closing quote', () => {
    const error = refusal(() => read('a,b\n1,2\n"3"x,4\n5,6\n'));
    expect(error.structural).toBe(true);
    expect(error.message).toMatch(
      /^row 2 \(line 3\): on line 3, field 1 goes on after its closing quote \("x,4\\n5,6\\n"\)/,
    );
  });

  it('refuses bytes that are not UTF-8, naming the byte offset and line', () => {
    const bytes = Buffer.concat([
      Buffer.from('Name,n\r\nAcme,1\nZ', 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from('ta Widgets,2\n', 'utf8'),
    ]);
    const error = refusal(() => readCsv(bytes));
    expect(error.structural).toBe(false);
    expect(error.message).toBe(
      'line 3: invalid UTF-8 at byte 16 (0xE9 0x74 0x61 0x20); the file looks like Latin-1 (ISO 8859-1) or Windows-1252; the file must be saved as UTF-8',
    );
  });

  it('refuses an empty file, a repeated column and columns without a name', () => {
    expect(() => read('')).toThrow(/empty/);
    expect(() => read('\n\n')).toThrow(/empty/);
    expect(() => read('a,a\n1,2\n')).toThrow(/repeats the column "a"/);
    expect(() => read('a,,\n1,2,3\n')).toThrow(/more than one column without a name/);
  });
});
