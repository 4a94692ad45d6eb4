import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDotEnv } from './dotenv.ts';

describe('loadDotEnv', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dotenv-'));
  const file = path.join(dir, '.env');
  writeFileSync(
    file,
    '# comment\nNEO4J_URI=bolt://db:7687\nNEO4J_PASSWORD="s3cret # not a comment"\nPORT=4001\n',
  );

  it('sets what the shell has not set, and keeps what it has', () => {
    const env: NodeJS.ProcessEnv = { PORT: '5000' };
    expect(loadDotEnv(env, file).sort()).toEqual(['NEO4J_PASSWORD', 'NEO4J_URI']);
    expect(env).toEqual({
      PORT: '5000',
      NEO4J_URI: 'bolt://db:7687',
      NEO4J_PASSWORD: 's3cret # not a comment',
    });
  });

  it('does nothing without a file', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(loadDotEnv(env, path.join(dir, 'missing.env'))).toEqual([]);
    expect(env).toEqual({});
  });
});
