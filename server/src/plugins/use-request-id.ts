/**
 * Gives every request an id: the caller's `x-request-id` when it is a plain token (letters, digits,
 * `-_.:`, at most 64), else a random UUID. It is returned in the `x-request-id` response header and
 * carried by every log line about the request.
 */
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';

const ids = new WeakMap<Request, string>();
const TOKEN = /^[\w.:-]{1,64}$/;

/** The id of a request (assigning one if the plugin has not seen it). */
export function requestIdOf(request: Request): string {
  let id = ids.get(request);
  if (!id) {
    const given = request.headers.get('x-request-id');
    id = given && TOKEN.test(given) ? given : randomUUID();
    ids.set(request, id);
  }
  return id;
}

export function useRequestId(): Plugin {
  return {
    onRequest({ request }) {
      requestIdOf(request);
    },
    onResponse({ request, response }) {
      response.headers.set('x-request-id', requestIdOf(request));
    },
  };
}
