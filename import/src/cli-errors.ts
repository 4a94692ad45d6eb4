/**
 * What the import and merges CLIs print when they fail: one clean message per expected error (a
 * refusal, an unreachable or refusing Neo4j, a file that cannot be written), never a stack trace;
 * only an error no one expected (a bug) is printed whole.
 */
import { DbError } from '@policygraph/db';
import { SchemaMismatchError } from '@policygraph/model';
import { ImportRefusedError } from './import-errors.ts';
import { NodeEditError } from './node-merge.ts';

const UNREACHABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

function neo4jCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'Neo4jError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}

/**
 * The message for `error`, or null when it is not one of the expected errors. `where` names the
 * server (its URI, or "the local Neo4j").
 */
export function describeFailure(error: unknown, where: string): string | null {
  if (error instanceof ImportRefusedError || error instanceof SchemaMismatchError)
    return error.message;
  if (error instanceof DbError) return `error [${error.code}]: ${error.message}`;
  if (error instanceof NodeEditError)
    return `error [${error.code}]: ${error.message} Nothing was written.`;
  const code = neo4jCode(error);
  if (code) {
    const reason = (error as Error).message.split('\n')[0]!;
    if (UNREACHABLE.has(code))
      return `error [NEO4J_UNREACHABLE]: Neo4j cannot be reached at ${where} (${reason.replace(/^.*Caused by: /, '')}). Is it running, and are NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD right?`;
    if (code.startsWith('Neo.ClientError.Security.'))
      return `error [NEO4J_AUTH]: Neo4j at ${where} refused the credentials [${code}]: ${reason}`;
    return `error [NEO4J_ERROR]: Neo4j at ${where} refused the request [${code}]: ${reason}`;
  }
  const errno = error as NodeJS.ErrnoException;
  if (error instanceof Error && typeof errno.code === 'string' && typeof errno.path === 'string')
    return `error [${errno.code}]: cannot ${errno.syscall ?? 'use'} ${errno.path}.`;
  return null;
}

/**
 * Prints `error` for the person at the terminal (see describeFailure); `note` follows the message
 * of an error that is not a refusal (say, that nothing was written).
 */
export function reportFailure(error: unknown, note = ''): void {
  const where = process.env.NEO4J_URI?.trim() || 'the local Neo4j';
  const message = describeFailure(error, where);
  if (!message) console.error('unexpected error (a bug):', error);
  else if (error instanceof ImportRefusedError || !note) console.error(message);
  else console.error(`${message}\n${note}`);
}
