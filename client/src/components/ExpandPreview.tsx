/**
 * The preview of a large expansion (hooks/useGraphActions.ts): the node's neighbours counted by
 * kind (with their date span) and by relationship type, from the API's `neighborhoodSummary`;
 * for each kind the user chooses to add it as one group node, node by node, or not at all, and
 * which relationship types to follow. Add and Cancel run the registry's actions.
 */
import { useState } from 'react';
import type { ExpansionChoice, ExpansionPreview as Preview } from '../hooks/useGraphActions.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import { GROUP_THRESHOLD } from '../state/groupThreshold.ts';
import { groupCaption } from '../state/groups.ts';
import type { NodeKind, RelationshipType } from '../model/types.ts';
import { ActionButton } from './ActionButton.tsx';
import { KindSwatch, RelationshipSwatch } from './KindSwatch.tsx';

type Mode = 'group' | 'each' | 'none';

const MODE_LABELS: Record<Mode, string> = {
  group: 'as one group',
  each: 'node by node',
  none: 'leave out',
};

/** Counts by relationship type over all kinds, most first. */
function typeCounts(preview: Preview): [RelationshipType, number][] {
  const counts = new Map<RelationshipType, number>();
  for (const row of preview.summary.counts)
    counts.set(row.relationshipType, (counts.get(row.relationshipType) ?? 0) + row.count);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** See the module comment. */
export function ExpandPreview({ preview }: { preview: Preview }) {
  const [modes, setModes] = useState<Record<string, Mode>>(() =>
    Object.fromEntries(
      preview.summary.kinds.map((kind) => [
        kind.kind,
        kind.count > GROUP_THRESHOLD ? 'group' : 'each',
      ]),
    ),
  );
  const types = typeCounts(preview);
  const [types0] = useState(() => types.map(([type]) => type));
  const [followed, setFollowed] = useState<RelationshipType[]>(types0);
  const pick = (mode: Mode): NodeKind[] =>
    preview.summary.kinds.filter((kind) => modes[kind.kind] === mode).map((kind) => kind.kind);
  // With no relationship type ticked nothing can be added.
  const any = followed.length > 0;
  const choice: ExpansionChoice = {
    each: any ? pick('each') : [],
    group: any ? pick('group') : [],
    relationshipTypes: followed.length === types0.length ? [] : followed,
  };
  return (
    <section
      className="expand-preview notice"
      role="dialog"
      aria-label={`Expand ${preview.name}`}
      data-testid="expand-preview"
    >
      <h2>
        Expand {preview.name}: {preview.summary.total} neighbours
      </h2>
      {preview.summary.truncated ? (
        <p className="menu-note">Counted over its first 20,000 relationships; it has more.</p>
      ) : null}
      <table>
        <tbody>
          {preview.summary.kinds.map((kind) => (
            <tr key={kind.kind} data-kind={kind.kind}>
              <th scope="row">
                <KindSwatch kind={kind.kind} />{' '}
                {groupCaption(
                  kind.count,
                  nodeKindStyle(kind.kind).label,
                  kind.firstDate,
                  kind.lastDate,
                )}
              </th>
              <td>
                <select
                  className="select"
                  aria-label={`Add the ${nodeKindStyle(kind.kind).label.toLowerCase()} neighbours`}
                  value={modes[kind.kind]}
                  onChange={(event) =>
                    setModes({ ...modes, [kind.kind]: event.target.value as Mode })
                  }
                >
                  {(Object.keys(MODE_LABELS) as Mode[]).map((mode) => (
                    <option key={mode} value={mode}>
                      {MODE_LABELS[mode]}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <fieldset>
        <legend>Relationship types</legend>
        {types.map(([type, count]) => (
          <label key={type} className="check" data-type={type}>
            <input
              type="checkbox"
              checked={followed.includes(type)}
              onChange={() =>
                setFollowed(
                  followed.includes(type)
                    ? followed.filter((other) => other !== type)
                    : [...followed, type],
                )
              }
            />
            <RelationshipSwatch type={type} /> {relationshipTypeStyle(type).label}{' '}
            <span className="menu-count">{count}</span>
          </label>
        ))}
      </fieldset>
      <div className="expand-preview-buttons">
        <ActionButton name="addExpansion" args={{ choice }} className="btn btn-primary">
          Add
        </ActionButton>
        <ActionButton name="cancelExpansion" args={{}} className="btn">
          Cancel
        </ActionButton>
      </div>
    </section>
  );
}
