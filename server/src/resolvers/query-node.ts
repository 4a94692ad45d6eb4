/** `Query.node`: one node by id, or the node an absorbed id was merged into (`resolvedFrom`), or null. */
import { nodeArgs, parseArgs } from '../args.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';
import { nodeOrSurvivor } from './resolution.ts';

export const node: QueryResolvers['node'] = async (_root, rawArgs, context) => {
  const { id } = parseArgs(nodeArgs, rawArgs);
  return nodeOrSurvivor(context, id);
};
