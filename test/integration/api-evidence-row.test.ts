/**
 * `Evidence.row`: a list row quoted as evidence, column by column, named by the file's header, on
 * the seed graph plus our 1260H fixture (test/fixtures/import/us-1260h.csv), whose rows hold
 * quoted fields with commas and an empty source URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import type { App } from '@policygraph/server';
import { appOver, queryData, testDriver } from './api-helpers.ts';
import { freshSeedGraph, importFixtureFile } from './import-support.ts';

let driver: Driver;
let app: App;

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
  await importFixtureFile(driver, 'us-1260h', 'us-1260h.csv');
  app = appOver(driver);
});
afterAll(async () => {
  await driver?.close();
});

interface EvidenceRow {
  quote: string;
  document: { id: string; documentType: string };
  row: { column: string; value: string }[] | null;
}

const QUERY = /* GraphQL */ `
  query ($text: String!) {
    search(text: $text, first: 1) {
      node {
        id
        evidence {
          quote
          document {
            id
            documentType
          }
          row {
            column
            value
          }
        }
      }
    }
  }
`;

async function evidenceOf(text: string): Promise<EvidenceRow[]> {
  const data = await queryData<{ search: { node: { evidence: EvidenceRow[] } }[] }>(app, QUERY, {
    text,
  });
  return data.search[0]!.node.evidence;
}

describe('Evidence.row', () => {
  it('names each cell of a list row by the header of its file, quoted commas and empty cells included', async () => {
    const evidence = await evidenceOf('Red River Avionics');
    const rows = evidence.filter((item) => item.document.documentType === 'DATASET');
    expect(rows.length).toBe(2);
    const listedIn2025 = rows.find((item) => item.quote.includes('2025-01-07'))!;
    expect(listedIn2025.row).toEqual([
      { column: 'Name', value: 'Red River Avionics Co., Ltd. (RRA)' },
      { column: 'Clean Name', value: 'Red River Avionics Co., Ltd.' },
      { column: 'Alias', value: 'RRA' },
      { column: 'Previous Name', value: '' },
      { column: 'Parent Name', value: '' },
      { column: 'Note', value: '' },
      { column: 'Start date', value: '2025-01-07' },
      { column: 'End date', value: '' },
      { column: 'Source Url', value: 'https://media.defense.example/2025/1260h.pdf' },
    ]);
    const first = rows.find((item) => item.quote.includes('2021-06-03'))!;
    expect(first.row?.find((cell) => cell.column === 'Alias')?.value).toBe('RRA,Red River Air');
  });

  it('is null for evidence in an article', async () => {
    const evidence = await evidenceOf('MOFCOM');
    expect(evidence.length).toBeGreaterThan(0);
    for (const item of evidence) {
      expect(item.document.documentType).not.toBe('DATASET');
      expect(item.row).toBeNull();
    }
  });
});
