import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, SeedValidationError, type SeedProblem } from './problems.ts';
import { readSeedDocuments } from './read-documents.ts';
import { HEAD, SAMPLE_TEXT, writeSeed, writeSeedFiles } from './test-seed-files.ts';

/** The problems readSeedDocuments throws for `files`, the file shown as its base name. */
async function problemsOf(files: string[]): Promise<SeedProblem[]> {
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

/** The problem lines of one seed file `doc.yaml` with `content` (HEAD not added) over `text`. */
async function linesOf(content: string, text = SAMPLE_TEXT): Promise<string[]> {
  const files = writeSeedFiles({ 'doc.yaml': content, 'doc.txt': text });
  return (await problemsOf([files['doc.yaml']!])).map(formatProblem);
}

const actor = (fields: string) =>
  `${HEAD}actors:\n  - { id: t-a, kind: AGENCY, name: Ministry of Trade, evidence: ['Ministry of Trade'], ${fields} }\n`;

describe('country codes', () => {
  it.each(['ZZ', 'UN', 'EZ', 'QO', 'XA', 'SU', 'DD', 'YU', 'AN', 'XK', 'cn', 'CHN'])(
    'refuses %s, naming the field and the value',
    async (code) => {
      expect(await linesOf(actor(`country: ${code}`))).toEqual([
        `doc.yaml: actors[0] (t-a): country: [SCHEMA] "${code}" is not a country code: give an ISO 3166-1 alpha-2 code such as "CN" or "US", or "EU"`,
      ]);
    },
  );

  it('accepts ISO 3166-1 alpha-2 codes and EU', async () => {
    for (const code of ['CN', 'US', 'TW', 'HK', 'DE', 'EU']) {
      const [document] = await readSeedDocuments([
        writeSeed(actor(`country: ${code}`).slice(HEAD.length)),
      ]);
      expect(document!.nodes.find((node) => node.id === 't-a')!.properties.country).toBe(code);
    }
  });
});

describe('half characters (lone UTF-16 surrogates)', () => {
  const text = 'Smile 😀 and 𠀀 wave.';

  it('refuses a quote that is a lone surrogate, or starts or ends inside a character', async () => {
    const lines = await linesOf(
      `${HEAD}actors:
  - { id: t-a, kind: PERSON, name: Smiler, evidence: ["\\uD83D", "\\uDE00 and", "Smile \\uD83D"] }
statements:
  - { id: t-s, speaker: t-a, form: PARAPHRASE, quote: "and \\uD840" }
`,
      text,
    );
    expect(lines).toEqual([
      'doc.yaml: actors[0] (t-a): evidence[0]: [QUOTE_SPLITS_CHARACTER] quote "\\ud83d" holds half of a character (the lone UTF-16 surrogate \\uD83D at character 0), so it would start or end inside a character of the text: quote whole characters, copied from the text.',
      expect.stringContaining(
        'evidence[1]: [QUOTE_SPLITS_CHARACTER] quote "\\ude00 and" holds half of a character (the lone UTF-16 surrogate \\uDE00 at character 0)',
      ),
      expect.stringContaining(
        'evidence[2]: [QUOTE_SPLITS_CHARACTER] quote "Smile \\ud83d" holds half of a character (the lone UTF-16 surrogate \\uD83D at character 6)',
      ),
      expect.stringContaining('statements[0] (t-s): quote: [QUOTE_SPLITS_CHARACTER]'),
    ]);
  });

  it('refuses a name or alias holding half a character, and accepts whole ones', async () => {
    expect(
      await linesOf(
        `${HEAD}actors:\n  - { id: t-a, kind: PERSON, name: "Smiler \\uD83D", aliases: ["ok 😀", "\\uDE00"], evidence: ['Smile 😀'] }\n`,
        text,
      ),
    ).toEqual([
      'doc.yaml: actors[0] (t-a): aliases[1]: [SCHEMA] holds half of a character (the lone UTF-16 surrogate \\uDE00 at character 0): write the whole character',
      'doc.yaml: actors[0] (t-a): name: [SCHEMA] holds half of a character (the lone UTF-16 surrogate \\uD83D at character 7): write the whole character',
    ]);
  });
});

describe('YAML the parser gives up on', () => {
  it('reports an alias bomb as a problem of the file instead of crashing', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 8; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    expect(await linesOf(`${levels.join('\n')}\n`)).toEqual([
      'doc.yaml: [YAML_SYNTAX] cannot be read as a seed file: its aliases (*name) expand too far (a limit guards against alias bombs); write the values out.',
    ]);
  });

  it('reports nesting too deep for the parser', async () => {
    const lines = await linesOf(`document: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^doc\.yaml: (line 1, column \d+: )?\[YAML_SYNTAX\] (is nested too deeply|cannot be read as a seed file: it is nested too deeply)\.$/,
    );
  });
});

describe('schema messages in the words of the format', () => {
  it('explains a file that is empty, a list or a single value', async () => {
    const expected = (found: string) => [
      `doc.yaml: [SCHEMA] ${found}: a seed file is a mapping with \`document:\` and the sections of docs/seed-format.md (\`actors:\`, \`relationships:\`, …).`,
    ];
    expect(await linesOf('')).toEqual(expected('the file is empty'));
    expect(await linesOf('# only a comment\n')).toEqual(expected('the file is empty'));
    expect(await linesOf('- a\n- b\n')).toEqual(expected('the file is a list'));
    expect(await linesOf('hello\n')).toEqual(expected('the file is a single value'));
  });

  it('says what is expected and what was found, for sections, entries and fields', async () => {
    expect(
      await linesOf(`document: [1, 2]
actors: { a: 1 }
`),
    ).toEqual([
      'doc.yaml: document: [SCHEMA] must be a mapping of fields (`field: value`), but it is a list',
      'doc.yaml: actors: [SCHEMA] must be a list (`[a, b]` or lines starting with `- `), but it is a mapping of fields',
    ]);
    expect(
      await linesOf(`${HEAD}actors:
  - null
  - { id: t-a, kind: PERSON, name: 12, aliases: Rudi, evidence: [{ quote: Rassendyll, occurrence: null }, { quote: Rassendyll, occurrence: 0 }] }
`),
    ).toEqual([
      'doc.yaml: actors[0]: [SCHEMA] must be a mapping of fields (`field: value`), but it is empty (null)',
      'doc.yaml: actors[1] (t-a): aliases: [SCHEMA] must be a list (`[a, b]` or lines starting with `- `), but it is text',
      'doc.yaml: actors[1] (t-a): name: [SCHEMA] must be text, but it is a number (write it in quotes to make it text)',
      'doc.yaml: actors[1] (t-a): evidence[0].occurrence: [SCHEMA] must be a whole number from 1 (1 is the first occurrence in the text)',
      'doc.yaml: actors[1] (t-a): evidence[1].occurrence: [SCHEMA] must be a whole number from 1 (1 is the first occurrence in the text)',
    ]);
    expect(await linesOf(HEAD.replace('  publishedOn', '  url: not a url\n  publishedOn'))).toEqual(
      ['doc.yaml: document: url: [SCHEMA] must be a URL such as "https://example.com/page"'],
    );
    for (const line of [
      ...(await linesOf('document:\n')),
      ...(await linesOf(`${HEAD}items: [[1]]\n`)),
    ])
      expect(line).not.toMatch(/Invalid input|received|expected|record|object|array/);
  });
});

describe('quotes that match only after Unicode normalisation', () => {
  const text = 'The Café de Flore and the ﬁrm’s Ｗｉｄｇｅｔ.';

  it('get a hint naming the normalisation, and are never matched', async () => {
    const nfd = 'Cafe\u0301 de Flore';
    const lines = await linesOf(
      `${HEAD}actors:\n  - { id: t-a, kind: COMPANY, name: Cafe, evidence: ["${nfd}", "firm’s Widget"] }\n`,
      text,
    );
    expect(lines).toEqual([
      expect.stringMatching(
        /evidence\[0\]: \[QUOTE_NOT_FOUND\] quote "Cafe\u0301 de Flore" does not occur in the document text\. It occurs when both are put in the same Unicode normalisation form: .*NFD.*NFC.*copy the text exactly\.$/,
      ),
      expect.stringMatching(
        /evidence\[1\]: \[QUOTE_NOT_FOUND\] .* It occurs when compatibility characters are folded .*copy the text exactly\.$/,
      ),
    ]);
  });
});
