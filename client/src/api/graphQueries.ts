/**
 * The graph-changing requests, as plain async functions returning the explorer's Subgraph:
 * a node's neighbourhood (search hits, expansion), shortest paths, and the shown nodes of a
 * shared view (restoring a URL).
 */
import { request } from './graphqlClient.ts';
import { NeighborhoodQuery, PathsQuery } from './documents.ts';
import { toSubgraph } from './mappers.ts';
import type { Subgraph } from '../model/types.ts';
import type { NodeKind as ApiNodeKind } from '../gql/graphql.ts';
import { mergeSubgraph, EMPTY_GRAPH } from '../state/graphOps.ts';

/** The API's largest `neighborhood(ids:)`. */
const MAX_IDS = 50;
/** Most nodes one expansion brings in. */
export const EXPAND_LIMIT = 150;

/** Filters of an expansion; empty lists mean all. */
export interface NeighborhoodFilter {
  kinds: string[];
  relationshipTypes: string[];
}

/** The nodes one relationship away from `id` (filtered), and the relationships among them. */
export async function fetchNeighborhood(
  ids: string[],
  filter: NeighborhoodFilter,
  signal?: AbortSignal,
): Promise<Subgraph> {
  const data = await request(
    NeighborhoodQuery,
    {
      ids,
      depth: 1,
      kinds: filter.kinds.length > 0 ? (filter.kinds as ApiNodeKind[]) : null,
      relationshipTypes: filter.relationshipTypes.length > 0 ? filter.relationshipTypes : null,
      limit: EXPAND_LIMIT,
    },
    signal,
  );
  return toSubgraph(data.neighborhood);
}

/** Up to `first` shortest paths (at most `maxHops` long) from `from` to `to`, shortest first. */
export async function fetchPaths(
  from: string,
  to: string,
  signal?: AbortSignal,
  maxHops = 4,
  first = 3,
): Promise<Subgraph[]> {
  const data = await request(PathsQuery, { from, to, maxHops, first }, signal);
  return data.paths.map(toSubgraph);
}

/**
 * Exactly the nodes `ids` and the relationships among them (a shared view). Asks for their
 * neighbourhoods in batches of the API's maximum and keeps only the requested nodes; ids the
 * graph no longer has are left out.
 */
export async function fetchNodesAmong(ids: string[], signal?: AbortSignal): Promise<Subgraph> {
  const wanted = new Set(ids);
  let graph = EMPTY_GRAPH;
  let truncated = false;
  for (let offset = 0; offset < ids.length; offset += MAX_IDS) {
    const batch = ids.slice(offset, offset + MAX_IDS);
    const data = await request(NeighborhoodQuery, { ids: batch, depth: 1, limit: 1000 }, signal);
    const subgraph = toSubgraph(data.neighborhood);
    truncated ||= subgraph.truncated;
    graph = mergeSubgraph(graph, {
      nodes: subgraph.nodes.filter((node) => wanted.has(node.id)),
      relationships: subgraph.relationships.filter(
        (rel) => wanted.has(rel.source) && wanted.has(rel.target),
      ),
    });
  }
  return {
    nodes: Object.values(graph.nodes),
    relationships: Object.values(graph.relationships),
    truncated,
  };
}
