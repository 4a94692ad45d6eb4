/**
 * graphql-armor with the limits of ../limits.ts (depth, aliases, tokens, directives, cost), applied
 * while an operation is parsed and validated, before any resolver runs. A rejected operation gets
 * `extensions.code` OPERATION_LIMIT, a message giving the limit, and HTTP status 400.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OPERATION_LIMITS } from '../limits.ts';

const tag = (_context: unknown, error: GraphQLError) => {
  const extensions = error.extensions as Record<string, unknown>;
  extensions.code = 'OPERATION_LIMIT';
  extensions.http = { status: 400 };
};

export function useOperationLimits(): Plugin {
  const common = { exposeLimits: true, onReject: [tag], propagateOnRejection: true };
  return EnvelopArmorPlugin({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...common },
    maxAliases: { n: OPERATION_LIMITS.maxAliases, ...common },
    maxTokens: { n: OPERATION_LIMITS.maxTokens, ...common },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives, ...common },
    costLimit: {
      maxCost: OPERATION_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...common,
    },
    blockFieldSuggestion: { enabled: false },
  }) as unknown as Plugin;
}
