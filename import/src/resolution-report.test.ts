import { describe, expect, it } from 'vitest';
import { JudgementIndex } from './judgements.ts';
import { resolutionReport } from './resolution-report.ts';

describe('resolutionReport', () => {
  it('counts actor rows, the nodes they resolved to (made or existing before) and the matches by rule, issuing bodies apart', () => {
    const lines = resolutionReport({
      identities: [
        { id: 'northwind', rules: ['NEW', 'NAME_COUNTRY', 'SCORE'], documents: ['d1', 'd1', 'd2'] },
        {
          id: 'mofcom',
          rules: ['ISSUING_BODY_TABLE', 'ISSUING_BODY_TABLE'],
          documents: ['d1', 'd2'],
        },
        { id: 'skyline', rules: ['NEW'], documents: ['d2'] },
        // A node that existed before these rows (the seed's, say), joined by one row only.
        { id: 'amazon', rules: ['NAME_COUNTRY'], documents: ['d2'] },
      ],
      actors: [],
      judgements: new JudgementIndex([]),
      labels: [],
      labelsFile: 'labels.csv',
    });
    expect(lines.slice(0, 6)).toEqual([
      'actor rows imported: 5 (from 2 document(s)); issuing-body rows matched by the table: 2',
      'actor nodes: 5 before resolution (one per row), 3 after (2 made by these rows, 1 that existed before); 3 rows joined a node another row made or one that existed before',
      'row matches by rule: NAME_COUNTRY 2, SCORE 1',
      '  d1: 2 rows → 1 nodes; NAME_COUNTRY 1, NEW 1',
      '  d2: 3 rows → 3 nodes; NAME_COUNTRY 1, NEW 1, SCORE 1',
      'candidates waiting for review: 0 from 0.45 (0 at 0.7 or above), judged pairs left out',
    ]);
    expect(lines[7]).toBe(
      '  0 labelled pair(s) scored (0 same, 0 different); 0 not found in the graph.',
    );
  });
});
