import { describe, expect, it } from 'vitest';
import { splitAtSpan } from './textSpan.ts';

describe('splitAtSpan', () => {
  it('splits by UTF-16 offsets, as the evidence offsets count', () => {
    const text = '毛宁说：“这是国际通行做法。”Mao said 😀 it.';
    const start = text.indexOf('这是');
    const end = start + '这是国际通行做法'.length;
    expect(splitAtSpan(text, start, end)).toEqual({
      before: '毛宁说：“',
      span: '这是国际通行做法',
      after: '。”Mao said 😀 it.',
    });
    const emoji = text.indexOf('😀');
    expect(splitAtSpan(text, emoji, emoji + 2)?.span).toBe('😀');
  });

  it('gives null for empty or out-of-range spans', () => {
    expect(splitAtSpan('abc', 0, 0)).toBeNull();
    expect(splitAtSpan('abc', 2, 1)).toBeNull();
    expect(splitAtSpan('abc', 1, 4)).toBeNull();
    expect(splitAtSpan('abc', -1, 2)).toBeNull();
  });
});
