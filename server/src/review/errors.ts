/**
 * The errors of editing (docs/api.md, "Editing"), each with `extensions.code`:
 * - UNAUTHENTICATED: reading drafts without an editor's token;
 * - NOT_FOUND: no draft of that id;
 * - CONFLICT: the draft was saved or loaded since the version the reviewer started from;
 *   `extensions.currentVersion` and `extensions.changed` (entries another reviewer changed);
 * - LOAD_REFUSED: the loader's validation refused the extraction; `extensions.problems` lists each
 *   problem with `code`, `entry` (e.g. `statements[2] (s-3)`), `field` and `message`.
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

/** The loader's problems, each naming its entry and field; nothing was written. */
export function loadRefused(
  draftId: string,
  problems: readonly {
    code: SeedProblem['code'] | 'LINKED_NODE_MISSING' | 'DOCUMENT_EXISTS' | 'WRITE_FAILED';
    entry: string;
    field: string;
    message: string;
  }[],
): ReturnType<typeof createGraphQLError> {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const list = problems
    .slice(0, 10)
    .map((problem) => [problem.entry, problem.field, problem.message].filter(Boolean).join(': '))
    .join('; ');
  return createGraphQLError(
    `Draft "${draftId}" was not loaded: ${count}; nothing was written. ${list}`,
    {
      extensions: {
        code: 'LOAD_REFUSED',
        problems: problems.map(({ code, entry, field, message }) => ({
          code,
          entry,
          field,
          message,
        })),
      },
    },
  );
}
