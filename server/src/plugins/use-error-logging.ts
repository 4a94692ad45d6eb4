/**
 * Logs the errors of GraphQL operations with the request id: unexpected errors (bugs, unmapped
 * database errors; the client sees only "Unexpected error.") at `error` with their stack, the
 * expected ones (BAD_USER_INPUT, DATABASE_UNAVAILABLE, ...), invalid operations and requests the client
 * abandoned at `debug`/`warn`.
 * Each error is logged once: yoga's own line for a masked error is dropped (see errorsLogged).
 */
import { useErrorHandler, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isExpectedError } from '../errors.ts';
import { errorsLogged } from '../logger.ts';

interface ErrorLike {
  message: string;
  path?: readonly (string | number)[];
  originalError?: unknown;
  extensions?: Record<string, unknown>;
}

export function useErrorLogging(logger: Logger): Plugin {
  return useErrorHandler(({ errors, context, phase }) => {
    // For the execution phase envelop passes the execution arguments, whose contextValue is ours.
    const ours = ((context as { contextValue?: unknown }).contextValue ?? context) as {
      requestId?: string;
    };
    const requestId = ours.requestId;
    const log = requestId ? logger.child({ requestId }) : logger;
    for (const raw of errors) {
      const error = raw as ErrorLike;
      const cause = error.originalError ?? raw;
      const path = error.path?.join('.');
      if (phase !== 'execution') {
        log.debug({ phase, message: error.message }, 'invalid GraphQL operation');
        continue;
      }
      errorsLogged.add(raw);
      const name = (cause as { name?: unknown } | null)?.name;
      if (name === 'AbortError' || name === 'TimeoutError') {
        log.debug({ path }, 'request abandoned by the client');
      } else if (isExpectedError(error) || isExpectedError(cause)) {
        const code = error.extensions?.code ?? (cause as ErrorLike).extensions?.code;
        log[code === 'DATABASE_UNAVAILABLE' ? 'warn' : 'debug'](
          { path, code, message: error.message },
          'request error',
        );
      } else {
        log.error({ path, err: cause }, 'unexpected error (masked for the client)');
      }
    }
  });
}
