/** `Query.measures`: a filtered page of measures with its total count. */
import { measuresArgs, parseArgs } from '../args.ts';
import { buildMeasures } from '../cypher/measures.ts';
import { toNodeRow } from '../neo4j/row-maps.ts';
import type { NodeConnectionRow } from '../neo4j/rows.ts';
import { offsetAfter } from '../pagination.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

export const measures: QueryResolvers['measures'] = async (
  _root,
  rawArgs,
  context,
): Promise<NodeConnectionRow> => {
  const args = parseArgs(measuresArgs, rawArgs);
  const offset = offsetAfter(args.after);
  const [row] = await context.reader.read(buildMeasures({ ...args, offset }), context.signal);
  const nodes = ((row?.nodes as Record<string, unknown>[] | undefined) ?? []).map(toNodeRow);
  for (const node of nodes) context.loaders.node.prime(node.id, node);
  return { nodes, totalCount: Number(row?.totalCount ?? 0), offset };
};
