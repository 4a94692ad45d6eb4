/**
 * Fair use of the one server process between clients: each client (its IP address) has at most
 * `maxInFlight` GraphQL requests handled at a time; its further requests wait in line, in order,
 * before their body is even read, and beyond `maxQueued` waiting ones it gets 429 with
 * `Retry-After: 1` (after that second). So a client flooding the server (with hostile or costly requests) mostly waits
 * for itself, and the others keep their latency. /health, /ready and the explorer's files are not
 * counted. The counts live in this process only and are dropped when a client is idle.
 *
 * A request refused for the client's own fault (a code such as OPERATION_LIMIT, BAD_USER_INPUT,
 * GRAPHQL_VALIDATION_FAILED, or an HTTP 4xx) keeps its turn `refusalDelayMs` longer before it is
 * answered: refusing costs the server little, and this keeps a client that sends nothing but
 * hostile requests down to a few per second, without costing anything while it waits.
 *
 * Behind a reverse proxy every request comes from the proxy's address: with `trustProxy`, the
 * client is the last address of `X-Forwarded-For` (the one the proxy saw).
 */
import type { Plugin } from 'graphql-yoga';

export interface ClientFairnessOptions {
  /** GraphQL requests of one client handled at once. */
  maxInFlight: number;
  /** Requests of one client waiting for a turn; more are refused with 429. */
  maxQueued: number;
  /** Take the client's address from X-Forwarded-For (set only behind a proxy that writes it). */
  trustProxy: boolean;
  /** How much longer a request refused for the client's fault keeps its turn, in milliseconds. */
  refusalDelayMs: number;
  /** The GraphQL endpoint (other paths are not limited). */
  graphqlEndpoint: string;
}

/** Codes of errors that are the client's doing. */
const CLIENT_FAULTS = new Set<unknown>([
  'BAD_USER_INPUT',
  'OPERATION_LIMIT',
  'INTROSPECTION_DISABLED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'REQUEST_ENTITY_TOO_LARGE',
]);

/** True when a GraphQL result (or batch of them) carries an error of the client's doing. */
function refusedForClientFault(result: unknown): boolean {
  const results = Array.isArray(result) ? result : [result];
  return results.some((one) =>
    ((one as { errors?: { extensions?: { code?: unknown } }[] } | null)?.errors ?? []).some(
      (error) => CLIENT_FAULTS.has(error.extensions?.code),
    ),
  );
}

interface Line {
  active: number;
  waiting: (() => void)[];
}

/** The client's address: the socket's peer, or behind a trusted proxy the last X-Forwarded-For entry. */
function clientOf(request: Request, serverContext: unknown, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  const socket = (serverContext as { req?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.req?.socket;
  return socket?.remoteAddress ?? null;
}

/** How long a 429 takes: the `Retry-After` it gives. */
const TOO_MANY_DELAY_MS = 1_000;

const TOO_MANY = JSON.stringify({
  errors: [
    {
      message: 'Too many requests from this client at once; retry shortly.',
      extensions: { code: 'TOO_MANY_REQUESTS' },
    },
  ],
});

export function useClientFairness(options: ClientFairnessOptions): Plugin {
  const lines = new Map<string, Line>();
  const refused = new WeakSet<Request>();

  const release = (client: string, line: Line) => {
    const next = line.waiting.shift();
    if (next)
      next(); // the turn passes to the next request in line
    else if (--line.active === 0) lines.delete(client);
  };

  return {
    onResultProcess({ request, result }) {
      if (refusedForClientFault(result)) refused.add(request);
    },
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Yoga passes these hook callbacks as plain closures that do not use `this`
    onRequest({ request, url, serverContext, requestHandler, setRequestHandler }) {
      if (url.pathname !== options.graphqlEndpoint || request.method === 'OPTIONS') return;
      const client = clientOf(request, serverContext, options.trustProxy);
      if (!client) return; // not from a socket (tests calling yoga.fetch)
      setRequestHandler(async (incoming, context) => {
        let line = lines.get(client);
        if (!line) {
          line = { active: 0, waiting: [] };
          lines.set(client, line);
        }
        if (line.active < options.maxInFlight) {
          line.active += 1;
        } else if (line.waiting.length >= options.maxQueued) {
          // Answered after the second it asks the client to wait, so that refusing costs a flood nothing.
          await new Promise((resolve) => setTimeout(resolve, TOO_MANY_DELAY_MS));
          return new Response(TOO_MANY, {
            status: 429,
            headers: { 'content-type': 'application/json', 'retry-after': '1' },
          });
        } else {
          const waiting = line.waiting;
          await new Promise<void>((resolve) => waiting.push(resolve));
        }
        try {
          if (incoming.signal?.aborted) return new Response(null, { status: 499 });
          const response = await requestHandler(incoming, context);
          if (
            options.refusalDelayMs > 0 &&
            (refused.has(incoming) || (response.status >= 400 && response.status < 500))
          ) {
            await new Promise((resolve) => setTimeout(resolve, options.refusalDelayMs));
          }
          return response;
        } finally {
          release(client, line);
        }
      });
    },
  };
}
