/**
 * One row of the search list: the node's name with what tells it apart from namesakes
 * (graph/displayName.ts, sent by the server as `disambiguation`), the alias that matched when it is
 * not the name, and the kind and country badges. An ARIA `option` of the search box's listbox.
 */
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import type { SearchHit } from '../hooks/useSearchResults.ts';
import { KindSwatch } from './KindSwatch.tsx';

export interface SearchSuggestionProps {
  hit: SearchHit;
  /** The option's element id (the input's `aria-activedescendant` names it). */
  id: string;
  active: boolean;
  onActivate: () => void;
  onChoose: () => void;
}

/** See the module comment. */
export function SearchSuggestion({ hit, id, active, onActivate, onChoose }: SearchSuggestionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      className="suggestion"
      onMouseDown={(event) => event.preventDefault()}
      onMouseEnter={onActivate}
      onClick={onChoose}
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
  );
}
