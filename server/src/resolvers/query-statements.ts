/** `Query.statements`: a filtered page of statements with its total count. */
import { parseArgs, statementsArgs } from '../args.ts';
import { buildStatements } from '../cypher/statements.ts';
import { toNodeRow } from '../neo4j/row-maps.ts';
import type { NodeConnectionRow } from '../neo4j/rows.ts';
import { offsetAfter } from '../pagination.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

export const statements: QueryResolvers['statements'] = async (
  _root,
  rawArgs,
  context,
): Promise<NodeConnectionRow> => {
  const args = parseArgs(statementsArgs, rawArgs);
  const offset = offsetAfter(args.after);
  const [row] = await context.reader.read(buildStatements({ ...args, offset }), context.signal);
  const nodes = ((row?.nodes as Record<string, unknown>[] | undefined) ?? []).map(toNodeRow);
  for (const node of nodes) context.loaders.node.prime(node.id, node);
  return { nodes, totalCount: Number(row?.totalCount ?? 0), offset };
};
