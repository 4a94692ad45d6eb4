/**
 * `Query.subgraph`: exactly the given nodes and the relationships among them, in one Cypher round
 * trip, carrying what the selection needs (./selection.ts).
 */
import { parseArgs, subgraphArgs } from '../args.ts';
import { buildSubgraph } from '../cypher/subgraph.ts';
import { primeLoaders, toSubgraphRow } from '../neo4j/subgraph.ts';
import type { SubgraphRow } from '../neo4j/rows.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';
import { subgraphProjection } from './selection.ts';

type Maps = Record<string, unknown>[];

export const subgraph: QueryResolvers['subgraph'] = async (
  _root,
  rawArgs,
  context,
  info,
): Promise<SubgraphRow> => {
  const args = parseArgs(subgraphArgs, rawArgs);
  const projection = subgraphProjection(info);
  const [row] = await context.reader.read(buildSubgraph({ ...args, projection }), context.signal);
  if (!row) return { nodes: [], relationships: [], truncated: false, resolvedIds: [] };
  const result = toSubgraphRow(
    row.nodes as Maps,
    row.relationships as Maps,
    row.truncated === true,
    row.resolvedIds,
  );
  primeLoaders(context.loaders, [result], row.evidenceDocuments as Maps, projection);
  return result;
};
