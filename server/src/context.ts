/**
 * What every resolver receives: the request id (also in the `x-request-id` response header and in
 * every log line about the request), the graph reader and fresh DataLoaders. Errors are logged,
 * with the request id, by plugins/use-error-logging.ts.
 */
import type { Loaders } from './neo4j/loaders.ts';
import type { GraphReader } from './neo4j/graph-reader.ts';
import type { DraftWriter } from './review/index.ts';

export interface RequestContext {
  requestId: string;
  reader: GraphReader;
  loaders: Loaders;
  /** Aborted when the client goes away; passed to the driver. */
  signal?: AbortSignal;
  /** The HTTP request (mutations check its method, content type and headers). */
  request: Request;
  /** Whether editors are configured (POLICYGRAPH_EDITOR_TOKENS); without, every mutation is refused. */
  editingEnabled: boolean;
  /** The name of the editor whose token the request carries, or null. */
  editor: string | null;
  /** Where drafts are written and read (editing only). */
  writer: DraftWriter;
  /** The judgements file entity-resolution edits append to (docs/import.md, "Judgements"). */
  judgementsFile: string;
}
