import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQueries, decideImport, decideWrites, importDatasets } from './import-decisions.ts';
import { readImportFile } from './read-list-file.ts';

const file = path.join(import.meta.dirname, '../../test/fixtures/import/cn-sanctions.csv');

describe('import decisions', () => {
  it('decides standing and plan from what was read; the same file again writes nothing', async () => {
    const input = await readImportFile({ format: 'cn-sanctions', file, asOf: '2026-08-22' });
    expect(importDatasets(input)).toEqual(['cn-sanctions']);
    const reads = { versions: [], actors: [], takenIds: [] };
    const first = decideImport(input, { file, asOfGiven: true }, reads);
    expect([first.standing, first.delisting]).toEqual(['first', false]);
    expect(checkQueries(first).delistingPreview).toBeNull();
    const again = decideImport(
      input,
      { file, asOfGiven: true },
      { ...reads, versions: [{ id: first.documentId, asOf: '2026-08-22' }] },
    );
    expect(again.standing).toBe('same');
  });

  it('refuses kind conflicts and mass delistings before any write step', async () => {
    const input = await readImportFile({ format: 'cn-sanctions', file, asOf: '2026-08-22' });
    const newer = decideImport(
      input,
      { file, asOfGiven: true },
      {
        versions: [{ id: 'cn-sanctions-000000000000', asOf: '2026-01-01' }],
        actors: [],
        takenIds: [],
      },
    );
    expect(newer.delisting).toBe(true);
    const options = { file: 'f.csv', allowMassDelisting: false };
    expect(() =>
      decideWrites(
        newer,
        {
          kindConflicts: [{ id: 'x', existing: 'PERSON', wanted: 'COMPANY' }],
          delistingPreview: null,
        },
        options,
      ),
    ).toThrow('f.csv: "x" is stored as PERSON, here COMPANY.');
    expect(() =>
      decideWrites(
        newer,
        { kindConflicts: [], delistingPreview: { inForce: 100, absent: 11 } },
        options,
      ),
    ).toThrow(/does not state 11 of the 100 listings/);
    const steps = decideWrites(
      newer,
      { kindConflicts: [], delistingPreview: { inForce: 100, absent: 10 } },
      options,
    );
    expect(steps.map((step) => step.description)).toEqual([
      `${newer.plan.documents.length} node(s)`,
      `${newer.plan.actors.length} actor(s)`,
      `${newer.plan.measures.length} node(s)`,
      `${newer.plan.relationships.length} relationship(s)`,
      'the import sequence number',
    ]);
  });
});
