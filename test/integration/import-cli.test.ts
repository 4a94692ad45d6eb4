/**
 * `npm run import` and `npm run merges` as processes: a clean message, never a stack trace, when
 * Neo4j cannot be reached or the file is refused; the report counts rows and lists each refused
 * row's problems; the rejects file holds each refused row's exact text; near-misses are listed
 * with their reasons.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { freePort } from '@policygraph/db';
import { testConnection, testDriver } from '../support/neo4j.ts';
import { freshSeedGraph, importFixture, runImportCli } from './import-support.ts';

let driver: Driver;
const uri = testConnection().uri;
const folder = mkdtempSync(path.join(os.tmpdir(), 'import-cli-'));
const STACK_LINE = /^\s+at /m;

beforeAll(async () => {
  driver = testDriver();
  await freshSeedGraph(driver);
});
afterAll(async () => {
  await driver?.close();
});

describe('the import and merges commands', () => {
  it('say in one message that Neo4j cannot be reached, with no stack trace', async () => {
    const nowhere = `bolt://127.0.0.1:${await freePort()}`;
    const file = importFixture('cn-sanctions.csv');
    const imported = await runImportCli(
      'cli.ts',
      ['cn-sanctions', file, '--as-of', '2026-08-22'],
      nowhere,
    );
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(
      new RegExp(
        `^error \\[NEO4J_UNREACHABLE\\]: Neo4j cannot be reached at ${nowhere} \\(connect ECONNREFUSED [^)]+\\)\\. Is it running`,
      ),
    );
    expect(imported.stderr).toContain('Nothing was written.');
    expect(imported.stderr).not.toMatch(STACK_LINE);
    const merges = await runImportCli('merges-cli.ts', [], nowhere);
    expect(merges.code).toBe(1);
    expect(merges.stderr).toMatch(/^error \[NEO4J_UNREACHABLE\]: Neo4j cannot be reached at /);
    expect(merges.stderr).not.toMatch(STACK_LINE);
  });

  it('refuse a broken quote even with --accept-valid, naming the line after which nothing can be read', async () => {
    const rejects = path.join(folder, 'broken-rejects.csv');
    const run = await runImportCli(
      'cli.ts',
      [
        'cn-sanctions',
        importFixture('cn-sanctions-broken-quote.csv'),
        '--as-of',
        '2026-08-22',
        '--accept-valid',
        '--rejects',
        rejects,
      ],
      uri,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^\[BROKEN_CSV\] .*row 2 \(line 3\): a quote opens field 3 on line 3 and is never closed, so the rows after line 3 cannot be read/,
    );
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('count refused rows once, list their problems, and write each refused row’s exact text to the rejects file', async () => {
    const rejects = path.join(folder, 'rejects.csv');
    const file = importFixture('cn-sanctions-row-problems.csv');
    const run = await runImportCli(
      'cli.ts',
      ['cn-sanctions', file, '--as-of', '2026-08-22', '--accept-valid', '--rejects', rejects],
      uri,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`1 refused row(s) written to ${rejects}`);
    expect(run.stdout).toContain('  rows: 2 read, 1 loaded, 1 refused');
    expect(run.stdout).toContain(
      `  refused: ${file}: row 2 (line 3):\n    Country: "Atlantis" is neither an ISO 3166-1 alpha-2 code, a country name nor a nationality\n    Date: "31.02.2023" is not a day of the calendar`,
    );
    const text = readFileSync(file, 'utf8').split('\n')[2]!;
    const lines = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line.endsWith(`,"${text}"`)).toBe(true);
  });

  it(
    'list namesakes kept apart as near-misses, with the reason',
    { timeout: 180_000 },
    async () => {
      await freshSeedGraph(driver);
      const file = importFixture('cn-sanctions-namesakes.csv');
      expect(
        (await runImportCli('cli.ts', ['cn-sanctions', file, '--as-of', '2026-08-22'], uri)).code,
      ).toBe(0);
      const merges = await runImportCli('merges-cli.ts', ['--near-misses'], uri);
      expect(merges.code).toBe(0);
      const lines = merges.stdout.split('\n');
      for (const expected of [
        'near-miss SAME_NAME       li-wei "Li Wei" ~ li-wei-xx "Li Wei" (shared "li wei"): people need two strong names in common, they share one ("li wei")',
        'near-miss SAME_NAME       national-institute-of-optics "National Institute of Optics" ~ northern-industrial-ordnance "Northern Industrial Ordnance" (shared "nio"): the only names in common are weak ("nio": an acronym)',
        'near-miss SAME_NAME       neil-smith "Neil Smith" ~ robert-smith "Robert Smith" (shared "史密斯"): the only names in common are weak ("史密斯": a name in Chinese script without a given name)',
      ])
        expect(lines).toContain(expected);
    },
  );
});
