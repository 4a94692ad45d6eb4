/**
 * Reads one seed file: the YAML, each entry checked against its zod schema, and the document's text.
 * Entries that fail the schema are reported and left out of later checks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { ProblemList, type SeedProblem } from './problems.ts';
import {
  actorSchema,
  documentRefSchema,
  fileSchema,
  hostDocumentSchema,
  itemSchema,
  measureSchema,
  relationshipSchema,
  statementSchema,
  type ActorEntry,
  type DocumentRefEntry,
  type HostDocumentEntry,
  type ItemEntry,
  type MeasureEntry,
  type RelationshipEntry,
  type Section,
  type StatementEntry,
} from './document-format.ts';
import { fieldIssues } from './zod-issues.ts';
import { readYaml, YAML_FAILED } from './read-yaml.ts';

/** An entry that passed its schema, with where it is in the file (`entry`, e.g. `actors[3] (mofcom)`). */
export interface Located<T> {
  value: T;
  index: number;
  entry: string;
}

/** A seed file whose YAML parsed; entries that failed their schema are not in the lists. */
export interface ParsedSeedFile {
  /** The path as given (used in problems). */
  file: string;
  /** The YAML as read. */
  source: string;
  /** The file's own document, or null when it failed its schema. */
  document: Located<HostDocumentEntry> | null;
  /** The document's text, or null when it could not be read. */
  text: string | null;
  documents: Located<DocumentRefEntry>[];
  actors: Located<ActorEntry>[];
  items: Located<ItemEntry>[];
  measures: Located<MeasureEntry>[];
  statements: Located<StatementEntry>[];
  relationships: Located<RelationshipEntry>[];
  /** Ids of entries that failed their schema: references to them are not reported as unknown. */
  invalidIds: Set<string>;
}

const SECTION_SCHEMAS = {
  documents: documentRefSchema,
  actors: actorSchema,
  items: itemSchema,
  measures: measureSchema,
  statements: statementSchema,
  relationships: relationshipSchema,
} as const satisfies Record<Section, z.ZodType>;

/** The label of an entry in problems: `actors[3] (mofcom)`, or `actors[3]` when it has no usable id. */
export function entryLabel(section: Section, index: number, raw: unknown): string {
  const id =
    raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string' ? raw.id : null;
  return id ? `${section}[${index}] (${id})` : `${section}[${index}]`;
}

/**
 * Parses `filePath` (shown as `file` in problems). Returns null with problems when the file cannot be
 * read or is not YAML of the right overall shape.
 */
export async function parseSeedFile(
  file: string,
  filePath: string,
): Promise<{ parsed: ParsedSeedFile | null; problems: SeedProblem[] }> {
  const problems = new ProblemList(file);
  if (!/\.ya?ml$/i.test(filePath)) {
    problems.add(
      'FILE_UNREADABLE',
      '',
      '',
      'is not a seed file: give the .yaml file of a document (its .txt is found from it).',
    );
    return { parsed: null, problems: problems.items };
  }
  let source: string;
  try {
    source = await readFile(filePath, 'utf8');
  } catch (error) {
    problems.add(
      'FILE_UNREADABLE',
      '',
      '',
      `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    );
    return { parsed: null, problems: problems.items };
  }
  return parseSeedSource(
    file,
    source,
    async (textFile) => {
      try {
        return { text: await readFile(path.resolve(path.dirname(filePath), textFile), 'utf8') };
      } catch (error) {
        return { reason: (error as NodeJS.ErrnoException).code ?? String(error) };
      }
    },
    path.basename(filePath),
  );
}

/**
 * Where the text of a document comes from: the `textFile` the YAML names (or its default), read
 * from disk beside a seed file, or held in memory (a draft under review in the database).
 */
export type TextSource = (textFile: string) => Promise<{ text: string } | { reason: string }>;

/**
 * Parses the YAML `source` of a seed file shown as `file` in problems; `readText` gives the text
 * its `textFile` names (default: `yamlName` with `.txt`). Returns null with problems when the YAML
 * is not of the right overall shape.
 */
export async function parseSeedSource(
  file: string,
  source: string,
  readText: TextSource,
  yamlName: string,
): Promise<{ parsed: ParsedSeedFile | null; problems: SeedProblem[] }> {
  const problems = new ProblemList(file);
  const content = readYaml(source, problems);
  if (content === YAML_FAILED) return { parsed: null, problems: problems.items };
  const shape = fileSchema.safeParse(content);
  if (!shape.success) {
    for (const issue of fieldIssues(shape.error.issues))
      problems.add('SCHEMA', '', issue.field, issue.message);
    return { parsed: null, problems: problems.items };
  }
  const invalidIds = new Set<string>();
  const host = hostDocumentSchema.safeParse(shape.data.document);
  if (!host.success) {
    for (const issue of fieldIssues(host.error.issues))
      problems.add('SCHEMA', 'document', issue.field, issue.message);
    const id = shape.data.document.id;
    if (typeof id === 'string') invalidIds.add(id);
  }
  const section = <S extends Section>(name: S): Located<z.infer<(typeof SECTION_SCHEMAS)[S]>>[] => {
    const located: Located<z.infer<(typeof SECTION_SCHEMAS)[S]>>[] = [];
    (shape.data[name] ?? []).forEach((raw, index) => {
      const entry = entryLabel(name, index, raw);
      const result = SECTION_SCHEMAS[name].safeParse(raw);
      if (result.success) {
        located.push({ value: result.data as z.infer<(typeof SECTION_SCHEMAS)[S]>, index, entry });
        return;
      }
      for (const issue of fieldIssues(result.error.issues))
        problems.add('SCHEMA', entry, issue.field, issue.message);
      if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string')
        invalidIds.add(raw.id);
    });
    return located;
  };
  const parsed: ParsedSeedFile = {
    file,
    source,
    document: host.success ? { value: host.data, index: 0, entry: 'document' } : null,
    text: null,
    documents: section('documents'),
    actors: section('actors'),
    items: section('items'),
    measures: section('measures'),
    statements: section('statements'),
    relationships: section('relationships'),
    invalidIds,
  };
  const textFile =
    (host.success ? host.data.textFile : null) ?? `${yamlName.replace(/\.ya?ml$/i, '')}.txt`;
  const read = await readText(textFile);
  if ('text' in read) {
    parsed.text = read.text;
  } else {
    problems.add(
      'TEXT_NOT_FOUND',
      'document',
      'textFile',
      `the document's text ${textFile} cannot be read (${read.reason}); ` +
        'put it beside the YAML file or name it in textFile.',
    );
  }
  return { parsed, problems: problems.items };
}
