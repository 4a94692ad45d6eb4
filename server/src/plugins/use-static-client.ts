/**
 * Serves the built explorer (client/dist) on the API's origin: files by path, `index.html` for any
 * other GET that is not the API (single-page-app fallback). When the explorer is not built, `/`
 * says so in plain words and links to GraphiQL.
 *
 * A file the build also wrote compressed (`<file>.br`, `<file>.gz`, see client/vite.config.ts) is
 * sent compressed to a browser whose `Accept-Encoding` takes it (Brotli first), with
 * `Content-Encoding` and `Vary: Accept-Encoding`; other browsers get the file as it is, with the
 * same `Vary`. Hashed assets (`/assets/`) may be cached for a year; everything else is revalidated.
 */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import Negotiator from 'negotiator';
import type { Plugin } from 'graphql-yoga';

/** Encodings the build writes, by preference, with their file suffixes. */
const ENCODINGS: Record<string, string> = { br: '.br', gzip: '.gz' };

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>policygraph</title>' +
  '<h1>policygraph</h1><p>The explorer is not built. Run <code>npm run build</code> and restart the server.</p>' +
  '<p>The GraphQL API is running: open <a href="/graphql">/graphql</a> (GraphiQL).</p>';

export interface StaticClientOptions {
  /** Folder of the built client (with index.html). */
  dir: string;
  /** Paths the API answers, never served from the folder. */
  apiPaths: string[];
}

/** The file under `dir` for a URL path, or null when it escapes `dir` or is not a file. */
function fileFor(dir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = path.resolve(dir, `.${path.posix.normalize(decoded)}`);
  if (file !== dir && !file.startsWith(dir + path.sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

/**
 * The variant of `file` to send for `request`: its precompressed copy (`encoding` set) when one
 * exists and the request accepts it, else the file itself; `variants` tells whether any exists.
 */
export function variantFor(
  file: string,
  request: Request,
): { file: string; encoding: string | null; variants: boolean } {
  const available = Object.keys(ENCODINGS).filter((encoding) =>
    existsSync(file + ENCODINGS[encoding]),
  );
  if (available.length === 0) return { file, encoding: null, variants: false };
  const negotiator = new Negotiator({
    headers: { 'accept-encoding': request.headers.get('accept-encoding') ?? undefined },
  });
  // negotiator 1.x takes the server's preference among equal qualities (its types, 0.6, do not say so).
  const encoding = negotiator.encoding.bind(negotiator) as (
    available: string[],
    options: { preferred: string[] },
  ) => string | undefined;
  const chosen = encoding([...available, 'identity'], { preferred: ['br', 'gzip'] });
  return chosen && chosen !== 'identity'
    ? { file: file + ENCODINGS[chosen], encoding: chosen, variants: true }
    : { file, encoding: null, variants: true };
}

export function useStaticClient({ dir, apiPaths }: StaticClientOptions): Plugin {
  const root = path.resolve(dir);
  return {
    // eslint-disable-next-line @typescript-eslint/unbound-method -- Yoga passes endResponse as a plain closure that does not use `this`
    async onRequest({ request, url, endResponse }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      if (apiPaths.some((api) => url.pathname === api || url.pathname.startsWith(`${api}/`)))
        return;
      const index = path.join(root, 'index.html');
      if (!existsSync(index)) {
        if (url.pathname === '/') {
          endResponse(
            new Response(NOT_BUILT, { status: 200, headers: { 'content-type': TYPES['.html']! } }),
          );
        }
        return;
      }
      const found = url.pathname === '/' ? null : fileFor(root, url.pathname);
      if (!found && path.extname(url.pathname) !== '') return; // a missing asset: 404, not the app
      const file = found ?? index;
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const immutable = file !== index && url.pathname.startsWith('/assets/');
      const variant = variantFor(file, request);
      const body = await readFile(variant.file);
      const headers: Record<string, string> = {
        'content-type': type,
        'content-length': String(body.length),
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      };
      if (variant.encoding) headers['content-encoding'] = variant.encoding;
      if (variant.variants) headers.vary = 'Accept-Encoding';
      endResponse(new Response(request.method === 'HEAD' ? null : body, { status: 200, headers }));
    },
  };
}
