/** `Query.paths`: the shortest paths between two nodes, in one Cypher round trip. */
import { parseArgs, pathsArgs } from '../args.ts';
import { buildPaths } from '../cypher/paths.ts';
import { primeLoaders, toSubgraphRow } from '../neo4j/subgraph.ts';
import type { SubgraphRow } from '../neo4j/rows.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

type Maps = Record<string, unknown>[];

export const paths: QueryResolvers['paths'] = async (
  _root,
  rawArgs,
  context,
): Promise<SubgraphRow[]> => {
  const args = parseArgs(pathsArgs, rawArgs);
  const [row] = await context.reader.read(buildPaths(args), context.signal);
  if (!row) return [];
  const subgraphs = (row.paths as { nodes: Maps; relationships: Maps }[]).map((path) =>
    toSubgraphRow(path.nodes, path.relationships, false, row.resolvedIds),
  );
  primeLoaders(context.loaders, subgraphs, row.evidenceDocuments as Maps);
  return subgraphs;
};
