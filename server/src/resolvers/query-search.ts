/**
 * `Query.search` and `Query.searchConnection`: full-text candidates (cypher/search.ts), ranked
 * (search-ranking.ts), filtered by kind and paged; the page's nodes are loaded by id.
 */
import { parseArgs, searchArgs, searchConnectionArgs } from '../args.ts';
import type { RequestContext } from '../context.ts';
import { buildSearchCandidates } from '../cypher/search.ts';
import type { NodeKindValue } from '../model.ts';
import { loadNodes } from '../neo4j/loaders.ts';
import type { SearchHitRow, SearchPageRow } from '../neo4j/rows.ts';
import { encodeCursor, offsetAfter } from '../pagination.ts';
import { countByKind, rankCandidates, type SearchCandidate } from '../search-ranking.ts';
import type {
  QueryResolvers,
  SearchConnectionResolvers,
} from '../schema/resolvers-types.generated.ts';

interface PageArgs {
  text: string;
  kinds?: NodeKindValue[] | null;
  first: number;
  offset: number;
}

/** The ranked hits of `args.text` of the kinds asked for, from `offset`, at most `first`. */
async function searchPage(args: PageArgs, context: RequestContext): Promise<SearchPageRow> {
  const query = buildSearchCandidates(args.text);
  if (!query) return { hits: [], offset: args.offset, totalCount: 0, kindCounts: [] };
  const rows = await context.reader.read(query, context.signal);
  const candidates: SearchCandidate[] = rows.map((row) => ({
    id: String(row.id),
    kind: row.kind as NodeKindValue,
    name: String(row.name),
    aliases: (row.aliases as string[] | null) ?? [],
    score: Number(row.score),
  }));
  const kinds = args.kinds && args.kinds.length > 0 ? new Set(args.kinds) : null;
  const ranked = rankCandidates(candidates, args.text).filter(
    (hit) => !kinds || kinds.has(hit.kind),
  );
  const page = ranked.slice(args.offset, args.offset + args.first);
  const nodes = new Map(
    (
      await loadNodes(
        context.loaders,
        page.map((hit) => hit.id),
      )
    ).map((node) => [node.id, node]),
  );
  const hits = page.flatMap((hit): SearchHitRow[] => {
    const node = nodes.get(hit.id);
    return node ? [{ node, score: hit.score, matchedName: hit.matchedName }] : [];
  });
  return {
    hits,
    offset: args.offset,
    totalCount: ranked.length,
    kindCounts: countByKind(candidates),
  };
}

export const search: QueryResolvers['search'] = async (
  _root,
  rawArgs,
  context,
): Promise<SearchHitRow[]> => {
  const args = parseArgs(searchArgs, rawArgs);
  return (await searchPage({ ...args, offset: 0 }, context)).hits;
};

export const searchConnection: QueryResolvers['searchConnection'] = async (
  _root,
  rawArgs,
  context,
) => {
  const args = parseArgs(searchConnectionArgs, rawArgs);
  return searchPage({ ...args, offset: offsetAfter(args.after) }, context);
};

export const SearchConnection: SearchConnectionResolvers = {
  edges: (page) => page.hits.map((hit, i) => ({ ...hit, cursor: encodeCursor(page.offset + i) })),
  pageInfo: (page) => {
    const last = page.offset + page.hits.length - 1;
    return {
      hasNextPage: page.offset + page.hits.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: page.hits.length > 0 ? encodeCursor(page.offset) : null,
      endCursor: page.hits.length > 0 ? encodeCursor(last) : null,
    };
  },
  totalCount: (page) => page.totalCount,
  kindCounts: (page) => page.kindCounts,
};
