import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SeedValidationError, type SeedProblem } from './problems.ts';
import { readSeedDocuments } from './read-documents.ts';
import { HEAD, SAMPLE_TEXT, writeSeed, writeSeedFiles } from './test-seed-files.ts';

/** The problems readSeedDocuments throws for `files`, without the file (shown as the base name). */
async function problemsOf(
  files: string[],
): Promise<(Omit<SeedProblem, 'message'> & { message: string })[]> {
  try {
    await readSeedDocuments(files);
  } catch (error) {
    expect(error).toBeInstanceOf(SeedValidationError);
    return (error as SeedValidationError).problems.map((problem) => ({
      ...problem,
      file: path.basename(problem.file),
    }));
  }
  throw new Error('expected a SeedValidationError');
}

const MEASURE = `measures:
  - id: t-licence
    name: Widget licence
    measureTypes: [LICENSING_REQUIREMENT]
    status: ANNOUNCED
    announcedOn: '2024-03-08'
    effectiveOn: '2024-04-01'
    evidence: ['shall not be exported without a licence']
`;

describe('validation problems', () => {
  it('reports every problem of every file at once, each with file, entry and field', async () => {
    const { 'a.yaml': a, 'b.yaml': b } = writeSeedFiles({
      'a.yaml': `${HEAD}actors:
  - { id: t-ministry, kind: MINISTRY, name: Ministry of Trade, evidence: ['Ministry of Trade'] }
  - { id: t-rassendyll, kind: PERSON, name: Rassendyll, evidence: ['Rassendyll'] }
  - { id: t-daily, kind: MEDIA_OUTLET, name: Daily Example, evidence: ['daily example'] }
relationships:
  - { from: t-rassendyll, type: HOLDS_ROLE, role: spokesperson, to: t-minstry, evidence: ['spokesperson'] }
  - { from: t-rassendyll, type: HOLDS_ROLE, role: spokesperson, to: t-ministry, evidence: ['spokesperson'] }
`,
      'a.txt': SAMPLE_TEXT,
      'b.yaml': `document: { id: t-other, title: Other, documentType: ARTICLE, publishedOn: '2024-02-30' }
items:
  - { id: t-widget, name: Widget, itemType: PRODUCT, evidence: ['blue widgets'] }
  - { id: t-widget, name: Widget, itemType: PRODUCT, evidence: ['blue widgets'] }
`,
      'b.txt': SAMPLE_TEXT,
    });
    const problems = await problemsOf([a!, b!]);
    expect(problems.map(({ code, file, entry, field }) => ({ code, file, entry, field }))).toEqual([
      { code: 'SCHEMA', file: 'a.yaml', entry: 'actors[0] (t-ministry)', field: 'kind' },
      { code: 'UNKNOWN_REFERENCE', file: 'a.yaml', entry: 'relationships[0]', field: 'to' },
      {
        code: 'QUOTE_AMBIGUOUS',
        file: 'a.yaml',
        entry: 'actors[1] (t-rassendyll)',
        field: 'evidence[0]',
      },
      {
        code: 'QUOTE_NOT_FOUND',
        file: 'a.yaml',
        entry: 'actors[2] (t-daily)',
        field: 'evidence[0]',
      },
      { code: 'DUPLICATE_ID', file: 'b.yaml', entry: 'items[1] (t-widget)', field: 'id' },
      { code: 'IMPOSSIBLE_DATE', file: 'b.yaml', entry: 'document', field: 'publishedOn' },
    ]);
    expect(problems[1]!.message).toContain('did you mean "t-ministry"?');
  });

  it('names missing, unknown and ill-typed fields', async () => {
    const problems = await problemsOf([
      writeSeed(`actors:
  - { id: Bad Id, kind: PERSON, evidence: [] , country: XX, nickname: Rudi }
relationships:
  - { from: t-a, type: HOLDS_ROLE, to: t-b, status: ANNOUNCED, evidence: [{ quote: x, occurence: 2 }] }
`),
    ]);
    expect(problems.map(({ entry, field, message }) => `${entry} ${field}: ${message}`)).toEqual([
      'actors[0] (Bad Id) id: must be a slug: lower-case letters and digits joined by single hyphens, e.g. "mao-ning"',
      'actors[0] (Bad Id) name: is required',
      'actors[0] (Bad Id) country: "XX" is not a country code: give an ISO 3166-1 alpha-2 code such as "CN" or "US", or "EU"',
      'actors[0] (Bad Id) evidence: must have at least 1 entry',
      'actors[0] (Bad Id) nickname: is not a known field',
      'relationships[0] evidence[0].occurence: is not a known field',
      'relationships[0] role: is required for HOLDS_ROLE',
      'relationships[0] status: is only allowed on REPORTS_STATUS',
    ]);
  });

  it('refuses relationships between kinds the data model does not join', async () => {
    const problems = await problemsOf([
      writeSeed(`${MEASURE}items:
  - { id: t-widget, name: Widget, itemType: PRODUCT, evidence: ['blue widgets'] }
statements:
  - { id: t-said, speaker: t-widget, form: PARAPHRASE, quote: it targets no one }
relationships:
  - { from: t-widget, type: COVERS, to: t-licence, evidence: ['blue widgets'] }
`),
    ]);
    expect(problems.map(({ code, field }) => `${code} ${field}`)).toEqual([
      'WRONG_KIND speaker',
      'WRONG_KIND type',
    ]);
    expect(problems[1]!.message).toBe(
      'COVERS: its source must be MEASURE, but "t-widget" is ITEM; its target must be ITEM, but "t-licence" is MEASURE.',
    );
  });

  it('refuses a relationship stated twice, also once by shorthand and once in the list', async () => {
    const problems = await problemsOf([
      writeSeed(`actors:
  - { id: t-rassendyll, kind: PERSON, name: Rassendyll, evidence: ['spokesperson Rudolf Rassendyll'] }
statements:
  - { id: t-said, speaker: t-rassendyll, form: PARAPHRASE, quote: it targets no one }
relationships:
  - { from: t-said, type: SAID_BY, to: t-rassendyll, evidence: ['Rassendyll said'] }
`),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'DUPLICATE_RELATIONSHIP',
        entry: 'relationships[0]',
        message:
          'relationship t-said|SAID_BY|t-rassendyll is already stated by statements[0] (t-said), speaker.',
      }),
    ]);
  });

  it('refuses dates in an impossible order', async () => {
    const problems = await problemsOf([
      writeSeed(`${MEASURE.replace("'2024-04-01'", "'2024-03-01'")}documents:
  - { id: t-later, title: Later, documentType: REPORT, publishedOn: '2024-05-01', evidence: ['Example Wire'] }
actors:
  - { id: t-rassendyll, kind: PERSON, name: Rassendyll, evidence: ['spokesperson Rudolf Rassendyll'] }
statements:
  - { id: t-said, speaker: t-rassendyll, form: PARAPHRASE, quote: it targets no one, date: '2024-04' }
relationships:
  - { from: t-doc, type: RELAYS, to: t-later, evidence: ['(Example Wire)'] }
  - { from: t-doc, type: REPORTS_STATUS, to: t-licence, status: ANNOUNCED, asOf: '2024-03-11', evidence: ['said on Friday'] }
  - { from: t-doc, type: REPORTS_STATUS, to: t-licence, status: IN_EFFECT, asOf: '2024-03-07', evidence: ['shall not be exported'] }
`),
    ]);
    expect(problems.map(({ code, entry, field }) => `${code} ${entry} ${field}`)).toEqual([
      'IMPOSSIBLE_DATE measures[0] (t-licence) effectiveOn',
      'IMPOSSIBLE_DATE statements[0] (t-said) date',
      'IMPOSSIBLE_DATE relationships[0] RELAYS',
      'IMPOSSIBLE_DATE relationships[1] asOf',
      'IMPOSSIBLE_DATE relationships[2] asOf',
    ]);
    expect(problems.map((problem) => problem.message)).toContain(
      'reports IN_EFFECT as of 2024-03-07, before t-licence was announced (2024-03-08).',
    );
  });

  it('refuses a status reported in effect before the measure takes effect', async () => {
    const problems = await problemsOf([
      writeSeed(`${MEASURE.replace('ANNOUNCED', 'IN_EFFECT')}relationships:
  - { from: t-doc, type: REPORTS_STATUS, to: t-licence, status: IN_EFFECT, asOf: '2024-03-09', evidence: ['said on Friday'] }
`),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'IMPOSSIBLE_DATE',
        entry: 'relationships[0]',
        field: 'asOf',
        message: 'reports IN_EFFECT as of 2024-03-09, before t-licence takes effect (2024-04-01).',
      }),
    ]);
  });

  it('refuses a measure status other than its latest reported one', async () => {
    const problems = await problemsOf([
      writeSeed(`${MEASURE}relationships:
  - { from: t-doc, type: REPORTS_STATUS, to: t-licence, status: UNDER_CONSIDERATION, asOf: '2024-03-01', evidence: ['said on Friday'] }
`),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'STATUS_MISMATCH',
        entry: 'measures[0] (t-licence)',
        field: 'status',
      }),
    ]);
  });

  it('refuses one id declared as different kinds in two files', async () => {
    const { 'a.yaml': a, 'b.yaml': b } = writeSeedFiles({
      'a.yaml': `${HEAD}items:\n  - { id: t-acme, name: Acme, itemType: PRODUCT, evidence: ['blue widgets'] }\n`,
      'a.txt': SAMPLE_TEXT,
      'b.yaml': `${HEAD.replace('t-doc', 't-doc-b')}actors:\n  - { id: t-acme, kind: COMPANY, name: Acme, evidence: ['blue widgets'] }\n`,
      'b.txt': SAMPLE_TEXT,
    });
    const problems = await problemsOf([a!, b!]);
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'CONFLICTING_DEFINITION',
        file: 'b.yaml',
        entry: 'actors[0] (t-acme)',
        field: 'kind',
      }),
    ]);
  });

  it('reports unreadable files, a missing text and malformed YAML', async () => {
    const { 'doc.yaml': doc, 'bad.yaml': bad } = writeSeedFiles({
      'doc.yaml': HEAD,
      'bad.yaml': 'document: [',
    });
    const problems = await problemsOf([
      doc!,
      bad!,
      `${doc}.missing.yaml`,
      doc!.replace(/yaml$/, 'txt'),
    ]);
    expect(problems.map(({ code }) => code)).toEqual([
      'TEXT_NOT_FOUND',
      'YAML_SYNTAX',
      'FILE_UNREADABLE',
      'FILE_UNREADABLE',
    ]);
    expect(problems[0]!.message).toContain('doc.txt cannot be read (ENOENT)');
  });
});
