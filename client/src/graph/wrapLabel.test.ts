import { describe, expect, it } from 'vitest';
import { truncateLabel, wrappableLabel } from './wrapLabel.ts';

const Z = '\u200b';

describe('wrappableLabel', () => {
  it('lets Chinese text break between characters', () => {
    expect(wrappableLabel('商务部')).toBe(`商${Z}务${Z}部`);
  });
  it('keeps Latin words whole', () => {
    expect(wrappableLabel('Ministry of Commerce')).toBe('Ministry of Commerce');
  });
  it('never starts a line with closing punctuation', () => {
    expect(wrappableLabel('商务部，海关')).toBe(`商${Z}务${Z}部，${Z}海${Z}关`);
  });
  it('allows a break where Latin meets Chinese', () => {
    expect(wrappableLabel('MOFCOM商务部')).toBe(`MOFCOM${Z}商${Z}务${Z}部`);
  });
});

describe('truncateLabel', () => {
  it('shortens by code point and adds an ellipsis', () => {
    expect(truncateLabel('abcdefgh', 5)).toBe('abcd…');
    expect(truncateLabel('短', 5)).toBe('短');
  });
});
