/**
 * The `Node` interface: which object type a node is (by its `kind`), and helpers shared by the
 * resolvers of the types that implement it.
 */
import { nodeTypeName } from '../model.ts';
import type { Direction } from '../cypher/nodes.ts';
import type { RelationshipTypeValue } from '../model.ts';
import { related } from '../neo4j/loaders.ts';
import type { NodeRow } from '../neo4j/rows.ts';
import type { RequestContext } from '../context.ts';
import type { NodeResolvers } from '../schema/resolvers-types.generated.ts';
import { disambiguation, KINDS_WITH_FACTS } from '../disambiguation.ts';

export const Node: NodeResolvers = {
  __resolveType: (node) => nodeTypeName(node.kind),
};

/** A resolver returning a kind-specific property of the node (null when absent). */
export function property<T = unknown>(name: string) {
  return (node: NodeRow): T => (node.properties[name] ?? null) as T;
}

/** A resolver returning a list property of the node ([] when absent). */
export function listProperty<T = string>(name: string) {
  return (node: NodeRow): T[] => (node.properties[name] as T[] | null) ?? [];
}

/** A resolver returning the neighbours of the node over `types` in `direction`. */
export function neighbours(direction: Direction, ...types: RelationshipTypeValue[]) {
  return async (node: NodeRow, _args: unknown, context: RequestContext): Promise<NodeRow[]> =>
    (await related(context.loaders, node.id, direction, types)).map((entry) => entry.node);
}

/** A resolver returning the first neighbour over `type` in `direction`, or null. */
export function firstNeighbour(direction: Direction, type: RelationshipTypeValue) {
  return async (node: NodeRow, _args: unknown, context: RequestContext): Promise<NodeRow | null> =>
    (await related(context.loaders, node.id, direction, [type]))[0]?.node ?? null;
}

/** Orders statements newest first, undated last, then by id. */
export function byDateDescending(a: NodeRow, b: NodeRow): number {
  const da = (a.properties.date as string | null) ?? '';
  const db = (b.properties.date as string | null) ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  return a.id.localeCompare(b.id);
}

/** `disambiguation` of every node type (see ../disambiguation.ts); facts batched per request. */
export async function disambiguationOf(
  node: NodeRow,
  _args: unknown,
  context: RequestContext,
): Promise<string | null> {
  const facts = KINDS_WITH_FACTS.has(node.kind)
    ? await context.loaders.disambiguationFacts.load(node.id)
    : null;
  return disambiguation(node, facts);
}
