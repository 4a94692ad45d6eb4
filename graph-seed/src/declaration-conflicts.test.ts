import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDeclarationConflicts, type StoredNode } from './declaration-conflicts.ts';
import { comparedValues } from './owned-properties.ts';
import { formatProblem, SeedValidationError } from './problems.ts';
import { readSeedDocuments } from './read-documents.ts';
import { HEAD, SAMPLE_TEXT, writeSeedFiles } from './test-seed-files.ts';

const MINISTRY = `{ id: t-ministry, kind: AGENCY, name: Ministry of Trade, country: RU, evidence: ['Ministry of Trade'] }`;

/** Seed files a.yaml (declaring the ministry first) and b.yaml (`bActors`), both over SAMPLE_TEXT. */
function twoFiles(bActors: string): [string, string] {
  const files = writeSeedFiles({
    'a.yaml': `${HEAD}actors:\n  - ${MINISTRY}\n`,
    'a.txt': SAMPLE_TEXT,
    'b.yaml': `${HEAD.replace('t-doc', 't-doc-b')}actors:\n${bActors}`,
    'b.txt': SAMPLE_TEXT,
  });
  return [files['a.yaml']!, files['b.yaml']!];
}

async function lines(files: string[]): Promise<string[]> {
  try {
    await readSeedDocuments(files);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems.map((problem) =>
      formatProblem({ ...problem, file: path.basename(problem.file) }),
    );
  }
  return [];
}

describe('a node declared by two files', () => {
  it('may get aliases and evidence from the second, and the same values again', async () => {
    const [a, b] = twoFiles(
      `  - { id: t-ministry, kind: AGENCY, name: Ministry of Trade, aliases: [MoT], evidence: ['The Ministry'] }\n`,
    );
    expect(await lines([a, b])).toEqual([]);
  });

  it('refuses another name, country or description in the second, naming file, entry and field', async () => {
    const [a, b] = twoFiles(
      `  - { id: t-ministry, kind: AGENCY, name: MoT, country: US, description: A ministry., evidence: ['The Ministry'] }\n`,
    );
    const owner = `t-doc (${a}, actors[0] (t-ministry))`;
    expect((await lines([a, b])).map((line) => line.replace(a, a))).toEqual([
      `b.yaml: actors[0] (t-ministry): name: [PROPERTY_CONFLICT] "t-ministry" is declared in ${owner} with name "Ministry of Trade"; this file says "MoT"; write name: "Ministry of Trade" here and add "MoT" to aliases.`,
      `b.yaml: actors[0] (t-ministry): description: [PROPERTY_CONFLICT] "t-ministry" is declared in ${owner} without description; this file says "A ministry."; a node's description comes from the document that declared it first: leave it out here, or add it there.`,
      `b.yaml: actors[0] (t-ministry): country: [PROPERTY_CONFLICT] "t-ministry" is declared in ${owner} with country "RU"; this file says "US"; a node's country comes from the document that declared it first: leave it out here, or change it there.`,
    ]);
  });
});

describe('findDeclarationConflicts against stored nodes', () => {
  const stored = (declaredIn: string | null, kind = 'AGENCY'): Map<string, StoredNode> =>
    new Map([
      [
        't-ministry',
        {
          id: 't-ministry',
          kind,
          declaredIn,
          values: comparedValues(kind, { name: 'Stored Ministry', country: 'CN' }),
        },
      ],
    ]);

  it('checks a declaration against the stored owner, and lets the owner itself change its values', async () => {
    const [a] = twoFiles('');
    const [document] = await readSeedDocuments([a]);
    const other = findDeclarationConflicts([document!], stored('t-elsewhere'));
    expect(other.map((problem) => `${problem.code} ${problem.entry} ${problem.field}`)).toEqual([
      'PROPERTY_CONFLICT actors[0] (t-ministry) name',
      'PROPERTY_CONFLICT actors[0] (t-ministry) country',
    ]);
    expect(other[0]!.message).toContain(
      'declared in t-elsewhere (in the database) with name "Stored Ministry"',
    );
    expect(findDeclarationConflicts([document!], stored('t-doc'))).toEqual([]);
    expect(findDeclarationConflicts([document!], stored(null))).toEqual([]);
  });

  it('reports an id stored as another kind, naming the entry and the field', async () => {
    const [a] = twoFiles('');
    const [document] = await readSeedDocuments([a]);
    expect(findDeclarationConflicts([document!], stored('t-elsewhere', 'ITEM'))).toEqual([
      expect.objectContaining({
        code: 'KIND_CONFLICT',
        entry: 'actors[0] (t-ministry)',
        field: 'kind',
        message: expect.stringContaining(
          '"t-ministry" is stored as ITEM (declared in t-elsewhere), here AGENCY',
        ),
      }),
    ]);
  });

  it('follows ownership through the load: a node its owner no longer declares goes to the next document', async () => {
    const [a, b] = twoFiles(
      `  - { id: t-ministry, kind: AGENCY, name: Other Name, evidence: ['The Ministry'] }\n`,
    );
    const [, later] = await readSeedDocuments([a, b]).catch(() => [null, null]);
    expect(later).toBeNull(); // the files disagree…
    const { 'c.yaml': c } = writeSeedFiles({ 'c.yaml': `${HEAD}\n`, 'c.txt': SAMPLE_TEXT });
    const [bOnly] = await readSeedDocuments([b]);
    const [aWithout] = await readSeedDocuments([c!]);
    // …but once t-doc (the stored owner) no longer declares it, b.yaml takes it over in the same load.
    expect(findDeclarationConflicts([aWithout!, bOnly!], stored('t-doc'))).toEqual([]);
    expect(findDeclarationConflicts([bOnly!, aWithout!], stored('t-doc'))).toHaveLength(1);
  });
});
