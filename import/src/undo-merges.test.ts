import { describe, expect, it } from 'vitest';
import { buildMergeHistory } from './undo-merges.ts';

describe('the merges of an import removal', () => {
  it('reads every merge in order, marking those with a node only the removed import supported', () => {
    const query = buildMergeHistory('cn-sanctions-3f2a');
    expect(query.params).toEqual({ documentId: 'cn-sanctions-3f2a' });
    expect(query.cypher).toContain('ORDER BY rec.when, size(coalesce(after.absorbedIds, []))');
    expect(query).toMatchSnapshot();
  });
});
