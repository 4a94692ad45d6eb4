/**
 * The errors of editing (docs/api.md, "Editing"), each with `extensions.code`:
 * - UNAUTHENTICATED: reading drafts without an editor's token;
 * - NOT_FOUND: no draft of that id;
 * - CONFLICT: the draft was saved or loaded since the version the reviewer started from;
 *   `extensions.currentVersion` and `extensions.changed` (entries another reviewer changed);
 * - LOAD_REFUSED: the loader's validation refused the extraction, or entries are still to review
 *   (NOT_REVIEWED); `extensions.problems` lists each problem with `code`, `entry` (e.g.
 *   `statements[2] (s-3)`), `field` and `message`. An imported draft's refusal also carries
 *   `extensions.argumentName` (`yaml`) and names the file.
 * FORBIDDEN, CSRF_REFUSED and UNAUTHENTICATED of mutations come from ../plugins/use-write-protection.ts.
 */
import { createGraphQLError } from 'graphql-yoga';
import type { SeedProblem } from '@policygraph/graph-seed';

export function unauthenticated(): ReturnType<typeof createGraphQLError> {
  return createGraphQLError(
    "Drafts can be read only with an editor's token (Authorization: Bearer <token>).",
    {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    },
  );
}

/**
 * The name of the editor whose token the request carries (`context.editor`).
 * @throws UNAUTHENTICATED (HTTP 401) when the request carries none
 */
export function requireEditor(context: { editor: string | null }): string {
  if (!context.editor) throw unauthenticated();
  return context.editor;
}

export function draftNotFound(id: string): ReturnType<typeof createGraphQLError> {
  return createGraphQLError(`There is no draft "${id}".`, {
    extensions: { code: 'NOT_FOUND', argumentName: 'id' },
  });
}

export function conflict(
  message: string,
  currentVersion: number,
  changed: { section: string; id: string }[],
): ReturnType<typeof createGraphQLError> {
  return createGraphQLError(message, { extensions: { code: 'CONFLICT', currentVersion, changed } });
}

/** A problem of a refused load or import, naming its entry and field. */
export interface RefusalProblem {
  code:
    | SeedProblem['code']
    | 'LINKED_NODE_MISSING'
    | 'DOCUMENT_EXISTS'
    | 'NOT_REVIEWED'
    | 'WRITE_FAILED';
  entry: string;
  field: string;
  message: string;
}

/** LOAD_REFUSED: `${what} was not ${done}: N problems; nothing was written.` and each problem. */
function refused(
  what: string,
  problems: readonly RefusalProblem[],
  extensions: Record<string, unknown> = {},
): ReturnType<typeof createGraphQLError> {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const list = problems
    .slice(0, 10)
    .map((problem) => [problem.entry, problem.field, problem.message].filter(Boolean).join(': '))
    .join('; ');
  return createGraphQLError(`${what}: ${count}; nothing was written. ${list}`, {
    extensions: {
      code: 'LOAD_REFUSED',
      ...extensions,
      problems: problems.map(({ code, entry, field, message }) => ({
        code,
        entry,
        field,
        message,
      })),
    },
  });
}

/** The problems that kept draft `draftId` from loading, each naming its entry and field; nothing was written. */
export function loadRefused(
  draftId: string,
  problems: readonly RefusalProblem[],
): ReturnType<typeof createGraphQLError> {
  return refused(`Draft "${draftId}" was not loaded`, problems);
}

/**
 * The problems that kept `importDraft`'s `yaml` (named `file`) from being imported, each naming its
 * entry and field (a YAML syntax error: its line and column); nothing was written.
 */
export function importRefused(
  file: string,
  problems: readonly RefusalProblem[],
): ReturnType<typeof createGraphQLError> {
  return refused(`The draft ${file} was not imported`, problems, { argumentName: 'yaml' });
}
