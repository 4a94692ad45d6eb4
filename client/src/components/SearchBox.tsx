/**
 * The search box: autocomplete over names and aliases in any script, as an ARIA combobox. Each
 * suggestion shows the node's kind and country (so "Commerce" tells the US department from China's
 * ministry) and the alias that matched. `/` focuses it from anywhere.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { request } from '../api/graphqlClient.ts';
import { SearchQuery } from '../api/documents.ts';
import type { SearchQuery as SearchResult } from '../gql/graphql.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { useRequest } from '../hooks/useRequest.ts';
import { KindSwatch } from './KindSwatch.tsx';

type Hit = SearchResult['search'][number];

export interface SearchBoxProps {
  /** A hit was chosen. */
  onChoose: (id: string, name: string) => void;
}

const DEBOUNCE_MS = 160;

/** See the module comment. */
export function SearchBox({ onChoose }: SearchBoxProps) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const search = useRequest<{ text: string; hits: Hit[] }>();
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
        const data = await request(SearchQuery, { text: query, first: 12 }, signal);
        return { text: query, hits: data.search };
      });
      setActive(0);
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, run, reset]);

  useEffect(() => {
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
  }, []);

  const hits = search.state.status === 'done' ? search.state.data.hits : [];
  const choose = (hit: Hit | undefined) => {
    if (!hit) return;
    onChoose(hit.node.id, hit.node.name);
    setOpen(false);
    setText('');
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
        aria-label="Search actors, measures, items, statements and documents"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search names in any script: MOFCOM, 商务部, Mao Ning…  ( / )"
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
            setActive((index) => Math.min(index + 1, Math.max(hits.length - 1, 0)));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => Math.max(index - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(hits[active]);
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
        <ul className="suggestions" id={listId} role="listbox" aria-label="Search results">
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
              onClick={() => choose(hit)}
              data-testid="search-suggestion"
            >
              <KindSwatch kind={hit.node.kind} />
              <span className="suggestion-name">
                {hit.node.name}
                {hit.matchedName !== hit.node.name ? (
                  <span className="suggestion-alias"> · {hit.matchedName}</span>
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
        </ul>
      ) : null}
    </div>
  );
}
