/**
 * Where an imported file comes from, as the person importing it says: its origin, licence, credit
 * (attribution) and source URL, given by flags (`--origin`, `--licence`, `--credit`,
 * `--source-url`, `--title`) or a sidecar file (`<file>.source.json`, `.source.yaml` or
 * `.source.yml` next to the data file, or `--source <file>`), flags winning field by field.
 * Whatever nobody says is recorded as `unknown`: the format of a file says how to read it, never
 * who made it or under which licence.
 */
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ImportRefusedError } from './import-errors.ts';

/** What is recorded when nobody says. */
export const UNKNOWN = 'unknown';

const text = (field: string, max: number) =>
  z
    .string({ error: `${field} must be text` })
    .trim()
    .min(1, { error: `${field} is empty` })
    .max(max, { error: `${field} is longer than ${max} characters` });

/** The fields of a sidecar file (and of the flags); every one optional, no other allowed. */
export const SOURCE_FIELDS = z.strictObject({
  /** The data set's name, the start of the document's title (default: the format's description). */
  title: text('title', 300).optional(),
  /** Who published the data and where it was taken from. */
  origin: text('origin', 2000).optional(),
  /** The licence under which it may be used. */
  licence: text('licence', 1000).optional(),
  /** The credit to give with anything shown from it (stored as `attribution`). */
  credit: text('credit', 1000).optional(),
  /** Where the file was downloaded (http or https). */
  sourceUrl: text('sourceUrl', 2000)
    .refine((value) => /^https?:\/\/\S+$/i.test(value), {
      error: 'sourceUrl must be an http(s) URL',
    })
    .optional(),
});

/** What a sidecar file or the flags say; any field may be missing. */
export type SourceFields = z.infer<typeof SOURCE_FIELDS>;

/** The provenance recorded on the file's DATASET document. */
export interface SourceProvenance {
  title: string;
  origin: string;
  licence: string;
  /** The credit (document property `attribution`). */
  attribution: string;
  /** The source URL (document property `url`), null when not given. */
  url: string | null;
  /** Where the provenance came from, for the report: the sidecar file, `flags`, or nothing. */
  givenBy: string[];
}

/** Sidecar names tried next to a data file, in this order. */
export function sidecarCandidates(file: string): string[] {
  return [`${file}.source.json`, `${file}.source.yaml`, `${file}.source.yml`];
}

/**
 * Reads and checks a sidecar file: JSON when it ends in `.json`, else YAML.
 * @returns its fields, or null when the file does not exist and `required` is false.
 * @throws ImportRefusedError SOURCE_INVALID naming the file and each bad field.
 */
export async function readSidecar(file: string, required: boolean): Promise<SourceFields | null> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !required) return null;
    throw new ImportRefusedError('SOURCE_INVALID', [`${file}: cannot be read (${code})`]);
  }
  let data: unknown;
  try {
    data = file.endsWith('.json') ? JSON.parse(content) : parseYaml(content);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportRefusedError('SOURCE_INVALID', [
      `${file}: is not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'}: ${reason}`,
    ]);
  }
  return checkSourceFields(data, file);
}

/**
 * Checks `data` against SOURCE_FIELDS.
 * @throws ImportRefusedError SOURCE_INVALID, one line per problem: `<where>: <field>: <reason>`.
 */
export function checkSourceFields(data: unknown, where: string): SourceFields {
  const parsed = SOURCE_FIELDS.safeParse(data ?? {});
  if (parsed.success) return parsed.data;
  throw new ImportRefusedError(
    'SOURCE_INVALID',
    parsed.error.issues.map((issue) => {
      if (issue.code === 'unrecognized_keys')
        return `${where}: ${issue.keys.map((k) => `"${k}"`).join(', ')}: not a field of a source file (title, origin, licence, credit, sourceUrl)`;
      const field = issue.path.join('.');
      return `${where}: ${field ? `${field}: ` : ''}${field ? issue.message : 'must be a mapping of title, origin, licence, credit, sourceUrl'}`;
    }),
  );
}

/**
 * The provenance of `file`: the sidecar (`sourceFile`, else the first of sidecarCandidates that
 * exists), overridden field by field by `flags`, the rest `unknown`; the title defaults to
 * `formatTitle`.
 * @throws ImportRefusedError SOURCE_INVALID (a sidecar or flag that is not valid).
 */
export async function resolveProvenance(args: {
  file: string;
  formatTitle: string;
  flags?: SourceFields;
  sourceFile?: string;
}): Promise<SourceProvenance> {
  const flags = checkSourceFields(args.flags ?? {}, 'flags');
  let sidecar: SourceFields | null = null;
  let sidecarFile: string | undefined;
  if (args.sourceFile) {
    sidecar = await readSidecar(args.sourceFile, true);
    sidecarFile = args.sourceFile;
  } else
    for (const candidate of sidecarCandidates(args.file)) {
      sidecar = await readSidecar(candidate, false);
      if (sidecar) {
        sidecarFile = candidate;
        break;
      }
    }
  const merged = { ...sidecar, ...flags };
  const givenBy = [
    ...(sidecarFile ? [sidecarFile] : []),
    ...(Object.keys(flags).length > 0 ? ['flags'] : []),
  ];
  return {
    title: merged.title ?? args.formatTitle,
    origin: merged.origin ?? UNKNOWN,
    licence: merged.licence ?? UNKNOWN,
    attribution: merged.credit ?? UNKNOWN,
    url: merged.sourceUrl ?? null,
    givenBy,
  };
}
