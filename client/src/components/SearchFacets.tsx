/** The search list's counts by kind: choosing one shows only that kind, "All" every kind. */
import type { NodeKind } from '../gql/graphql.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import type { SearchResults } from '../hooks/useSearchResults.ts';

export interface SearchFacetsProps {
  results: SearchResults;
  /** The kind shown, or null for every kind. */
  kind: NodeKind | null;
  onKind: (kind: NodeKind | null) => void;
}

/** See the module comment. Buttons keep the focus in the search input (mouse down is ignored). */
export function SearchFacets({ results, kind, onKind }: SearchFacetsProps) {
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
