/**
 * The view filter menu ("Show"): hides or shows, in place, what is already drawn, by node kind,
 * relationship type, list, date range and provenance (reviewed facts only), each choice with how many shown elements it concerns
 * (state/viewFilter.ts). The expand filter beside it says what expansions bring in.
 */
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import {
  isEmptyViewFilter,
  NO_VIEW_FILTER,
  type ViewFilter,
  type ViewFilterCounts,
} from '../state/viewFilter.ts';
import { KindSwatch, RelationshipSwatch } from './KindSwatch.tsx';

/** See the module comment. */
export function ViewFilterMenu({
  filter,
  counts,
  hiddenCount,
  onChange,
}: {
  filter: ViewFilter;
  counts: ViewFilterCounts;
  /** Shown nodes and relationships the filter hides. */
  hiddenCount: number;
  onChange: (filter: ViewFilter) => void;
}) {
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  const active = !isEmptyViewFilter(filter);
  return (
    <details className="menu" data-testid="view-filter">
      <summary
        className="btn"
        aria-label={active ? `Show: ${hiddenCount} hidden` : 'Show: everything shown'}
      >
        Show{active ? <span className="badge">{hiddenCount} hidden</span> : null}
      </summary>
      <div className="menu-body menu-wide">
        <p className="menu-note">
          Untick to hide, in place, what is already shown; tick again to show it where it was.
        </p>
        <div className="menu-columns">
          <fieldset>
            <legend>Node kinds</legend>
            {counts.kinds.map(([kind, count]) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={!filter.kinds.includes(kind)}
                  onChange={() => onChange({ ...filter, kinds: toggle(filter.kinds, kind) })}
                />
                <KindSwatch kind={kind} /> {nodeKindStyle(kind).label}{' '}
                <span className="menu-count">{count}</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Relationship types</legend>
            {counts.relationshipTypes.map(([type, count]) => (
              <label key={type} className="check">
                <input
                  type="checkbox"
                  checked={!filter.relationshipTypes.includes(type)}
                  onChange={() =>
                    onChange({
                      ...filter,
                      relationshipTypes: toggle(filter.relationshipTypes, type),
                    })
                  }
                />
                <RelationshipSwatch type={type} /> {relationshipTypeStyle(type).label}{' '}
                <span className="menu-count">{count}</span>
              </label>
            ))}
          </fieldset>
          {counts.lists.length > 0 ? (
            <fieldset className="menu-lists">
              <legend>Lists (measures and listings)</legend>
              {counts.lists.map(([list, count]) => (
                <label key={list} className="check">
                  <input
                    type="checkbox"
                    checked={!filter.lists.includes(list)}
                    onChange={() => onChange({ ...filter, lists: toggle(filter.lists, list) })}
                  />
                  {list} <span className="menu-count">{count}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </div>
        <label className="check check-wrap">
          <input
            type="checkbox"
            checked={filter.outsideDates}
            onChange={() => onChange({ ...filter, outsideDates: !filter.outsideDates })}
          />
          Hide what is dated outside the timeline’s range (instead of fading it){' '}
          <span className="menu-count">{counts.outsideDates}</span>
        </label>
        <label className="check check-wrap">
          <input
            type="checkbox"
            checked={filter.reviewedOnly}
            onChange={() => onChange({ ...filter, reviewedOnly: !filter.reviewedOnly })}
            data-testid="reviewed-only"
          />
          Reviewed statements and relationships only (loaded from a reviewed draft), with the nodes
          they join <span className="menu-count">{counts.reviewed}</span>
        </label>
        <button
          type="button"
          className="btn btn-small"
          disabled={!active}
          onClick={() => onChange(NO_VIEW_FILTER)}
        >
          Show everything
        </button>
      </div>
    </details>
  );
}
