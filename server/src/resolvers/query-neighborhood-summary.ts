/** `Query.neighborhoodSummary`: a node's neighbours counted by kind and relationship type. */
import { neighborhoodSummaryArgs, parseArgs } from '../args.ts';
import { buildNeighborhoodSummary } from '../cypher/neighborhood-summary.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

type Row = Record<string, unknown>;

export const neighborhoodSummary: QueryResolvers['neighborhoodSummary'] = async (
  _root,
  rawArgs,
  context,
) => {
  const args = parseArgs(neighborhoodSummaryArgs, rawArgs);
  const [row] = await context.reader.read(buildNeighborhoodSummary(args), context.signal);
  if (!row) return { total: 0, counts: [], kinds: [], truncated: false };
  return {
    total: Number(row.total),
    truncated: row.truncated === true,
    counts: (row.rows as Row[]).map((count) => ({
      kind: count.kind as never,
      relationshipType: count.type as never,
      count: Number(count.count),
    })),
    kinds: (row.kinds as Row[]).map((count) => ({
      kind: count.kind as never,
      count: Number(count.count),
      firstDate: (count.firstDate as string | null) ?? null,
      lastDate: (count.lastDate as string | null) ?? null,
    })),
  };
};
