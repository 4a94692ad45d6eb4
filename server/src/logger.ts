/**
 * Structured logs (pino: JSON lines on stdout, or readable lines through pino-pretty in a terminal),
 * and the adapter that lets graphql-yoga log through the same logger.
 */
import { pino, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

/** `json`: one JSON object per line (for log collectors); `pretty`: readable lines for a person. */
export type LogFormat = 'json' | 'pretty';

/**
 * The process's logger at `level`. The format defaults to `LOG_FORMAT`, else `pretty` when stdout is
 * a terminal and `json` otherwise.
 */
export function createLogger(
  level = 'info',
  format: LogFormat = (process.env.LOG_FORMAT as LogFormat | undefined) ??
    (process.stdout.isTTY ? 'pretty' : 'json'),
): Logger {
  const options = { level, base: { service: 'policygraph-server' } };
  if (format !== 'pretty') return pino(options);
  return pino({
    ...options,
    transport: {
      target: 'pino-pretty',
      options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,service' },
    },
  });
}

/**
 * Errors already logged with their request id (by plugins/use-error-logging.ts). Yoga logs every
 * error it masks once more, without the request id; those lines are dropped.
 */
export const errorsLogged = new WeakSet<object>();

/** graphql-yoga's logger interface over pino. */
export function yogaLogger(logger: Logger): YogaLogger {
  const at =
    (method: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const [first, ...rest] = args;
      if (first instanceof Error && errorsLogged.has(first)) return;
      if (first instanceof Error)
        logger[method]({ err: first }, rest.map(String).join(' ') || first.message);
      else
        logger[method](
          args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '),
        );
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
