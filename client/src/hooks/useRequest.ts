/**
 * Runs an async request for a component and tracks its state (idle, loading, error with retry,
 * done), dropping answers that arrive after a newer request started.
 */
import { useCallback, useRef, useState } from 'react';
import { GraphQLRequestError } from '../api/graphqlClient.ts';

export type RequestState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'error'; error: GraphQLRequestError }
  | { status: 'done'; data: T };

/** The state and controls of one request slot. */
export interface RequestHandle<T> {
  state: RequestState<T>;
  /** Starts `load` (aborting the one in flight); resolves with its data or undefined on error/abort. */
  run: (load: (signal: AbortSignal) => Promise<T>) => Promise<T | undefined>;
  /** Runs the last `load` again. */
  retry: () => void;
  /** Back to idle. */
  reset: () => void;
}

/** One request slot; see the module comment. */
export function useRequest<T>(): RequestHandle<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const last = useRef<((signal: AbortSignal) => Promise<T>) | null>(null);

  const run = useCallback(async (load: (signal: AbortSignal) => Promise<T>) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    last.current = load;
    setState({ status: 'loading' });
    try {
      const data = await load(current.signal);
      if (current.signal.aborted) return undefined;
      setState({ status: 'done', data });
      return data;
    } catch (error) {
      if (current.signal.aborted) return undefined;
      setState({ status: 'error', error: toRequestError(error) });
      return undefined;
    }
  }, []);

  const retry = useCallback(() => {
    if (last.current) void run(last.current);
  }, [run]);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ status: 'idle' });
  }, []);

  return { state, run, retry, reset };
}

/** Any thrown value as a GraphQLRequestError (unexpected ones get code `CLIENT_ERROR`). */
export function toRequestError(error: unknown): GraphQLRequestError {
  if (error instanceof GraphQLRequestError) return error;
  return new GraphQLRequestError(
    error instanceof Error ? error.message : String(error),
    'CLIENT_ERROR',
  );
}
