import { describe, expect, it } from 'vitest';
import { editOptions } from './dedupe-edits.ts';

describe('npm run dedupe edit options', () => {
  it('reads a merge and a split with their reasons', () => {
    expect(editOptions(['--merge', 'a', 'b', '--why', 'one person'])).toEqual({
      kind: 'merge',
      survivorId: 'a',
      absorbedId: 'b',
      why: 'one person',
    });
    expect(editOptions(['--split', 'b', '--why', 'two', '--who', 'ann'])).toEqual({
      kind: 'split',
      absorbedId: 'b',
      why: 'two',
    });
    expect(editOptions(['--list'])).toBeNull();
  });

  it('calls a merge without two ids or a reason, or a reason alone, a usage error', () => {
    expect(editOptions(['--merge', 'a', '--why', 'x'])).toBe('usage');
    expect(editOptions(['--merge', 'a', 'b'])).toBe('usage');
    expect(editOptions(['--split', '--why', 'x'])).toBe('usage');
    expect(editOptions(['--why', 'x'])).toBe('usage');
  });
});
