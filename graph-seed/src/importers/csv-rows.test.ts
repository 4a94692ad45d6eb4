import { describe, expect, it } from 'vitest';
import { readCsv } from './csv-rows.ts';

describe('readCsv', () => {
  it('cuts each row out of the text exactly, with mixed line endings and multi-byte text', () => {
    const text =
      'Name,Chinese name,Note\r\nAcme,艾克米公司,"a, b"\nBeta Ltd.,贝塔,"two\nlines"\r\nGamma,,';
    const file = readCsv(Buffer.from(text, 'utf8'));
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
  it('reports a row with the wrong number of fields by row and line, and reads the others', () => {
    const text = 'a,b\n1,2\n3,4,5\n6,7\n';
    const file = readCsv(Buffer.from(text));
    expect(file.rows.map((row) => [row.row, row.quote])).toEqual([
      [1, '1,2'],
      [3, '6,7'],
    ]);
    expect(file.problems).toHaveLength(1);
    expect(file.problems[0]).toMatchObject({
      row: 2,
      line: 3,
      quote: '3,4,5',
      reason: expect.stringContaining('cannot be read as CSV'),
    });
    for (const row of file.rows) expect(text.slice(row.start, row.end)).toBe(row.quote);
  });
  it('refuses an empty file and a repeated column', () => {
    expect(() => readCsv(Buffer.from(''))).toThrow(/empty/);
    expect(() => readCsv(Buffer.from('a,a\n1,2\n'))).toThrow(/repeats the column "a"/);
  });
});
