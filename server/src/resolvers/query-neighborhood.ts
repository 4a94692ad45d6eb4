/**
 * `Query.neighborhood`: the subgraph around start nodes, in one Cypher round trip, carrying what the
 * selection needs (./selection.ts).
 */
import { neighborhoodArgs, parseArgs } from '../args.ts';
import { buildNeighborhood } from '../cypher/neighborhood.ts';
import { primeLoaders, toSubgraphRow } from '../neo4j/subgraph.ts';
import type { SubgraphRow } from '../neo4j/rows.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';
import { subgraphProjection } from './selection.ts';

type Maps = Record<string, unknown>[];

export const neighborhood: QueryResolvers['neighborhood'] = async (
  _root,
  rawArgs,
  context,
  info,
): Promise<SubgraphRow> => {
  const args = parseArgs(neighborhoodArgs, rawArgs);
  const projection = subgraphProjection(info);
  const [row] = await context.reader.read(
    buildNeighborhood({ ...args, projection }),
    context.signal,
  );
  if (!row) return { nodes: [], relationships: [], truncated: false, resolvedIds: [] };
  const subgraph = toSubgraphRow(
    row.nodes as Maps,
    row.relationships as Maps,
    row.truncated === true,
    row.resolvedIds,
  );
  primeLoaders(context.loaders, [subgraph], row.evidenceDocuments as Maps, projection);
  return subgraph;
};
