/** `Query.search`: full-text search over names and aliases (see cypher/search.ts). */
import { parseArgs, searchArgs } from '../args.ts';
import { buildSearch } from '../cypher/search.ts';
import { toNodeRow } from '../neo4j/row-maps.ts';
import type { SearchHitRow } from '../neo4j/rows.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

export const search: QueryResolvers['search'] = async (_root, rawArgs, context): Promise<SearchHitRow[]> => {
  const args = parseArgs(searchArgs, rawArgs);
  const query = buildSearch(args);
  if (!query) return [];
  const rows = await context.reader.read(query, context.signal);
  return rows.map((row) => {
    const node = toNodeRow(row.node as Record<string, unknown>);
    context.loaders.node.prime(node.id, node);
    return { node, score: Number(row.score), matchedName: String(row.matchedName) };
  });
};
