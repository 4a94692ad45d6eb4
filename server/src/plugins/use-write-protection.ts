/**
 * Closes every mutation unless it comes from a configured editor, over a request no other site's
 * page can send: POST (Yoga refuses mutations over GET with 405), `content-type: application/json`
 * and the custom header `x-policygraph-csrf` (both force a CORS preflight, which a foreign origin
 * fails), with `Authorization: Bearer <token>` of an editor. Refused before any resolver runs:
 * - FORBIDDEN (403): editing is not configured on this server;
 * - CSRF_REFUSED (403): the content type is not JSON or the header is missing;
 * - UNAUTHENTICATED (401): no token, or not an editor's.
 * Reads are not touched: queries over GET and POST work as before.
 */
import type { Plugin } from 'graphql-yoga';
import { createGraphQLError } from 'graphql-yoga';
import type { DocumentNode } from 'graphql';
import { graphqlJs } from '../graphql-js.ts';

/** The header a mutation must carry (any value). */
export const CSRF_HEADER = 'x-policygraph-csrf';

function refusal(message: string, code: string, status: number) {
  return createGraphQLError(message, { extensions: { code, http: { status } } });
}

/** The refusal of a mutation sent as `request` by `editor` (null: no editor's token), or null to let it run. */
export function mutationRefusal(
  request: Request,
  editor: string | null,
  editingEnabled: boolean,
): ReturnType<typeof refusal> | null {
  if (!editingEnabled)
    return refusal(
      'Editing is not enabled on this server: it is read-only (see docs/api.md, "Editing").',
      'FORBIDDEN',
      403,
    );
  const contentType = request.headers.get('content-type') ?? '';
  if (request.method !== 'POST' || !/^application\/json\b/i.test(contentType))
    return refusal(
      'A mutation must be a POST with content-type application/json.',
      'CSRF_REFUSED',
      403,
    );
  if (!request.headers.has(CSRF_HEADER))
    return refusal(`A mutation must carry the header ${CSRF_HEADER}.`, 'CSRF_REFUSED', 403);
  if (!editor)
    return refusal(
      "A mutation needs an editor's token: send Authorization: Bearer <token>.",
      'UNAUTHENTICATED',
      401,
    );
  return null;
}

/** The plugin: runs mutationRefusal for every mutation, with the context's editor. */
export function useWriteProtection(): Plugin<{
  request: Request;
  editor: string | null;
  editingEnabled: boolean;
}> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = graphqlJs.getOperationAST(
        args.document as DocumentNode,
        args.operationName ?? undefined,
      );
      if (String(operation?.operation) !== 'mutation') return;
      const context = args.contextValue;
      const error = mutationRefusal(context.request, context.editor, context.editingEnabled);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
