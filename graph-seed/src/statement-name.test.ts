import { describe, expect, it } from 'vitest';
import { deriveStatementName } from './statement-name.ts';

describe('deriveStatementName', () => {
  it('gives the speaker and the start of the quote, cut at a word', () => {
    expect(
      deriveStatementName(
        'Xiang Ligang',
        'the reported looming curb could not have any meaningful impact on AI sector',
        'PARAPHRASE',
      ),
    ).toBe('Xiang Ligang: the reported looming curb could not have any…');
  });

  it('marks a direct quote with quotation marks and keeps a short quote whole', () => {
    expect(
      deriveStatementName('Wang Wenbin', 'completely legitimate and justified', 'DIRECT_QUOTE'),
    ).toBe('Wang Wenbin: “completely legitimate and justified”');
  });

  it('drops a trailing comma before the ellipsis', () => {
    expect(
      deriveStatementName(
        'Mao Ning',
        'China is always committed to keeping the global, industrial and supply chains',
        'DIRECT_QUOTE',
      ),
    ).toBe('Mao Ning: “China is always committed to keeping the global…”');
  });
});
