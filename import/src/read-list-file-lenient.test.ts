/** Real lists as they come: written-out dates, nationalities, unknown authorities, oversized cells, other encodings. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportRefusedError } from './import-errors.ts';
import { readImportFile } from './read-list-file.ts';

const folder = mkdtempSync(path.join(os.tmpdir(), 'read-list-lenient-'));
const LEG_HEADER =
  'schema,name,aliases,topics,program,authority,reason,report-date,start-date,end-date,country,notes,source_url';
const legRow = (
  name: string,
  country: string,
  start: string,
  authority = 'Ministry of Research Security',
) =>
  `Organization,${name},,,Research Security List,${authority},,2025,"${start}",,${country},,https://example.org/list.pdf`;
const CN_HEADER =
  'Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,Chinese summary,Body,List,Date,End date,Source URL,Address';

function file(name: string, content: string | Buffer): string {
  const at = path.join(folder, name);
  writeFileSync(at, content);
  return at;
}
async function refusal(run: Promise<unknown>): Promise<ImportRefusedError> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof ImportRefusedError)) throw new Error(`not refused: ${String(error)}`);
  return error;
}

describe('readImportFile: lists as they come', () => {
  it('takes an unknown authority as a new issuing body, nationalities and written-out dates', async () => {
    const input = await readImportFile({
      format: 'us-special-leg',
      asOf: '2026-08-22',
      file: file(
        'other-leg.csv',
        [
          LEG_HEADER,
          legRow('Baghdad Institute of Optics', 'Iraqi', 'March 3, 2025'),
          legRow('Damascus Materials Centre', 'Syrian', '3 March 2025'),
          legRow('Aleppo Research Lab', 'Syria', 'Mar. 3, 2025'),
        ].join('\n'),
      ),
    });
    expect(input.rejected).toEqual([]);
    expect(
      input.rows.map(({ facts }) => [
        facts.actor?.country,
        facts.listing?.listedOn?.date,
        facts.measure?.issuerId,
      ]),
    ).toEqual([
      ['IQ', '2025-03-03', 'ministry-of-research-security'],
      ['SY', '2025-03-03', 'ministry-of-research-security'],
      ['SY', '2025-03-03', 'ministry-of-research-security'],
    ]);
    expect(input.rows[0]!.facts.notes).toEqual([
      'new issuing body "Ministry of Research Security" (node ministry-of-research-security), not in the table of known bodies',
    ]);
    expect(input.rows[0]!.facts.newBodies).toMatchObject([
      { id: 'ministry-of-research-security', kind: 'AGENCY', country: null },
    ]);
  });

  it('refuses a 200,000-character name, and any cell over the limit, naming row and column', async () => {
    const long = 'A'.repeat(200_000);
    const refused = await refusal(
      readImportFile({
        format: 'us-special-leg',
        asOf: '2026-08-22',
        file: file('long.csv', [LEG_HEADER, legRow(long, 'CN', '2025-01-01')].join('\n')),
      }),
    );
    expect(refused.code).toBe('INVALID_ROWS');
    expect(refused.lines[0]).toMatch(
      /long\.csv: row 1 \(line 2\): name: is 200,000 characters long, more than a cell may have \(20,000\)$/,
    );
    const name = await refusal(
      readImportFile({
        format: 'us-special-leg',
        asOf: '2026-08-22',
        file: file(
          'name.csv',
          [LEG_HEADER, legRow('B'.repeat(600), 'CN', '2025-01-01')].join('\n'),
        ),
      }),
    );
    expect(name.lines[0]).toMatch(
      /name: is 600 characters long, more than a name may have \(500\)$/,
    );
  });

  it('names UTF-16 and Latin-1 files as such', async () => {
    const text = [CN_HEADER, 'Company,,Zürich Widgets,,,CH,,,,,,01.03.2024,,,'].join('\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const refused16 = await refusal(
      readImportFile({ format: 'cn-sanctions', asOf: '2026-08-22', file: file('u16.csv', utf16) }),
    );
    expect([refused16.code, refused16.lines]).toEqual([
      'FILE_UNREADABLE',
      [
        expect.stringMatching(
          /u16\.csv: the file is UTF-16 \(little-endian, with a byte order mark\), not UTF-8; save it as UTF-8 and import it again\.$/,
        ),
      ],
    ]);
    const latin1 = await refusal(
      readImportFile({
        format: 'cn-sanctions',
        asOf: '2026-08-22',
        file: file('latin1.csv', Buffer.from(text, 'latin1')),
      }),
    );
    expect(latin1.lines[0]).toMatch(
      /latin1\.csv: line 2: invalid UTF-8 at byte \d+ \(0xFC .*\); the file looks like Latin-1 \(ISO 8859-1\) or Windows-1252; the file must be saved as UTF-8\.$/,
    );
  });
});
