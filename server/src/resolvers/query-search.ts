/**
 * `Query.search` and `Query.searchConnection`: full-text candidates (cypher/search.ts), ranked
 * (search-ranking.ts), filtered by kind and paged; the page's nodes are loaded by id, unless the
 * operation selects of them only what the candidates already carry (CANDIDATE_FIELDS): then the
 * answer takes one query.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { parseArgs, searchArgs, searchConnectionArgs } from '../args.ts';
import type { RequestContext } from '../context.ts';
import { buildSearchCandidates } from '../cypher/search.ts';
import type { NodeKindValue } from '../model.ts';
import { loadNodes } from '../neo4j/loaders.ts';
import type { NodeRow, SearchHitRow, SearchPageRow } from '../neo4j/rows.ts';
import { encodeCursor, offsetAfter } from '../pagination.ts';
import { countByKind, rankCandidates, type SearchCandidate } from '../search-ranking.ts';
import type {
  QueryResolvers,
  SearchConnectionResolvers,
} from '../schema/resolvers-types.generated.ts';
import { selectsOnlyAt } from './selection.ts';

/** The fields of a hit's node that its candidate row carries (cypher/search.ts). */
const CANDIDATE_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'aliases',
]);

interface PageArgs {
  text: string;
  kinds?: NodeKindValue[] | null;
  first: number;
  offset: number;
  /** True when the hits' nodes are answered from their candidates (see CANDIDATE_FIELDS). */
  fromCandidates: boolean;
}

/** The node of a candidate: what CANDIDATE_FIELDS need, the rest empty (never selected then). */
function candidateNode(hit: SearchCandidate): NodeRow {
  return {
    id: hit.id,
    kind: hit.kind,
    name: hit.name,
    aliases: hit.aliases,
    description: null,
    evidence: [],
    properties: {},
    hasText: false,
  };
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
  // Only the kinds asked for are ranked (the counts by kind below cover every candidate).
  const ranked = rankCandidates(
    kinds ? candidates.filter((hit) => kinds.has(hit.kind)) : candidates,
    args.text,
  );
  const page = ranked.slice(args.offset, args.offset + args.first);
  const nodes = new Map(
    (args.fromCandidates
      ? page.map(candidateNode)
      : await loadNodes(
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
  info: GraphQLResolveInfo,
): Promise<SearchHitRow[]> => {
  const args = parseArgs(searchArgs, rawArgs);
  const fromCandidates = selectsOnlyAt(info, ['node'], CANDIDATE_FIELDS);
  return (await searchPage({ ...args, offset: 0, fromCandidates }, context)).hits;
};

export const searchConnection: QueryResolvers['searchConnection'] = async (
  _root,
  rawArgs,
  context,
  info: GraphQLResolveInfo,
) => {
  const args = parseArgs(searchConnectionArgs, rawArgs);
  const fromCandidates = selectsOnlyAt(info, ['edges', 'node'], CANDIDATE_FIELDS);
  return searchPage({ ...args, offset: offsetAfter(args.after), fromCandidates }, context);
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
