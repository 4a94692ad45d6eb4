import { describe, expect, it } from 'vitest';
import {
  buildCreateDraft,
  buildExistingIds,
  buildListDrafts,
  buildLoadedDocument,
  buildMarkLoaded,
  buildReadDraft,
  buildReadRevision,
  buildSaveReview,
} from './drafts.ts';

const at = '2026-01-01T00:00:00.000Z';

describe('draft Cypher', () => {
  it('builds parameterised queries', () => {
    const queries = {
      create: buildCreateDraft({
        id: 'd1',
        documentId: 'doc',
        text: 't',
        draftedYaml: 'y',
        sidecar: null,
        by: 'ann',
        at,
      }),
      read: buildReadDraft('d1'),
      list: buildListDrafts(200),
      save: buildSaveReview({
        id: 'd1',
        version: 2,
        reviewedYaml: 'y2',
        documentId: 'doc-renamed',
        linkedIds: ['node-a'],
        accepted: ['actors:a'],
        by: 'ann',
        at,
      }),
      saveKeepingMarks: buildSaveReview({
        id: 'd1',
        version: 2,
        reviewedYaml: 'y2',
        documentId: null,
        linkedIds: null,
        accepted: null,
        by: 'ann',
        at,
      }),
      revision: buildReadRevision('d1', 1),
      markLoaded: buildMarkLoaded({ id: 'd1', version: 3, review: '{}', by: 'ann', at }),
      existing: buildExistingIds(['a']),
      loadedDocument: buildLoadedDocument('doc'),
    };
    for (const query of Object.values(queries)) expect(query.cypher).not.toMatch(/'|"d1"|"doc"/);
    expect(queries).toMatchSnapshot();
  });
});
