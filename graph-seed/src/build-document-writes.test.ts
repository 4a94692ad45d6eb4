/** Snapshot tests of how the seed loader writes one document (build-document-writes.ts) and counts the graph. */
import { describe, expect, it } from 'vitest';
import { buildDocumentWrites } from './build-document-writes.ts';
import { COUNT_LABELS_QUERY, COUNT_TOTALS_QUERY, COUNT_TYPES_QUERY } from './count-graph.ts';
import { DOCUMENT } from '../../test/fixtures/validated-document.ts';

describe('document writes', () => {
  it('loads a document as: withdraw what it no longer states, nodes, relationships, statuses', () => {
    const steps = buildDocumentWrites(DOCUMENT);
    expect(steps.map((step) => step.description)).toEqual([
      'relationships of an earlier load of doc',
      'nodes of an earlier load of doc',
      '2 node(s)',
      '2 relationship(s)',
      'status of 1 measure(s)',
    ]);
    expect(steps[0]!.params).toMatchObject({
      documentId: 'doc',
      sourcePrefix: 'doc|',
      nodeIds: ['licence', 'ministry'],
      relationshipIds: DOCUMENT.relationships.map((r) => r.id),
      keep: { licence: ['doc|10|19|a licence'], ministry: ['doc|0|8|Ministry'] },
      aliases: { licence: ['许可证'], ministry: [] },
    });
    expect(steps.slice(0, 2)).toMatchSnapshot();
  });
  it('writes nodes with the properties their entry gives, and the names of those it gives', () => {
    const [, , step] = buildDocumentWrites(DOCUMENT);
    const rows = step!.params.rows as {
      id: string;
      properties: Record<string, unknown>;
      given: string[];
    }[];
    expect(rows.map((row) => row.id)).toEqual(['ministry', 'licence']);
    expect(rows[0]!.properties).toEqual({
      kind: 'AGENCY',
      name: 'Ministry of Trade',
      country: 'RU',
    });
    expect(rows[0]!.given).toEqual(['kind', 'name', 'country']);
    expect(rows[1]!.given).toEqual(['kind', 'name', 'measureTypes', 'status', 'announcedOn']);
    expect(step).toMatchSnapshot();
  });
  it('refreshes the status of measures it declares or reports, keeping it when no report is left', () => {
    const steps = buildDocumentWrites(DOCUMENT);
    expect(steps.at(-1)).toMatchSnapshot();
  });
  it('counts by label and by relationship type', () => {
    expect([COUNT_LABELS_QUERY, COUNT_TYPES_QUERY, COUNT_TOTALS_QUERY]).toMatchSnapshot();
  });
});
