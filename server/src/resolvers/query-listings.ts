/** `Query.listings`: a filtered page of listings with its total count. */
import { parseArgs } from '../args.ts';
import { buildListings } from '../cypher/listings.ts';
import { listingsArgs } from '../listings-args.ts';
import { toNodeRow, toRelationshipRow } from '../neo4j/row-maps.ts';
import { listingOf, type ListingConnectionRow } from '../neo4j/listing-rows.ts';
import { offsetAfter } from '../pagination.ts';
import type { QueryResolvers } from '../schema/resolvers-types.generated.ts';

export const listings: QueryResolvers['listings'] = async (
  _root,
  rawArgs,
  context,
): Promise<ListingConnectionRow> => {
  const args = parseArgs(listingsArgs, rawArgs);
  const offset = offsetAfter(args.after);
  const [row] = await context.reader.read(buildListings({ ...args, offset }), context.signal);
  const entries =
    (row?.listings as
      | {
          relationship: Record<string, unknown>;
          measure: Record<string, unknown>;
          actor: Record<string, unknown>;
        }[]
      | undefined) ?? [];
  const page = entries.map((entry) => {
    const measure = toNodeRow(entry.measure);
    const actor = toNodeRow(entry.actor);
    context.loaders.node.prime(measure.id, measure);
    context.loaders.node.prime(actor.id, actor);
    return listingOf(toRelationshipRow(entry.relationship));
  });
  return { listings: page, totalCount: Number(row?.totalCount ?? 0), offset };
};
