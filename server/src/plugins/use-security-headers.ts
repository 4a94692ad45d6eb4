/**
 * Security headers on every response (API, GraphiQL, explorer, /health, /ready):
 * - `x-content-type-options: nosniff`, `referrer-policy: no-referrer`, `x-frame-options: DENY`,
 *   `cross-origin-opener-policy: same-origin`, `cross-origin-resource-policy: same-origin`;
 * - a Content-Security-Policy by what the response is: nothing at all for data (JSON), the explorer's
 *   own origin only for its pages, and for GraphiQL (served whole by this server, no CDN) its inline
 *   scripts and blob workers.
 * Headers a response already carries are kept. HSTS belongs to the TLS-terminating proxy in front.
 */
import type { Plugin } from 'graphql-yoga';

/** For JSON and any other non-HTML response: load nothing, never be framed. */
export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

/** For the explorer (client/dist): its own scripts, styles, images and API only. */
export const EXPLORER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * For GraphiQL, whose page (@graphql-yoga/render-graphiql) carries its scripts and styles inline and
 * starts its editor workers from blob: URLs; nothing is loaded from another host.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

const COMMON: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/** Adds the security headers above to every response; `graphqlEndpoint` tells GraphiQL's page apart. */
export function useSecurityHeaders({ graphqlEndpoint }: { graphqlEndpoint: string }): Plugin {
  return {
    onResponse({ request, response }) {
      const headers = response.headers;
      for (const [name, value] of Object.entries(COMMON))
        if (!headers.has(name)) headers.set(name, value);
      if (headers.has('content-security-policy')) return;
      const html = (headers.get('content-type') ?? '').startsWith('text/html');
      const graphiql =
        html && new URL(request.url, 'http://localhost').pathname === graphqlEndpoint;
      headers.set(
        'content-security-policy',
        !html ? DATA_CSP : graphiql ? GRAPHIQL_CSP : EXPLORER_CSP,
      );
    },
  };
}
