import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusTitles } from './report.ts';

const development = path.join('/data', 'shared', 'corpus');

describe('the titles of the overall tables', () => {
  it('name the development corpus when it is the one read', () => {
    expect(corpusTitles(development, development, 7, 1)).toEqual({
      corpus: 'Development corpus (7 documents)',
      overall: 'Development corpus (7 documents) and seed article',
    });
  });

  it('name the folder CORPUS_DIR gave, not the development corpus', () => {
    const held = path.join('/data', 'held-out');
    expect(corpusTitles(held, development, 4, 1)).toEqual({
      corpus: `Corpus at ${held} (4 documents, CORPUS_DIR)`,
      overall: `Corpus at ${held} (4 documents, CORPUS_DIR) and seed article`,
    });
  });

  it('say when only the seed articles were scored', () => {
    expect(corpusTitles(development, development, 0, 2).overall).toBe('Seed articles only (2)');
  });
});
