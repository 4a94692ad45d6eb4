import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedSystemDatabase } from './system-template.ts';

const made: string[] = [];
const folder = (name: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), `policygraph-${name}-`));
  made.push(dir);
  return dir;
};
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('seedSystemDatabase', () => {
  it('copies both store folders of the template into a home that has no system database', () => {
    const template = folder('template');
    write(path.join(template, 'databases', 'system', 'neostore'), 'store');
    write(path.join(template, 'transactions', 'system', 'neostore.transaction.db.0'), 'log');
    const home = folder('home');
    write(path.join(home, 'data', 'databases', 'neo4j', 'neostore'), 'imported');

    expect(seedSystemDatabase(home, template)).toBe(true);
    const data = path.join(home, 'data');
    expect(readFileSync(path.join(data, 'databases', 'system', 'neostore'), 'utf8')).toBe('store');
    expect(
      readFileSync(path.join(data, 'transactions', 'system', 'neostore.transaction.db.0'), 'utf8'),
    ).toBe('log');
    expect(readFileSync(path.join(data, 'databases', 'neo4j', 'neostore'), 'utf8')).toBe(
      'imported',
    );
  });

  it('leaves a system database the home already has untouched', () => {
    const template = folder('template');
    write(path.join(template, 'databases', 'system', 'neostore'), 'template');
    write(path.join(template, 'transactions', 'system', 'log'), 'template');
    const home = folder('home');
    write(path.join(home, 'data', 'databases', 'system', 'neostore'), 'own');

    expect(seedSystemDatabase(home, template)).toBe(false);
    expect(readFileSync(path.join(home, 'data', 'databases', 'system', 'neostore'), 'utf8')).toBe(
      'own',
    );
    expect(existsSync(path.join(home, 'data', 'transactions', 'system'))).toBe(false);
  });

  it('copies nothing when no template was prepared', () => {
    const home = folder('home');
    expect(seedSystemDatabase(home, path.join(home, 'no-template'))).toBe(false);
    expect(existsSync(path.join(home, 'data', 'databases', 'system'))).toBe(false);
  });
});
