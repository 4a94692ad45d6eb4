import { describe, expect, it } from 'vitest';
import { buildDeleteMergeRecord, buildMergesOnlyOf, unmergedProperties } from './undo-merges.ts';

describe('undoing a merge when the import that brought the absorbed node is removed', () => {
  const survivorBefore = {
    id: 'wang-wenbin',
    name: 'Wang Wenbin',
    aliases: ['汪文斌'],
    names: ['Wang Wenbin', '汪文斌'],
    aliasSources: ['seed|汪文斌'],
  };
  const absorbedBefore = {
    id: 'dana-quill',
    name: 'Dana Quill',
    aliases: ['达娜·奎尔', '汪文斌'],
    absorbedIds: ['dana-q'],
  };

  it('takes back the absorbed ids, the filled properties and their sources, and the aliases only the absorbed node gave', () => {
    const current = {
      ...survivorBefore,
      aliases: ['汪文斌', 'Dana Quill', '达娜·奎尔', 'D. Quill'],
      names: ['Wang Wenbin', '汪文斌', 'Dana Quill', '达娜·奎尔', 'D. Quill'],
      // Another source still gives "D. Quill"; the removed import's sources are withdrawn already.
      aliasSources: ['seed|汪文斌', 'other-list|D. Quill'],
      absorbedIds: ['dana-quill', 'dana-q', 'li-wei-xx'],
      propertySources: ['country|dana-quill', 'title|li-wei-xx'],
      country: 'US',
      title: 'Spokesperson',
    };
    expect(unmergedProperties(current, survivorBefore, absorbedBefore, 'dana-quill')).toEqual({
      ...survivorBefore,
      aliases: ['汪文斌', 'D. Quill'],
      names: ['Wang Wenbin', '汪文斌', 'D. Quill'],
      aliasSources: ['seed|汪文斌', 'other-list|D. Quill'],
      absorbedIds: ['li-wei-xx'],
      propertySources: ['title|li-wei-xx'],
      title: 'Spokesperson',
    });
  });

  it('restores a property the survivor had before and drops lists left empty', () => {
    const current = {
      ...survivorBefore,
      absorbedIds: ['dana-quill'],
      propertySources: ['country|dana-quill'],
      country: 'US',
    };
    const before = { ...survivorBefore, country: 'CN' };
    const after = unmergedProperties(current, before, { name: 'Dana Quill' }, 'dana-quill');
    expect(after.country).toBe('CN');
    expect('absorbedIds' in after).toBe(false);
    expect('propertySources' in after).toBe(false);
  });

  it('builds parameterised Cypher', () => {
    expect(buildMergesOnlyOf('cn-sanctions-3f2a')).toMatchSnapshot();
    expect(buildDeleteMergeRecord('dana-quill')).toMatchSnapshot();
  });
});
