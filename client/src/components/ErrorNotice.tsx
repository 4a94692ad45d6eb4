/**
 * A request's error: the server's message (which names the argument for bad input, and says when
 * the database is unavailable), its error code, and a retry button.
 */
import type { GraphQLRequestError } from '../api/graphqlClient.ts';

/** Shows `error` with its code; `onRetry` adds a Retry button; `context` says which request failed. */
export function ErrorNotice({
  error,
  onRetry,
  context,
}: {
  error: GraphQLRequestError;
  onRetry?: () => void;
  context?: string;
}) {
  return (
    <div className="notice notice-error" role="alert">
      <div>
        {context ? <strong>{context}: </strong> : null}
        {error.message} <span className="notice-code">{error.code}</span>
      </div>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
