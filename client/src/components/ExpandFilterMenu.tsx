/**
 * The expand filter: which node kinds and relationship types an expansion brings in (none ticked
 * means all). Kept in the URL with the rest of the view.
 */
import { NODE_KIND_ORDER, NODE_KINDS } from '../graph/nodeKinds.ts';
import { RELATIONSHIP_TYPE_ORDER, RELATIONSHIP_TYPES } from '../graph/relationshipTypes.ts';
import type { ExpandFilter } from '../state/explorerState.ts';
import { KindSwatch, RelationshipSwatch } from './KindSwatch.tsx';

/** See the module comment. */
export function ExpandFilterMenu({
  filter,
  onChange,
}: {
  filter: ExpandFilter;
  onChange: (filter: ExpandFilter) => void;
}) {
  const count = filter.kinds.length + filter.relationshipTypes.length;
  const toggle = <T extends string>(list: T[], value: T) =>
    list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return (
    <details className="menu">
      <summary
        className="btn"
        aria-label={count > 0 ? `Expand filter, ${count} set` : 'Expand filter, none set'}
      >
        Expand filter{count > 0 ? <span className="badge">{count}</span> : null}
      </summary>
      <div className="menu-body menu-wide">
        <p className="menu-note">
          An expansion brings in only the ticked kinds and relationship types; none ticked means
          all.
        </p>
        <div className="menu-columns">
          <fieldset>
            <legend>Node kinds</legend>
            {NODE_KIND_ORDER.map((kind) => (
              <label key={kind} className="check">
                <input
                  type="checkbox"
                  checked={filter.kinds.includes(kind)}
                  onChange={() => onChange({ ...filter, kinds: toggle(filter.kinds, kind) })}
                />
                <KindSwatch kind={kind} /> {NODE_KINDS[kind].label}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Relationship types</legend>
            {RELATIONSHIP_TYPE_ORDER.map((type) => (
              <label key={type} className="check">
                <input
                  type="checkbox"
                  checked={filter.relationshipTypes.includes(type)}
                  onChange={() =>
                    onChange({
                      ...filter,
                      relationshipTypes: toggle(filter.relationshipTypes, type),
                    })
                  }
                />
                <RelationshipSwatch type={type} /> {RELATIONSHIP_TYPES[type].label}
              </label>
            ))}
          </fieldset>
        </div>
        <button
          type="button"
          className="btn btn-small"
          disabled={count === 0}
          onClick={() => onChange({ kinds: [], relationshipTypes: [] })}
        >
          Clear filter
        </button>
      </div>
    </details>
  );
}
