import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planImport } from './import-plan.ts';
import { formatImportReport } from './import-report.ts';
import { readImportFile, type ImportReport } from './run-import.ts';

const HEADER =
  'Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,Chinese summary,Body,List,Date,End date,Source URL,Address';

/** The report of importing `text` (a cn-sanctions file, valid rows only) into an empty graph, with `changes`. */
async function reportOf(text: string, changes: Partial<ImportReport> = {}): Promise<ImportReport> {
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'import-report-')), 'list.csv');
  writeFileSync(file, text);
  const input = await readImportFile({
    format: 'cn-sanctions',
    file,
    asOf: '2026-08-22',
    acceptValid: true,
  });
  const plan = planImport(input, { actors: [], takenIds: new Set() });
  return {
    file: 'list.csv',
    format: 'cn-sanctions',
    documentId: plan.documentId,
    asOf: input.asOf,
    rows: 2,
    refusedRows: 1,
    rejected: input.rejected,
    plan,
    provenance: input.provenance,
    standing: 'first',
    listingsAdded: 1,
    delisted: [],
    reappeared: [],
    reimport: false,
    delistingSkipped: true,
    nodesCreated: 4,
    nodesUpdated: 0,
    relationshipsCreated: 2,
    relationshipsUpdated: 0,
    propertiesChanged: 40,
    durationMs: 1500,
    ...changes,
  };
}

describe('formatImportReport', () => {
  it('counts a row with two bad fields once, and lists its problems under it', async () => {
    const report = await reportOf(
      [
        HEADER,
        'Company,,Good Co,,,US,export.control,,,Ministry of Commerce,UEL,01.03.2024,,https://www.mofcom.example.cn/1.html,',
        'Company,,Bad Co,,,Atlantis,export.control,,,Ministry of Commerce,UEL,31.02.2023,,https://www.mofcom.example.cn/1.html,',
      ].join('\n'),
    );
    const lines = formatImportReport(report).split('\n');
    expect(lines[1]).toBe('  rows: 2 read, 1 loaded, 1 refused');
    expect(lines[2]).toBe(
      '  source: not given; origin, licence, credit recorded as unknown (give --origin, --licence, --credit or a sidecar file)',
    );
    expect(lines.slice(-3)).toEqual([
      '  refused: list.csv: row 2 (line 3):',
      '    Country: "Atlantis" is neither an ISO 3166-1 alpha-2 code, a country name nor a nationality',
      '    Date: "31.02.2023" is not a day of the calendar',
    ]);
    expect(lines).toContain(
      '  written: 4 nodes and 2 relationships created, 0 nodes and 0 relationships changed, 40 properties differ, in 1.50 s',
    );
  });

  it('says nothing was written when the file was imported before', async () => {
    const report = await reportOf(
      `${HEADER}\nCompany,,Good Co,,,US,export.control,,,Ministry of Commerce,UEL,01.03.2024,,https://www.mofcom.example.cn/1.html,\n`,
      {
        reimport: true,
        standing: 'same',
        rows: 1,
        refusedRows: 0,
        nodesCreated: 0,
        relationshipsCreated: 0,
        propertiesChanged: 0,
      },
    );
    expect(formatImportReport(report)).toContain(
      '  written: nothing (this file was imported before), in 1.50 s',
    );
  });
});
