/**
 * The search box's requests: the first page of hits for a text (debounced, optionally one kind),
 * and "More results" appending the next page. Hits come from the `searchConnection` query
 * (api/documents.ts), best first; the last finished results stay on screen while the next page or
 * query loads, and are forgotten once the text is cleared.
 */
import { useEffect, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { SearchQuery } from '../api/documents.ts';
import type { NodeKind, SearchQuery as SearchResult } from '../gql/graphql.ts';
import { useRequest, type RequestState } from './useRequest.ts';

type Connection = SearchResult['searchConnection'];
/** One search hit: the node, its score and the name or alias that matched. */
export type SearchHit = Connection['edges'][number];

/** Hits loaded so far for one text and kind, with the counts and cursor of the last page. */
export interface SearchResults {
  text: string;
  kind: NodeKind | null;
  hits: SearchHit[];
  totalCount: number;
  kindCounts: Connection['kindCounts'];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** What the search box renders and can do. */
export interface SearchResultsHandle {
  /** The request's state (idle while the text is empty). */
  state: RequestState<SearchResults>;
  /** The last finished results, or null while idle. */
  results: SearchResults | null;
  /** A next page exists and nothing is loading. */
  canLoadMore: boolean;
  /** Appends the next page to the hits. */
  loadMore: () => void;
  /** Runs the last request again (after an error). */
  retry: () => void;
}

/** Milliseconds of quiet typing before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 160;
/** Hits per page. */
export const SEARCH_PAGE = 12;

/** Searches `text` (trimmed; nothing when empty) among nodes of `kind` (any kind when null). */
export function useSearchResults(text: string, kind: NodeKind | null): SearchResultsHandle {
  const search = useRequest<SearchResults>();
  const [shown, setShown] = useState<SearchResults | null>(null);
  const { run, reset } = search;

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      reset();
      return;
    }
    const timer = window.setTimeout(() => {
      void run(async (signal) => {
        const data = await request(
          SearchQuery,
          { text: query, first: SEARCH_PAGE, kinds: kind ? [kind] : null },
          signal,
        );
        return toResults(query, kind, [], data.searchConnection);
      });
    }, SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, kind, run, reset]);

  // Adjusting state while rendering (React's pattern for state derived from a change): keep the
  // latest finished results, and forget them once the search is reset (idle).
  if (search.state.status === 'done' && shown !== search.state.data) setShown(search.state.data);
  if (search.state.status === 'idle' && shown !== null) setShown(null);
  const results = search.state.status === 'idle' ? null : shown;

  const loadMore = () => {
    const current = results;
    if (!current?.endCursor) return;
    void run(async (signal) => {
      const data = await request(
        SearchQuery,
        {
          text: current.text,
          first: SEARCH_PAGE,
          after: current.endCursor,
          kinds: current.kind ? [current.kind] : null,
        },
        signal,
      );
      return toResults(current.text, current.kind, current.hits, data.searchConnection);
    });
  };

  return {
    state: search.state,
    results,
    canLoadMore: Boolean(results?.hasNextPage) && search.state.status === 'done',
    loadMore,
    retry: search.retry,
  };
}

function toResults(
  text: string,
  kind: NodeKind | null,
  before: SearchHit[],
  page: Connection,
): SearchResults {
  return {
    text,
    kind,
    hits: [...before, ...page.edges],
    totalCount: page.totalCount,
    kindCounts: page.kindCounts,
    endCursor: page.pageInfo.endCursor ?? null,
    hasNextPage: page.pageInfo.hasNextPage,
  };
}
