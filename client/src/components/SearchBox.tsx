/**
 * A search box: autocomplete over names and aliases in any script, as an ARIA combobox. Each
 * suggestion shows the node's name with what tells it apart from namesakes (kind and country,
 * issuer and date: graph/displayName.ts), its kind and country badges, and the alias that matched.
 * Counts by kind above the list filter it; "More results" asks the server for the next page. The
 * top bar's box is focused by `/` from anywhere; the Paths tab uses the same box for its ends.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { SearchQuery } from '../api/documents.ts';
import type { NodeKind, SearchQuery as SearchResult } from '../gql/graphql.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { KindSwatch } from './KindSwatch.tsx';

type Connection = SearchResult['searchConnection'];
/** One search hit: the node, its score and the name or alias that matched. */
export type SearchHit = Connection['edges'][number];

export interface SearchBoxProps {
  /** A hit was chosen. */
  onChoose: (id: string, name: string, hit: SearchHit) => void;
  /** Accessible name of the input. */
  label?: string;
  placeholder?: string;
  /** `/` focuses this box from anywhere (only one box should say so). */
  globalShortcut?: boolean;
  /** Keep the text after choosing (a picker shows what was chosen). */
  keepText?: boolean;
}

const DEBOUNCE_MS = 160;
const PAGE = 12;

interface Results {
  text: string;
  kind: NodeKind | null;
  hits: SearchHit[];
  totalCount: number;
  kindCounts: Connection['kindCounts'];
  endCursor: string | null;
  hasNextPage: boolean;
}

