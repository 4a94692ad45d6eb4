/**
 * Problems found in seed files, and the errors the loader throws.
 */

/**
 * What kind of problem: each has a section in docs/seed-format.md.
 * - FILE_UNREADABLE: the seed file is missing, unreadable, or not a .yaml file.
 * - YAML_SYNTAX: the file is not well-formed YAML (or repeats a key).
 * - SCHEMA: a field is missing, unknown, of the wrong type or not one of the allowed values.
 * - TEXT_NOT_FOUND: the document's text file is missing.
 * - QUOTE_NOT_FOUND / QUOTE_AMBIGUOUS: a quote is not in the text / occurs more than once.
 * - QUOTE_SPLITS_CHARACTER: a quote holds half of a character (a lone UTF-16 surrogate).
 * - DUPLICATE_ID, DUPLICATE_RELATIONSHIP: an id or a relationship is declared twice.
 * - UNKNOWN_REFERENCE: an id is used but not declared in the same file.
 * - WRONG_KIND: a relationship joins kinds of node the data model does not allow.
 * - IMPOSSIBLE_DATE: a date that does not exist, or dates in an impossible order.
 * - STATUS_MISMATCH: a measure's status is not the status its latest REPORTS_STATUS gives.
 * - CONFLICTING_DEFINITION: two files declare one id as different kinds of node.
 * - KIND_CONFLICT: the database already holds the id as another kind of node.
 * - PROPERTY_CONFLICT: the id is declared by another document (in the database or an earlier file)
 *   with another name, country, description…; only that document may set them.
 */
export type ProblemCode =
  | 'FILE_UNREADABLE'
  | 'YAML_SYNTAX'
  | 'SCHEMA'
  | 'TEXT_NOT_FOUND'
  | 'QUOTE_NOT_FOUND'
  | 'QUOTE_AMBIGUOUS'
  | 'QUOTE_SPLITS_CHARACTER'
  | 'DUPLICATE_ID'
  | 'DUPLICATE_RELATIONSHIP'
  | 'UNKNOWN_REFERENCE'
  | 'WRONG_KIND'
  | 'IMPOSSIBLE_DATE'
  | 'STATUS_MISMATCH'
  | 'CONFLICTING_DEFINITION'
  | 'KIND_CONFLICT'
  | 'PROPERTY_CONFLICT';

/**
 * One problem in one place: `file` (path as given), `entry` (e.g. `actors[3] (mofcom)`, `document`,
 * or '' for the whole file), `field` (e.g. `evidence[1]`, or '' for the whole entry).
 */
export interface SeedProblem {
  code: ProblemCode;
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** One line per problem: `file: entry: field: [CODE] message`. */
export function formatProblem(problem: SeedProblem): string {
  const place = [problem.file, problem.entry, problem.field].filter(Boolean).join(': ');
  return `${place}: [${problem.code}] ${problem.message}`;
}

/**
 * Thrown by readSeedDocuments when any file has any problem, and by loadDocuments when a document
 * conflicts with the database (KIND_CONFLICT, PROPERTY_CONFLICT); nothing has been written.
 */
export class SeedValidationError extends Error {
  readonly problems: readonly SeedProblem[];

  constructor(problems: readonly SeedProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `The seed files have ${count}; nothing was written.\n${problems.map(formatProblem).join('\n')}`,
    );
    this.name = 'SeedValidationError';
    this.problems = problems;
  }

  /** The problem codes found, each once, in order of first appearance. */
  get codes(): ProblemCode[] {
    return [...new Set(this.problems.map((problem) => problem.code))];
  }
}

/** A document of a load, as named in SeedWriteError.progress. */
export interface LoadedDocument {
  documentId: string;
  file: string;
}

/**
 * Which documents of a load were written (each committed in its own transaction) and which were
 * not (the failed one, rolled back, and those after it, not tried).
 */
export interface LoadProgress {
  loaded: LoadedDocument[];
  notLoaded: LoadedDocument[];
}

function listDocuments(documents: readonly LoadedDocument[]): string {
  return documents.length === 0
    ? 'none'
    : documents.map((doc) => `${doc.documentId} (${doc.file})`).join(', ');
}

/**
 * Thrown by writeDocument, and by loadDocuments with `progress`, when writing one document fails;
 * its transaction was rolled back, so the database holds none of that document's content.
 * - KIND_CONFLICT: an id of the document was stored as another kind after the checks that
 *   loadDocuments makes before writing (another writer in between).
 * - WRITE_FAILED: Neo4j refused a write (a constraint, a missing endpoint, a lost connection).
 */
export class SeedWriteError extends Error {
  readonly code: 'KIND_CONFLICT' | 'WRITE_FAILED';
  readonly documentId: string;
  readonly file: string;
  /** Set by loadDocuments: the documents loaded before the failure, and those not loaded. */
  readonly progress: LoadProgress | null;
  /** The message without the progress lines. */
  readonly reason: string;

  constructor(
    code: SeedWriteError['code'],
    documentId: string,
    file: string,
    reason: string,
    cause?: unknown,
    progress: LoadProgress | null = null,
  ) {
    const progressLines = progress
      ? `\nLoaded: ${listDocuments(progress.loaded)}.\nNot loaded: ${listDocuments(progress.notLoaded)}.`
      : '';
    super(
      `${file}: document ${documentId}: [${code}] ${reason} The transaction was rolled back.${progressLines}`,
      { cause },
    );
    this.name = 'SeedWriteError';
    this.code = code;
    this.documentId = documentId;
    this.file = file;
    this.reason = reason;
    this.progress = progress;
  }

  /** The same error with the progress of the load it ended. */
  withProgress(progress: LoadProgress): SeedWriteError {
    return new SeedWriteError(
      this.code,
      this.documentId,
      this.file,
      this.reason,
      this.cause,
      progress,
    );
  }
}

/** Collects problems while a file is checked: `items`, each with this list's `file`. */
export class ProblemList {
  readonly items: SeedProblem[] = [];

  constructor(readonly file: string) {}

  /** Adds a problem of `code` at `entry` and `field` of the file. */
  add(code: ProblemCode, entry: string, field: string, message: string): void {
    this.items.push({ code, file: this.file, entry, field, message });
  }
}
