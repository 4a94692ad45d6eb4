/**
 * Reads and validates seed files: every file, every entry, every quote, every reference and date.
 * Problems from all files are gathered and thrown together; nothing is returned unless all is valid.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from './build-graph.ts';
import { findDeclarationConflicts } from './declaration-conflicts.ts';
import { collectDeclarations } from './declarations.ts';
import { parseSeedFile, parseSeedSource, type ParsedSeedFile } from './parse-seed-file.ts';
import { ProblemList, SeedValidationError, type SeedProblem } from './problems.ts';
import { collectRelationshipSpecs } from './relationship-specs.ts';
import { extractionYamlOf, reviewOfFile } from './review-provenance.ts';
import type { ValidatedDocument } from '@policygraph/model';
import { validateCalendarDates, validateDateOrder } from './validate-dates.ts';
import { validateReferences } from './validate-references.ts';
import { validateStatuses } from './validate-statuses.ts';

/** Absolute path of graph-seed/documents, where the seed files (YAML + text) live. */
export const defaultDocumentsDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'documents',
);

/** A seed file to read: `file` as shown in problems, `absolute` to read it. */
interface SeedPath {
  file: string;
  absolute: string;
}

function shown(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative;
}

/** The YAML files named by `paths` (files, or folders meaning their *.yaml), or all of defaultDocumentsDir. */
async function expandPaths(paths: readonly string[] | undefined): Promise<SeedPath[]> {
  const given =
    paths && paths.length > 0
      ? paths.map((file) => ({ file, absolute: path.resolve(file) }))
      : null;
  const roots = given ?? [{ file: shown(defaultDocumentsDir), absolute: defaultDocumentsDir }];
  const files: SeedPath[] = [];
  for (const root of roots) {
    const info = await stat(root.absolute).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(root.absolute)).filter((name) => /\.ya?ml$/i.test(name)).sort();
      files.push(
        ...names.map((name) => ({
          file: path.join(root.file, name),
          absolute: path.join(root.absolute, name),
        })),
      );
    } else {
      files.push(root);
    }
  }
  const seen = new Set<string>();
  return files.filter(({ absolute }) => !seen.has(absolute) && Boolean(seen.add(absolute)));
}

/**
 * Reads and validates the seed files named by `paths` (default: every *.yaml in defaultDocumentsDir),
 * resolving relative paths against the working directory.
 * @returns one ValidatedDocument per file, in the order given (folders in name order).
 * @throws SeedValidationError listing every problem of every file, each with file, entry and field.
 */
export async function readSeedDocuments(paths?: string[]): Promise<ValidatedDocument[]> {
  const files = await expandPaths(paths);
  return validateSources(
    files.map(({ file, absolute }) => ({ file, parse: () => parseSeedFile(file, absolute) })),
  );
}

/** A seed file held in memory: its YAML and the text of its document (null when there is none). */
export interface SeedSource {
  /** How the file is named in problems (e.g. `draft:<id>`). */
  file: string;
  yaml: string;
  text: string | null;
}

/**
 * Validates one seed file held in memory exactly as readSeedDocuments validates a file on disk
 * (the text stands for whatever `textFile` the YAML names).
 * @throws SeedValidationError listing every problem, each with file, entry and field.
 */
export async function validateSeedSource(source: SeedSource): Promise<ValidatedDocument> {
  const [document] = await validateSources([
    {
      file: source.file,
      parse: () =>
        parseSeedSource(
          source.file,
          source.yaml,
          () =>
            Promise.resolve(
              source.text === null ? { reason: 'no text was given' } : { text: source.text },
            ),
          'document.yaml',
        ),
    },
  ]);
  return document!;
}

async function validateSources(
  sources: {
    file: string;
    parse: () => Promise<{ parsed: ParsedSeedFile | null; problems: SeedProblem[] }>;
  }[],
): Promise<ValidatedDocument[]> {
  const problems: SeedProblem[] = [];
  const documents: ValidatedDocument[] = [];
  const kinds = new Map<string, { kind: string; file: string; entry: string }>();
  const hosts = new Map<string, string>();
  for (const { file, parse } of sources) {
    const { parsed, problems: parseProblems } = await parse();
    problems.push(...parseProblems);
    if (!parsed) continue;
    const list = new ProblemList(file);
    const declared = collectDeclarations(parsed, list);
    const specs = validateReferences(
      collectRelationshipSpecs(parsed),
      declared,
      parsed.invalidIds,
      list,
    );
    validateCalendarDates(parsed, list);
    for (const declaration of declared.values()) {
      const earlier = kinds.get(declaration.id);
      if (earlier && earlier.kind !== declaration.kind) {
        list.add(
          'CONFLICTING_DEFINITION',
          declaration.entry,
          'kind',
          `"${declaration.id}" is ${declaration.kind} here but ${earlier.kind} in ${earlier.file} (${earlier.entry}); one id is one node.`,
        );
      } else if (!earlier) {
        kinds.set(declaration.id, { kind: declaration.kind, file, entry: declaration.entry });
      }
    }
    const { document, text } = parsed;
    if (document) {
      const otherFile = hosts.get(document.value.id);
      if (otherFile)
        list.add(
          'DUPLICATE_ID',
          'document',
          'id',
          `document "${document.value.id}" is also the document of ${otherFile}.`,
        );
      hosts.set(document.value.id, file);
    }
    if (document && text !== null) {
      const graph = buildGraph({ ...parsed, document, text }, declared, specs, list);
      const review = reviewOfFile({ ...parsed, document }, graph, list);
      const host = graph.nodes.find((node) => node.entry === document.entry);
      if (host) {
        host.properties.extractionYaml = extractionYamlOf(parsed.source);
        if (review) host.properties.review = JSON.stringify(review);
      }
      validateDateOrder(graph.nodes, graph.relationships, list);
      validateStatuses(graph.nodes, graph.relationships, list);
      documents.push({ file, documentId: document.value.id, ...graph });
    }
    problems.push(...list.items);
  }
  // Property conflicts between the files, as if the database were empty (loadDocuments checks it).
  problems.push(...findDeclarationConflicts(documents, new Map()));
  if (problems.length > 0) throw new SeedValidationError(problems);
  return documents;
}
