/**
 * What every resolver receives: the request id (also in the `x-request-id` response header and in
 * every log line about the request), a logger bound to it, the graph reader and fresh DataLoaders.
 */
import type { Logger } from 'pino';
import type { Loaders } from './neo4j/loaders.ts';
import type { GraphReader } from './neo4j/graph-reader.ts';

export interface RequestContext {
  requestId: string;
  logger: Logger;
  reader: GraphReader;
  loaders: Loaders;
  /** Aborted when the client goes away; passed to the driver. */
  signal?: AbortSignal;
}
