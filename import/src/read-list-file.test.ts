import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportRefusedError } from './import-errors.ts';
import { readImportFile } from './run-import.ts';

const fixture = (name: string) =>
  path.join(import.meta.dirname, '../../test/fixtures/import', name);
const folder = mkdtempSync(path.join(os.tmpdir(), 'read-list-file-'));
const HEADER =
  'Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,Chinese summary,Body,List,Date,End date,Source URL,Address';
const row = (name: string, date = '01.03.2024', country = 'US') =>
  `Company,,${name},,,${country},export.control,,,Ministry of Commerce,UEL,${date},,https://www.mofcom.example.cn/uel/1.html,`;
/** A cn-sanctions file of `lines` (or bytes) written to a temporary folder. */
function file(name: string, content: string | Buffer): string {
  const at = path.join(folder, name);
  writeFileSync(at, content);
  return at;
}
async function refusal(run: Promise<unknown>): Promise<{ code: string; lines: string[] }> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportRefusedError)) throw new Error(`not refused: ${String(error)}`);
  return { code: error.code, lines: error.lines };
}

describe('readImportFile', () => {
  it('refuses an as-of day after today, given or taken from the file', async () => {
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const refused = await refusal(
      readImportFile({ format: 'cn-sanctions', file: fixture('cn-sanctions.csv'), asOf: tomorrow }),
    );
    expect(refused).toEqual({
      code: 'AS_OF_INVALID',
      lines: [
        expect.stringMatching(
          new RegExp(
            `cn-sanctions\\.csv: --as-of ${tomorrow} is after today \\(\\d{4}-\\d{2}-\\d{2}\\): a file cannot hold what has not happened yet\\.$`,
          ),
        ),
      ],
    });
    const future = file('future.csv', `${HEADER}\n${row('Alpha Co')}\n`);
    utimesSync(future, new Date(`${tomorrow}T12:00:00Z`), new Date(`${tomorrow}T12:00:00Z`));
    expect((await refusal(readImportFile({ format: 'cn-sanctions', file: future }))).lines).toEqual(
      [
        expect.stringMatching(
          new RegExp(
            `the file's modification day ${tomorrow} is after today .*; give its date with --as-of\\.$`,
          ),
        ),
      ],
    );
  });

  it('refuses a row dated after the file’s as-of day, naming row, line and column', async () => {
    const refused = await refusal(
      readImportFile({
        format: 'cn-sanctions',
        file: fixture('cn-sanctions.csv'),
        asOf: '2025-06-01',
      }),
    );
    expect(refused.code).toBe('INVALID_ROWS');
    expect(refused.lines).toEqual([
      `${fixture('cn-sanctions.csv')}: row 8 (line 9): Date: "29.06.2026" (2026-06-29) is after the file's as-of date 2025-06-01: a file cannot state it yet (give the file's date with --as-of)`,
      `${fixture('cn-sanctions.csv')}: 1 of 12 row(s) refused.`,
    ]);
  });

  it('counts rows, not problems: a row with two bad fields is one refused row', async () => {
    const name = file(
      'two-problems.csv',
      [HEADER, row('Good Co'), row('Bad Co', '31.02.2023', 'Atlantis')].join('\n'),
    );
    const refused = await refusal(
      readImportFile({ format: 'cn-sanctions', file: name, asOf: '2026-08-22' }),
    );
    expect(refused.lines).toHaveLength(3);
    expect(refused.lines[2]).toBe(`${name}: 1 of 2 row(s) refused.`);
    const input = await readImportFile({
      format: 'cn-sanctions',
      file: name,
      asOf: '2026-08-22',
      acceptValid: true,
    });
    expect(input.rows).toHaveLength(1);
    expect(input.rejected.map((p) => [p.row, p.field])).toEqual([
      [2, 'Country'],
      [2, 'Date'],
    ]);
  });

  it('refuses a file with a header and no rows, and one whose every row is refused even with acceptValid', async () => {
    expect(
      await refusal(
        readImportFile({
          format: 'cn-sanctions',
          file: file('header-only.csv', `${HEADER}\n\n`),
          asOf: '2026-08-22',
        }),
      ),
    ).toMatchObject({ code: 'NOTHING_TO_IMPORT' });
    const allBad = file('all-bad.csv', `${HEADER}\n${row('Bad Co', '31.02.2023')}\n`);
    expect(
      await refusal(
        readImportFile({
          format: 'cn-sanctions',
          file: allBad,
          asOf: '2026-08-22',
          acceptValid: true,
        }),
      ),
    ).toMatchObject({
      code: 'INVALID_ROWS',
      lines: [expect.any(String), `${allBad}: 1 of 1 row(s) refused: no row can be loaded.`],
    });
  });

  it('reads trailing blank lines as nothing, with exact lines', async () => {
    const input = await readImportFile({
      format: 'cn-sanctions',
      file: file(
        'blank-lines.csv',
        `${HEADER}\r\n${row('Alpha Co')}\r\n\r\n${row('Beta Co')}\n\n\n`,
      ),
      asOf: '2026-08-22',
    });
    expect(input.rejected).toEqual([]);
    expect(input.rows.map(({ row: r }) => [r.row, r.line])).toEqual([
      [1, 2],
      [2, 4],
    ]);
  });

  it('refuses a file that is not UTF-8, and a broken quote even with acceptValid', async () => {
    const before = `${HEADER}\nCompany,,Z`;
    const latin1 = file(
      'latin1.csv',
      Buffer.concat([
        Buffer.from(before),
        Buffer.from([0xe9]),
        Buffer.from(`${row('ta Widgets').slice('Company,,'.length)}\n`),
      ]),
    );
    expect(
      await refusal(readImportFile({ format: 'cn-sanctions', file: latin1, asOf: '2026-08-22' })),
    ).toEqual({
      code: 'FILE_UNREADABLE',
      lines: [
        `${latin1}: line 2: invalid UTF-8 at byte ${before.length} (0xE9 0x74 0x61 0x20); the file looks like Latin-1 (ISO 8859-1) or Windows-1252; the file must be saved as UTF-8.`,
      ],
    });
    const broken = file(
      'broken.csv',
      [
        HEADER,
        row('Alpha1'),
        row('"Broken Quote'),
        row('Beta2'),
        row('Gamma3'),
        row('Bad Date Co', '31.02.2023'),
        row('Delta4'),
        '',
      ].join('\n'),
    );
    expect(
      await refusal(
        readImportFile({
          format: 'cn-sanctions',
          file: broken,
          asOf: '2026-08-22',
          acceptValid: true,
        }),
      ),
    ).toEqual({
      code: 'BROKEN_CSV',
      lines: [
        `${broken}: row 2 (line 3): a quote opens field 3 on line 3 and is never closed, so the rows after line 3 cannot be read; the whole file is refused (fix the quote).`,
      ],
    });
  });
});
