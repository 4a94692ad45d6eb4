/**
 * A request's error, said plainly with the server's error code, and a retry button.
 */
import type { GraphQLRequestError } from '../api/graphqlClient.ts';

const PLAIN: Record<string, string> = {
  DATABASE_UNAVAILABLE: 'The graph database is not answering right now.',
  NETWORK_ERROR: 'The server cannot be reached.',
  BAD_USER_INPUT: 'The request was not accepted.',
};

/** Shows `error` with its code; `onRetry` adds a Retry button. */
export function ErrorNotice({
  error,
  onRetry,
  context,
}: {
  error: GraphQLRequestError;
  onRetry?: () => void;
  context?: string;
}) {
  const plain = PLAIN[error.code];
  return (
    <div className="notice notice-error" role="alert">
      <div>
        {context ? <strong>{context}: </strong> : null}
        {plain ? `${plain} ` : ''}
        {plain && error.message && !error.message.startsWith(plain) ? (
          <span>({error.message})</span>
        ) : plain ? null : (
          error.message
        )}{' '}
        <span className="notice-code">{error.code}</span>
      </div>
      {onRetry ? (
        <button type="button" className="btn btn-small" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
