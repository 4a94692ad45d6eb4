/**
 * The graph-changing requests, as plain async functions returning the explorer's Subgraph:
 * a node's neighbourhood (search hits, expansion), shortest paths, and the shown nodes of a
 * shared view (restoring a URL) with the relationships among them.
 */
import { request } from './graphqlClient.ts';
import {
  NeighborhoodQuery,
  PathsQuery,
  SubgraphQuery,
  RelationshipsBetweenQuery,
} from './documents.ts';
import { toGraphRelationship, toSubgraph } from './mappers.ts';
import { subgraphCalls } from './subgraphBatches.ts';
import type {
  GraphNode,
  GraphRelationship,
  NodeKind,
  RelationshipType,
  Subgraph,
} from '../model/types.ts';

/** The API's largest `subgraph(ids:)` (and each list of `relationshipsBetween`). */
export const SUBGRAPH_MAX_IDS = 1000;
/** `subgraph` calls of one shared view in flight at once. */
const SUBGRAPH_CONCURRENCY = 3;
/** Most nodes one expansion brings in. */
export const EXPAND_LIMIT = 150;

/** Filters of an expansion; empty lists mean all. */
export interface NeighborhoodFilter {
  kinds: NodeKind[];
  relationshipTypes: RelationshipType[];
}

/** Most nodes an expansion chosen in its preview brings in (the API's largest `limit`). */
export const PREVIEW_EXPAND_LIMIT = 1000;

/** The nodes one relationship away from `id` (filtered, at most `limit`), and the relationships among them. */
export async function fetchNeighborhood(
  ids: string[],
  filter: NeighborhoodFilter,
  signal?: AbortSignal,
  limit = EXPAND_LIMIT,
): Promise<Subgraph> {
  const data = await request(
    NeighborhoodQuery,
    {
      ids,
      depth: 1,
      kinds: filter.kinds.length > 0 ? filter.kinds : null,
      relationshipTypes: filter.relationshipTypes.length > 0 ? filter.relationshipTypes : null,
      limit,
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
 * Exactly the nodes `ids` and the relationships among them (a shared view), through the API's
 * `subgraph` query: one call when the ids fit in SUBGRAPH_MAX_IDS, else one per chunk and a
 * `relationshipsBetween` per pair of chunks (api/subgraphBatches.ts), SUBGRAPH_CONCURRENCY at a
 * time. Ids the graph no longer has are left out; an id merged into another node brings that node
 * (`resolvedIds` says which); `truncated` when the API capped the relationships of a call.
 */
export async function fetchNodesAmong(ids: string[], signal?: AbortSignal): Promise<Subgraph> {
  const calls = subgraphCalls(ids, SUBGRAPH_MAX_IDS);
  const nodes = new Map<string, GraphNode>();
  const relationships = new Map<string, GraphRelationship>();
  const resolvedIds = new Map<string, string>();
  let truncated = false;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < calls.length) {
      const call = calls[next]!;
      next += 1;
      if (call.kind === 'subgraph') {
        const subgraph = toSubgraph(
          (await request(SubgraphQuery, { ids: call.ids }, signal)).subgraph,
        );
        truncated ||= subgraph.truncated;
        for (const pair of subgraph.resolvedIds ?? []) resolvedIds.set(pair.asked, pair.id);
        for (const node of subgraph.nodes) nodes.set(node.id, node);
        for (const rel of subgraph.relationships) relationships.set(rel.id, rel);
      } else {
        const data = await request(
          RelationshipsBetweenQuery,
          { from: call.from, to: call.to },
          signal,
        );
        truncated ||= data.relationshipsBetween.truncated;
        for (const rel of data.relationshipsBetween.relationships)
          relationships.set(rel.id, toGraphRelationship(rel));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(SUBGRAPH_CONCURRENCY, calls.length) }, worker));
  return {
    nodes: [...nodes.values()],
    relationships: [...relationships.values()].filter(
      (rel) => nodes.has(rel.source) && nodes.has(rel.target),
    ),
    truncated,
    resolvedIds: [...resolvedIds].map(([asked, id]) => ({ asked, id })),
  };
}
