import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from './read-list-file.ts';
import { planImport } from './import-plan.ts';
import {
  JudgementIndex,
  appendJudgement,
  parseJudgements,
  readJudgements,
  type Judgement,
} from './judgements.ts';
import type { KnownActor } from './merge-rules.ts';

const fixture = path.join(
  import.meta.dirname,
  '../../test/fixtures/import/cn-sanctions-namesakes.csv',
);
const judgement = (over: Partial<Judgement>): Judgement => ({
  decision: 'different',
  a: 'a',
  b: 'b',
  aRows: [],
  bRows: [],
  who: 'tester',
  when: '2026-12-06T12:00:00.000Z',
  why: 'test',
  score: null,
  ...over,
});

describe('judgements', () => {
  it('reads, appends and checks the judgements file, naming the line of a bad entry', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'judgements-')), 'j.jsonl');
    expect(await readJudgements(file)).toEqual([]);
    await appendJudgement(judgement({ decision: 'same' }), file);
    await appendJudgement(judgement({ decision: 'different', why: 'changed my mind' }), file);
    expect((await readJudgements(file)).map((j) => j.decision)).toEqual(['same', 'different']);
    expect(() => parseJudgements('{"decision":"maybe","a":"x","b":"y"}\n', 'f.jsonl')).toThrow(
      /^f\.jsonl: line 1: decision: /,
    );
  });

  it('lets the latest judgement of a pair win, by ids and by rows', () => {
    const index = new JudgementIndex([
      judgement({ decision: 'same', aRows: ['d|1'], bRows: ['d|2'] }),
      judgement({ decision: 'different', aRows: ['d|1'], bRows: ['d|2'] }),
    ]);
    expect(index.apart({ id: 'x', rows: ['d|2'] }, { id: 'y', rows: ['d|1'] })).toBe(true);
    expect(index.together({ rows: ['d|2'] }, { rows: ['d|1'] })).toBe(false);
    expect(index.of('b', 'a')?.why).toBe('test');
  });

  it('are replayed by planning: a pair judged the same merges, one judged different never does', async () => {
    const input = await readImportFile({
      format: 'cn-sanctions',
      file: fixture,
      asOf: '2026-08-22',
    });
    const first = planImport(input, { actors: [], takenIds: new Set() });
    const liWei = first.outcomes.filter((o) => o.name === 'Li Wei');
    expect(liWei.map((o) => [o.nodeId, o.rule])).toEqual([
      ['li-wei', 'NEW'],
      ['li-wei-xx', 'NEW'],
    ]);
    const rows = (o: (typeof liWei)[number]) => [`${first.documentId}|${o.row}`];
    const same = judgement({
      decision: 'same',
      a: 'li-wei',
      b: 'li-wei-xx',
      aRows: rows(liWei[0]!),
      bRows: rows(liWei[1]!),
    });
    // A fresh load (the graph rebuilt from the files) replays the judgement.
    const again = planImport(input, { actors: [], takenIds: new Set(), judgements: [same] });
    expect(
      again.outcomes.filter((o) => o.name === 'Li Wei').map((o) => [o.nodeId, o.rule]),
    ).toEqual([
      ['li-wei', 'NEW'],
      ['li-wei', 'JUDGEMENT'],
    ]);
    // A pair the rules would merge stays apart once judged different, import after import.
    const cobalt = first.outcomes.filter((o) => o.name === 'Cobalt Ridge Systems');
    expect(cobalt.map((o) => o.rule)).toEqual(['NEW', 'SAME_DATASET_NAME']);
    const apart = judgement({
      a: 'cobalt-ridge-systems',
      b: 'cobalt-ridge-systems-2',
      aRows: [`${first.documentId}|${cobalt[0]!.row}`],
      bRows: [`${first.documentId}|${cobalt[1]!.row}`],
    });
    const kept = planImport(input, { actors: [], takenIds: new Set(), judgements: [apart] });
    const keptCobalt = kept.outcomes.filter((o) => o.name === 'Cobalt Ridge Systems');
    expect(keptCobalt.map((o) => o.rule)).toEqual(['NEW', 'NEW']);
    expect(keptCobalt[1]!.nearMisses[0]?.reason).toBe('judged different by a person');
    // And over a graph that already holds the first node (a later import of a newer version).
    const stored: KnownActor = {
      id: 'cobalt-ridge-systems',
      kind: 'COMPANY',
      name: 'Cobalt Ridge Systems',
      aliases: [],
      country: null,
      wikidataId: null,
      datasets: ['cn-sanctions'],
      rows: [`${first.documentId}|${cobalt[0]!.row}`],
    };
    const later = planImport(input, {
      actors: [stored],
      takenIds: new Set([stored.id]),
      judgements: [apart],
    });
    expect(
      later.outcomes
        .filter((o) => o.name === 'Cobalt Ridge Systems')
        .map((o) => [o.nodeId, o.rule]),
    ).toEqual([
      ['cobalt-ridge-systems', 'SOURCE_ROW'],
      ['cobalt-ridge-systems-xx', 'NEW'],
    ]);
  });
});
