/**
 * Refuses a request body over the size limit with HTTP 413 `REQUEST_ENTITY_TOO_LARGE`, and a
 * malformed `Content-Length` with 400 `BAD_REQUEST`: the codes, statuses and messages of Yoga's own
 * `maxRequestBodySize`, which this replaces (createApp sets that to `false`).
 *
 * Why not Yoga's: it streams every body through a TransformStream into a new Request, even when
 * the `Content-Length` header already proves the body small. Over HTTP that header is exact (Node's
 * parser reads that many bytes as the body, no more), so here a body with a valid length within the
 * limit is read as it is, and only a body without a length (chunked) is counted as it streams and
 * refused once it passes the limit, without being read whole. BENCHMARKS.md ("the request body's
 * stream") measures what the stream cost per request.
 */
import { createGraphQLError, type Plugin } from 'graphql-yoga';

/** Only a single non-negative integer is a valid Content-Length (not `5, 5`, not `-1`). */
const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () =>
  createGraphQLError('Request body too large', {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', http: { status: 413 } },
  });

const invalidLength = () =>
  createGraphQLError('Content-Length header is invalid.', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });

type FetchApi = { Request: typeof Request; TransformStream: typeof TransformStream };

/** The request with its body counted as it streams; the stream fails past `maxBytes`. */
function countedBody(request: Request, maxBytes: number, fetchAPI: FetchApi): Request {
  // A body that is the platform's own ReadableStream needs the platform's TransformStream (Yoga
  // chooses the same way: graphql-hive/graphql-yoga#4583).
  const Transform =
    request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let bytes = 0;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        if (bytes > maxBytes) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body,
    // @ts-expect-error -- `duplex` is required by Node's fetch for a streamed body, not yet typed.
    duplex: 'half',
  });
}

/**
 * @param options.maxBytes the largest body accepted, in bytes (AppOptions.maxBodyBytes).
 * @throws (as the HTTP answer) 413 REQUEST_ENTITY_TOO_LARGE, 400 BAD_REQUEST.
 */
export function useBodyLimit({ maxBytes }: { maxBytes: number }): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) throw invalidLength();
        if (Number(declared) > maxBytes) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser((raw) => parse(countedBody(raw, maxBytes, fetchAPI)));
    },
  };
}
