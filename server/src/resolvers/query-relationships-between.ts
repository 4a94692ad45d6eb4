/** `Query.relationshipsBetween`: the relationships joining two sets of nodes, in one Cypher round trip. */
import { parseArgs, relationshipsBetweenArgs } from '../args.ts';
import { buildRelationshipsBetween } from '../cypher/relationships-between.ts';
import { toRelationshipRow } from '../neo4j/row-maps.ts';
import { primeLoaders, toResolvedIds } from '../neo4j/subgraph.ts';
import type { RelationshipRow, ResolvedIdRow } from '../neo4j/rows.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

type Maps = Record<string, unknown>[];

export const relationshipsBetween: QueryResolvers['relationshipsBetween'] = async (
  _root,
  rawArgs,
  context,
): Promise<{
  relationships: RelationshipRow[];
  truncated: boolean;
  resolvedIds: ResolvedIdRow[];
}> => {
  const args = parseArgs(relationshipsBetweenArgs, rawArgs);
  const [row] = await context.reader.read(buildRelationshipsBetween(args), context.signal);
  if (!row) return { relationships: [], truncated: false, resolvedIds: [] };
  primeLoaders(context.loaders, [], row.evidenceDocuments as Maps);
  return {
    relationships: (row.relationships as Maps).map(toRelationshipRow),
    truncated: row.truncated === true,
    resolvedIds: toResolvedIds(row.resolvedIds),
  };
};
