import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportRefusedError } from './import-errors.ts';
import { resolveProvenance } from './source-provenance.ts';

function dataFile(sidecars: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'source-provenance-'));
  const file = path.join(dir, 'list.csv');
  writeFileSync(file, 'name\nx\n');
  for (const [suffix, text] of Object.entries(sidecars)) writeFileSync(`${file}${suffix}`, text);
  return file;
}

async function refusal(promise: Promise<unknown>): Promise<ImportRefusedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportRefusedError);
  return error as ImportRefusedError;
}

describe('resolveProvenance', () => {
  it('records what nobody said as unknown, the format giving only the title', async () => {
    const file = dataFile();
    expect(await resolveProvenance({ file, formatTitle: 'A list (x format)' })).toEqual({
      title: 'A list (x format)',
      origin: 'unknown',
      licence: 'unknown',
      attribution: 'unknown',
      url: null,
      givenBy: [],
    });
  });

  it('reads a YAML sidecar next to the file, flags winning field by field', async () => {
    const file = dataFile({
      '.source.yaml': "origin: 'Our own list, typed from the gazette'\nlicence: CC0\ncredit: Us\n",
    });
    expect(
      await resolveProvenance({
        file,
        formatTitle: 'A list',
        flags: { credit: 'The research desk', sourceUrl: 'https://example.org/list' },
      }),
    ).toEqual({
      title: 'A list',
      origin: 'Our own list, typed from the gazette',
      licence: 'CC0',
      attribution: 'The research desk',
      url: 'https://example.org/list',
      givenBy: [`${file}.source.yaml`, 'flags'],
    });
  });

  it('reads a JSON sidecar given by path', async () => {
    const file = dataFile();
    const sidecar = path.join(path.dirname(file), 'elsewhere.json');
    writeFileSync(sidecar, JSON.stringify({ title: 'Gazette list', licence: 'public domain' }));
    const provenance = await resolveProvenance({ file, formatTitle: 'x', sourceFile: sidecar });
    expect([provenance.title, provenance.licence, provenance.origin]).toEqual([
      'Gazette list',
      'public domain',
      'unknown',
    ]);
  });

  it('refuses a sidecar with a bad or unknown field, naming the file and the field', async () => {
    const file = dataFile({
      '.source.json': '{"licence": 3, "sourceUrl": "ftp://x", "owner": "me"}',
    });
    const error = await refusal(resolveProvenance({ file, formatTitle: 'x' }));
    expect(error.code).toBe('SOURCE_INVALID');
    expect(error.lines).toEqual([
      `${file}.source.json: licence: licence must be text`,
      `${file}.source.json: sourceUrl: sourceUrl must be an http(s) URL`,
      `${file}.source.json: "owner": not a field of a source file (title, origin, licence, credit, sourceUrl)`,
    ]);
  });

  it('refuses a sidecar that is not YAML, a missing sidecar given by path, and an empty flag', async () => {
    const file = dataFile({ '.source.yml': 'origin: [unclosed' });
    expect((await refusal(resolveProvenance({ file, formatTitle: 'x' }))).lines[0]).toMatch(
      new RegExp(
        `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.source\\.yml: is not valid YAML`,
      ),
    );
    expect(
      (await refusal(resolveProvenance({ file, formatTitle: 'x', sourceFile: `${file}.nope` })))
        .lines,
    ).toEqual([`${file}.nope: cannot be read (ENOENT)`]);
    expect(
      (
        await refusal(
          resolveProvenance({ file: dataFile(), formatTitle: 'x', flags: { origin: ' ' } }),
        )
      ).lines,
    ).toEqual(['flags: origin: origin is empty']);
  });
});