/** See the module comment. */
export function SearchBox({
  onChoose,
  label = 'Search actors, measures, items, statements and documents',
  placeholder = 'Search names in any script: MOFCOM, 商务部, Mao Ning…  ( / )',
  globalShortcut = true,
  keepText = false,
}: SearchBoxProps) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<NodeKind | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useRequest<Results>();
  /** The last results that finished loading, kept on screen while the next page or query loads. */
  const [shown, setShown] = useState<Results | null>(null);
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listId = useId();
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
          { text: query, first: PAGE, kinds: kind ? [kind] : null },
          signal,
        );
        return toResults(query, kind, [], data.searchConnection);
      });
      setActive(0);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, kind, run, reset]);

  useEffect(() => {
    if (!globalShortcut) return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target &&
        (target.tagName === 'INPUT' ||
          target.tagName === 'TEXTAREA' ||
          target.tagName === 'SELECT');
      if (event.key === '/' && !typing) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [globalShortcut]);

  // Adjusting state while rendering (React's pattern for state derived from a change): keep the
  // latest finished results, and forget them once the search is reset (idle).
  if (search.state.status === 'done' && shown !== search.state.data) setShown(search.state.data);
  if (search.state.status === 'idle' && shown !== null) setShown(null);
  const results = search.state.status === 'idle' ? null : shown;
  const hits = results?.hits ?? [];
  const canLoadMore = Boolean(results?.hasNextPage) && search.state.status === 'done';
  const options = hits.length + (canLoadMore ? 1 : 0);

  const loadMore = () => {
    const current = results;
    if (!current?.endCursor) return;
    void run(async (signal) => {
      const data = await request(
        SearchQuery,
        {
          text: current.text,
          first: PAGE,
          after: current.endCursor,
          kinds: current.kind ? [current.kind] : null,
        },
        signal,
      );
      return toResults(current.text, current.kind, current.hits, data.searchConnection);
    });
  };
  const choose = (index: number) => {
    if (index === hits.length && canLoadMore) {
      loadMore();
      return;
    }
    const hit = hits[index];
    if (!hit) return;
    onChoose(hit.node.id, hit.node.name, hit);
    setOpen(false);
    if (!keepText) setText('');
    // Focus stays in the search, ready for the next one.
  };
  const showList = open && text.trim().length > 0 && search.state.status !== 'idle';

  return (
    <div className="search">
      <svg className="search-icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="6.5" cy="6.5" r="5" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <line x1="10.3" y1="10.3" x2="15" y2="15" stroke="currentColor" strokeWidth="1.8" />
      </svg>
      <input
        ref={inputRef}
        className="input"
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active < options ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => window.setTimeout(() => setOpen(false), 120)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((index) => Math.min(index + 1, Math.max(options - 1, 0)));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(active);
          } else if (event.key === 'Escape') {
            setOpen(false);
          }
        }}
      />
      <span className="search-status" aria-live="polite">
        {search.state.status === 'loading' ? (
          <span className="spinner" aria-label="Searching" />
        ) : null}
      </span>
      {showList ? (
        <div className="suggestions">
          {results && (results.kindCounts.length > 1 || kind) ? (
            <KindFacets
              results={results}
              kind={kind}
              onKind={(next) => {
                setKind(next);
                setActive(0);
              }}
            />
          ) : null}
          <ul className="suggestion-list" id={listId} role="listbox" aria-label="Search results">
            {search.state.status === 'error' ? (
              <li className="suggestions-note" role="option" aria-selected={false}>
                Search failed: {search.state.error.message}{' '}
                <span className="notice-code">{search.state.error.code}</span>{' '}
                <button
                  type="button"
                  className="btn btn-small"
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={search.retry}
                >
                  Retry
                </button>
              </li>
            ) : null}
            {search.state.status === 'loading' && hits.length === 0 ? (
              <li className="suggestions-note" role="option" aria-selected={false}>
                Searching…
              </li>
            ) : null}
            {search.state.status === 'done' && hits.length === 0 ? (
              <li className="suggestions-note" role="option" aria-selected={false}>
                Nothing in the graph matches “{search.state.data.text}”.
              </li>
            ) : null}
            {hits.map((hit, index) => (
              <li
                key={hit.node.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className="suggestion"
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(index)}
                data-testid="search-suggestion"
              >
                <KindSwatch kind={hit.node.kind} />
                <span className="suggestion-name">
                  {hit.node.name}
                  {hit.node.disambiguation ? (
                    <span className="suggestion-disambiguation" data-testid="disambiguation">
                      {' '}
                      ({hit.node.disambiguation})
                    </span>
                  ) : null}
                  {hit.matchedName !== hit.node.name ? (
                    <span className="suggestion-alias" title="The name or alias that matched">
                      {' '}
                      · matched “{hit.matchedName}”
                    </span>
                  ) : null}
                </span>
                <span className="suggestion-meta">
                  <span className="badge">{nodeKindStyle(hit.node.kind).label}</span>
                  {'country' in hit.node && hit.node.country ? (
                    <span className="badge badge-country" title="Country">
                      {hit.node.country}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
            {canLoadMore && results ? (
              <li
                id={`${listId}-${hits.length}`}
                role="option"
                aria-selected={active === hits.length}
                className="suggestion suggestion-more"
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(hits.length)}
                onClick={loadMore}
                data-testid="search-more"
              >
                More results ({results.totalCount - hits.length} more)
              </li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Counts by kind; choosing one shows only that kind, "All" every kind. */
function KindFacets({
  results,
  kind,
  onKind,
}: {
  results: Results;
  kind: NodeKind | null;
  onKind: (kind: NodeKind | null) => void;
}) {
  const all = results.kindCounts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <div className="search-facets" role="group" aria-label="Filter the results by kind">
      <button
        type="button"
        className="facet"
        aria-pressed={kind === null}
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => onKind(null)}
      >
        All {all}
      </button>
      {results.kindCounts.map((entry) => (
        <button
          key={entry.kind}
          type="button"
          className="facet"
          aria-pressed={kind === entry.kind}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onKind(kind === entry.kind ? null : entry.kind)}
          data-testid="search-facet"
        >
          {nodeKindStyle(entry.kind).label} {entry.count}
        </button>
      ))}
    </div>
  );
}

function toResults(
  text: string,
  kind: NodeKind | null,
  before: SearchHit[],
  page: Connection,
): Results {
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
