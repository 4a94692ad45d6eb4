/**
 * The legend: every node kind (shape and colour) and relationship type (colour and line style),
 * grouped; those not in the current view are greyed out. When group nodes are drawn, their look
 * too (a double border) and how to open one. Collapsible, open by default.
 */
import { useMemo } from 'react';
import { NODE_KIND_ORDER, NODE_KINDS } from '../graph/nodeKinds.ts';
import { RELATIONSHIP_TYPE_ORDER, RELATIONSHIP_TYPES } from '../graph/relationshipTypes.ts';
import type { RelationshipType } from '../model/types.ts';
import { KindSwatch, RelationshipSwatch } from './KindSwatch.tsx';

export interface LegendProps {
  /** Node kinds present in the view. */
  kinds: ReadonlySet<string>;
  /** Relationship types present in the view. */
  relationshipTypes: ReadonlySet<string>;
  /** How many group nodes are drawn (state/groups.ts); the legend lists groups when there are any. */
  groupNodes?: number;
}

/** A group node's look (graph/graphStyle.ts, `node.group`): a card with a double border. */
function GroupSwatch() {
  return (
    <svg className="kind-swatch" width={14} height={14} viewBox="0 0 14 14" aria-hidden="true">
      <rect x={1} y={1} width={12} height={12} rx={2.5} fill="#ffffff" stroke="#1f2933" />
      <rect x={3} y={3} width={8} height={8} rx={1.5} fill="#9aa5b1" stroke="#1f2933" />
    </svg>
  );
}

/** See the module comment. */
export function Legend({ kinds, relationshipTypes, groupNodes = 0 }: LegendProps) {
  const groups = useMemo(() => {
    const byGroup = new Map<string, RelationshipType[]>();
    for (const type of RELATIONSHIP_TYPE_ORDER) {
      const { group } = RELATIONSHIP_TYPES[type];
      byGroup.set(group, [...(byGroup.get(group) ?? []), type]);
    }
    return [...byGroup];
  }, []);
  const shownKinds = NODE_KIND_ORDER.filter((kind) => kinds.size === 0 || kinds.has(kind));
  const shownTypes = groups
    .map(
      ([group, types]) =>
        [
          group,
          types.filter((type) => relationshipTypes.size === 0 || relationshipTypes.has(type)),
        ] as const,
    )
    .filter(([, types]) => types.length > 0);
  return (
    <details className="legend" open data-fit-avoid="">
      <summary>Legend</summary>
      <div className="legend-body">
        <section aria-label="Node kinds">
          <h3>Nodes</h3>
          <ul>
            {shownKinds.map((kind) => (
              <li key={kind}>
                <KindSwatch kind={kind} />
                {NODE_KINDS[kind].label}
              </li>
            ))}
            {groupNodes > 0 ? (
              <li data-testid="legend-group" title="Enter or double-click opens a group">
                <GroupSwatch />
                Group of one kind (Enter opens)
              </li>
            ) : null}
          </ul>
        </section>
        <section aria-label="Relationship types">
          <h3>Relationships</h3>
          <ul>
            {shownTypes.flatMap(([, types]) =>
              types.map((type) => (
                <li key={type}>
                  <RelationshipSwatch type={type} />
                  {RELATIONSHIP_TYPES[type].label}
                </li>
              )),
            )}
          </ul>
        </section>
      </div>
    </details>
  );
}
