import { mkdtemp, readFile, rm, writeFile, readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readSeedDocuments } from '@policygraph/graph-seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Gazetteer } from './gazetteer.ts';
import { DraftInputError, MAX_INPUT_BYTES } from './read-input.ts';
import { draftFile } from './write-draft.ts';

let dir: string;
const graph = new Gazetteer([
  {
    id: 'us-department-of-commerce',
    kind: 'AGENCY',
    name: 'US Department of Commerce',
    aliases: ['Commerce Department', '美国商务部'],
    country: 'US',
  },
  { id: 'river-daily', kind: 'MEDIA_OUTLET', name: 'River Daily', aliases: ['河流日报'] },
]);

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'draft-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function input(name: string, content: string | Buffer): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

describe('draftFile', () => {
  it('writes a seed file the loader reads back, its text, and a sidecar with link candidates', async () => {
    const text =
      'Ferry Rules Tightened\n\nLOWTOWN – The Commerce Department announced new export controls on ferry engines on Monday.\n\n' +
      '“We will enforce them,” said Under Secretary Ana P. Ruiz. “We will enforce them,” Ruiz added, told the River Daily.';
    const file = await input('ferry-rules.txt', text);
    const out = path.join(dir, 'out');
    const drafted = await draftFile(file, out, { publishedOn: '2024-03-06' }, graph);
    expect(drafted.id).toBe('ferry-rules');
    const [validated] = await readSeedDocuments([path.join(out, 'ferry-rules.yaml')]);
    expect(validated!.documentId).toBe('ferry-rules');
    expect(validated!.nodes.map((n) => n.id)).toContain('us-department-of-commerce');
    expect(await readFile(path.join(out, 'ferry-rules.txt'), 'utf8')).toBe(text);
    const seed = parse(await readFile(path.join(out, 'ferry-rules.yaml'), 'utf8'));
    // The repeated quote is told apart by its occurrence, so each statement names its own words.
    expect(seed.statements.map((s: { occurrence?: number }) => s.occurrence)).toEqual([1, 2]);
    const sidecar = JSON.parse(await readFile(path.join(out, 'ferry-rules.draft.json'), 'utf8'));
    const commerce = sidecar.entries.find(
      (e: { id: string }) => e.id === 'us-department-of-commerce',
    );
    expect(commerce.chosen).toBe('us-department-of-commerce');
    expect(commerce.candidates[0]).toMatchObject({
      id: 'us-department-of-commerce',
      kind: 'AGENCY',
      country: 'US',
    });
    expect(commerce.candidates[0].why.join(' ')).toContain('Commerce Department');
  });

  it('drafts a Chinese text by the graph’s Chinese names', async () => {
    const file = await input('cn.txt', '美国商务部周一宣布新的出口管制措施。河流日报报道了此事。');
    const drafted = await draftFile(file, path.join(dir, 'cn-out'), {}, graph);
    const seed = parse(await readFile(drafted.yamlFile, 'utf8'));
    expect(seed.document.language).toBe('zh-Hans');
    expect(seed.actors.map((a: { id: string }) => a.id).sort()).toEqual([
      'river-daily',
      'us-department-of-commerce',
    ]);
  });

  it('refuses an empty, a binary, a non-UTF-8 and an oversized file, naming the file and why', async () => {
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['empty.txt', '  \n', /empty\.txt: the file is empty/],
      [
        'binary.txt',
        Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
        /binary\.txt: a binary file/,
      ],
      [
        'latin1.txt',
        Buffer.from('caf\xe9 au lait', 'latin1'),
        /latin1\.txt: not UTF-8 text \(invalid byte at offset 3\)/,
      ],
      [
        'big.txt',
        'word '.repeat(MAX_INPUT_BYTES / 5 + 10),
        /big\.txt: 1\.0 MB is over the 1 MB limit/,
      ],
    ];
    for (const [name, content, message] of cases) {
      const file = await input(name, content);
      const error = await draftFile(file, path.join(dir, 'refused'), {}, graph).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DraftInputError);
      expect((error as Error).message).toMatch(message);
    }
    expect(await readdir(dir)).not.toContain('refused');
  });

  it('names the output folder when it cannot be made', async () => {
    const notAFolder = await input('taken', 'a file where the folder should be');
    const file = await input('ok.txt', 'The council met today.');
    await expect(draftFile(file, notAFolder, {}, graph)).rejects.toThrow(
      `${notAFolder}: cannot create the output folder (EEXIST)`,
    );
  });
});
