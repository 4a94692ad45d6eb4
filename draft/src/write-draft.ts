/**
 * Drafts one input file into an output folder: `<id>.yaml` (the seed file), `<id>.txt` (the text,
 * byte for byte) and `<id>.draft.json` (the sidecar). The seed file is checked by the loader's own
 * validation (validateSeedSource, in memory) first; a draft it refuses is not written and
 * the error says it is a fault of the drafting.
 */
import { mkdir, writeFile, access, constants } from 'node:fs/promises';
import path from 'node:path';
import { SeedValidationError, validateSeedSource } from '@policygraph/graph-seed';
import { stringify } from 'yaml';
import type { DocumentMeta } from './document.ts';
import { draftText } from './draft.ts';
import { emitSeed, type Emitted } from './emit.ts';
import { slug } from './emit-ids.ts';
import type { Gazetteer } from './gazetteer.ts';
import { readInputText } from './read-input.ts';

/** Flags the command line gives for every document of a run. */
export type DraftFlags = Partial<
  Pick<DocumentMeta, 'title' | 'publishedOn' | 'outlet' | 'url' | 'documentType' | 'language'>
>;

/** What drafting one file produced. */
export interface DraftedFile {
  input: string;
  id: string;
  yamlFile: string;
  counts: {
    actors: number;
    linked: number;
    statements: number;
    items: number;
    measures: number;
    relationships: number;
  };
  notes: string[];
}

/** A draft the loader refused: a fault of the drafting, reported with the loader's message. */
export class DraftRefusedError extends Error {
  constructor(file: string, detail: string) {
    super(
      `${file}: the draft does not pass the loader's validation (a fault of the drafting, please report it):\n${detail}`,
    );
    this.name = 'DraftRefusedError';
  }
}

/** The language of a text: `zh-Hans` when most letters are Han characters, else `en`. */
export function guessLanguage(text: string): string {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  return han > latin ? 'zh-Hans' : 'en';
}

/** Drafts `text` as document `id` and checks the result with the loader; returns the seed and sidecar. */
export async function draftAndValidate(
  text: string,
  id: string,
  flags: DraftFlags,
  gazetteer: Gazetteer,
  file: string,
): Promise<Emitted> {
  const meta: DocumentMeta = {
    id,
    documentType: flags.documentType ?? 'ARTICLE',
    ...flags,
    language: flags.language ?? guessLanguage(text),
  };
  const { doc, candidates } = draftText(text, meta, gazetteer);
  const known = gazetteer.nodes.find((n) => n.id === id && n.kind === 'DOCUMENT');
  const knownQuotes = new Set(known?.quotes ?? []);
  const taken = new Set(gazetteer.nodes.map((n) => n.id));
  const emitted = emitSeed(doc, candidates, `${id}.txt`, taken, knownQuotes);
  if (known) {
    const statements = emitted.sidecar.entries.filter((e) => e.section === 'statements');
    const same = statements.filter((e) => e.alreadyInGraph).length;
    emitted.sidecar.notes.push(
      `document ${id} is already loaded: ${same} of ${statements.length} drafted statements are in the graph ` +
        `already (alreadyInGraph in the sidecar); review the other ${statements.length - same}. Loading ` +
        "this draft replaces the document's extraction, so it keeps every entry.",
    );
  }
  try {
    await validateSeedSource({
      file,
      yaml: stringify(emitted.seed, { lineWidth: 0 }),
      text,
    });
  } catch (error) {
    if (error instanceof SeedValidationError) throw new DraftRefusedError(file, error.message);
    throw error;
  }
  return emitted;
}

/** The document id a file is drafted as: its name without extension, as a slug. */
export function documentIdOf(input: string): string {
  return slug(path.basename(input).replace(/\.[^.]+$/, ''), 100);
}

/** Drafts `input` into `outDir`; throws DraftInputError, DraftRefusedError or a write error naming the file. */
export async function draftFile(
  input: string,
  outDir: string,
  flags: DraftFlags,
  gazetteer: Gazetteer,
): Promise<DraftedFile> {
  const text = await readInputText(input);
  const id = documentIdOf(input);
  const emitted = await draftAndValidate(text, id, flags, gazetteer, input);
  await mkdir(outDir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${outDir}: cannot create the output folder (${error.code ?? error.message})`);
  });
  await access(outDir, constants.W_OK).catch(() => {
    throw new Error(`${outDir}: the output folder cannot be written`);
  });
  const yamlFile = path.join(outDir, `${id}.yaml`);
  const header = `# Drafted from ${path.basename(input)}: review every entry before loading (npm run seed -- ${yamlFile}).\n# Confidence, rules and link candidates: ${id}.draft.json. Format: docs/seed-format.md.\n`;
  for (const [file, content] of [
    [path.join(outDir, `${id}.txt`), text],
    [yamlFile, header + stringify(emitted.seed, { lineWidth: 0 })],
    [path.join(outDir, `${id}.draft.json`), `${JSON.stringify(emitted.sidecar, null, 2)}\n`],
  ] as const) {
    await writeFile(file, content).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${file}: cannot be written (${error.code ?? error.message})`);
    });
  }
  const seed = emitted.seed as Record<string, unknown[] | undefined>;
  return {
    input,
    id,
    yamlFile,
    counts: {
      actors: seed.actors?.length ?? 0,
      linked: emitted.sidecar.entries.filter((e) => e.section === 'actors' && e.chosen).length,
      statements: seed.statements?.length ?? 0,
      items: seed.items?.length ?? 0,
      measures: seed.measures?.length ?? 0,
      relationships: seed.relationships?.length ?? 0,
    },
    notes: emitted.sidecar.notes,
  };
}
