/**
 * A search box: autocomplete over names and aliases in any script, as an ARIA combobox. Each
 * suggestion shows the node's name with what tells it apart from namesakes (kind and country,
 * issuer and date: graph/displayName.ts), its kind and country badges, and the alias that matched.
 * Counts by kind above the list filter it; "More results" asks the server for the next page. The
 * top bar's box is focused by `/` from anywhere; the Paths tab uses the same box for its ends.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { NodeKind } from '../gql/graphql.ts';
import { useSearchResults, type SearchHit } from '../hooks/useSearchResults.ts';
import { SearchFacets } from './SearchFacets.tsx';
import { SearchSuggestion } from './SearchSuggestion.tsx';

export type { SearchHit } from '../hooks/useSearchResults.ts';

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
  const inputRef = useRef<HTMLInputElement | null>(null);
  const listId = useId();
  const search = useSearchResults(text, kind);
  const { results, canLoadMore, loadMore } = search;

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

  const hits = results?.hits ?? [];
  const options = hits.length + (canLoadMore ? 1 : 0);

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
          setActive(0);
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
            <SearchFacets
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
              <SearchSuggestion
                key={hit.node.id}
                hit={hit}
                id={`${listId}-${index}`}
                active={index === active}
                onActivate={() => setActive(index)}
                onChoose={() => choose(index)}
              />
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
