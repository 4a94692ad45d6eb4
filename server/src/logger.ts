/**
 * Structured logs (pino, JSON lines on stdout), and the adapter that lets graphql-yoga log through
 * the same logger.
 */
import { pino, type Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

/** The process's logger at `level`. */
export function createLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'policygraph-server' } });
}

/** graphql-yoga's logger interface over pino. */
export function yogaLogger(logger: Logger): YogaLogger {
  const at = (method: 'debug' | 'info' | 'warn' | 'error') => (...args: unknown[]) => {
    const [first, ...rest] = args;
    if (first instanceof Error) logger[method]({ err: first }, rest.map(String).join(' ') || first.message);
    else logger[method](args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '));
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
