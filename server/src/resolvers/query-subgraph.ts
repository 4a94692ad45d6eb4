/** `Query.subgraph`: exactly the given nodes and the relationships among them, in one Cypher round trip. */
import { parseArgs, subgraphArgs } from '../args.ts';
import { buildSubgraph } from '../cypher/subgraph.ts';
import { primeLoaders, toSubgraphRow } from '../neo4j/subgraph.ts';
import type { SubgraphRow } from '../neo4j/rows.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

type Maps = Record<string, unknown>[];

export const subgraph: QueryResolvers['subgraph'] = async (
  _root,
  rawArgs,
  context,
): Promise<SubgraphRow> => {
  const args = parseArgs(subgraphArgs, rawArgs);
  const [row] = await context.reader.read(buildSubgraph(args), context.signal);
  if (!row) return { nodes: [], relationships: [], truncated: false };
  const result = toSubgraphRow(
    row.nodes as Maps,
    row.relationships as Maps,
    row.truncated === true,
  );
  primeLoaders(context.loaders, [result], row.evidenceDocuments as Maps);
  return result;
};
