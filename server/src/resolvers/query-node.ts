/** `Query.node`: one node by id, or null. */
import { nodeArgs, parseArgs } from '../args.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

export const node: QueryResolvers['node'] = async (_root, rawArgs, context) => {
  const { id } = parseArgs(nodeArgs, rawArgs);
  return context.loaders.node.load(id);
};
