import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../generate.ts';
import type { CsvGroup } from './csv-files.ts';
import { RepeatedEntryError, writeGraphCsv } from './write-graph-csv.ts';

const documents = [...syntheticGraph({ nodes: 1_000 }).documents()];
const dirs: string[] = [];
const folder = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'policygraph-csv-test-'));
  dirs.push(dir);
  return dir;
};
const options = { delimiter: '\u001f', chunkNodes: 250 };

/** Records in CSV text: line feeds outside quoted fields (a doubled quote toggles twice). */
function records(text: string): number {
  let quoted = false;
  let count = 0;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (character === '\n' && !quoted) count += 1;
  }
  return count;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('writeGraphCsv', () => {
  it('writes every node and relationship once, with a header file per data file', async () => {
    const { csv } = await writeGraphCsv(documents, folder(), options);
    const lines = (groups: CsvGroup[]) =>
      groups.reduce((sum, { data }) => sum + records(readFileSync(data, 'utf8')), 0);
    expect(csv!.nodeCount).toBe(documents.flatMap((d) => d.nodes).length);
    expect(lines(csv!.nodes)).toBe(csv!.nodeCount);
    expect(lines(csv!.relationships)).toBe(csv!.relationshipCount);
    for (const { header } of csv!.nodes)
      expect(readFileSync(header, 'utf8')).toMatch(/^id:ID,:LABEL,.*evidenceEnds:long\[\]/);
  });

  it('writes each measure with the status of its latest report (greatest asOf, then id)', async () => {
    const { csv } = await writeGraphCsv(documents, folder(), options);
    const reports = documents
      .flatMap((d) => d.relationships)
      .filter((r) => r.type === 'REPORTS_STATUS');
    const measure = reports[0]!.to;
    const latest = reports
      .filter((r) => r.to === measure)
      .sort((a, b) => (b.dates.asOf! + b.id).localeCompare(a.dates.asOf! + a.id))[0]!;
    const measures = csv!.nodes.filter(({ data }) => data.includes('nodes-measure'));
    const text = measures.map(({ data }) => readFileSync(data, 'utf8')).join('');
    const row = text.split('\n').find((line) => line.startsWith(`"${measure}",`))!;
    expect(row).toContain(`"${latest.properties.status}"`);
  });

  it('returns the problems of invalid documents instead of files', async () => {
    const invalid = structuredClone(documents.slice(0, 3));
    invalid[2]!.relationships[0]!.to = 'syn-nowhere';
    const written = await writeGraphCsv(invalid, folder(), options);
    expect(written.csv).toBeNull();
    expect(written.problems[0]).toMatchObject({ code: 'UNKNOWN_REFERENCE' });
  });

  it('refuses documents that state a node twice (the transactional path merges them)', async () => {
    const repeated = [...documents.slice(0, 3), structuredClone(documents[0]!)];
    await expect(writeGraphCsv(repeated, folder(), options)).rejects.toThrow(RepeatedEntryError);
  });
});
