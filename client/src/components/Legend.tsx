/**
 * The legend: every node kind (shape and colour) and relationship type (colour and line style),
 * grouped; those not in the current view are greyed out. Collapsible, open by default.
 */
import { useMemo } from 'react';
import { NODE_KINDS } from '../graph/nodeKinds.ts';
import { RELATIONSHIP_TYPES } from '../graph/relationshipTypes.ts';
import { KindSwatch, RelationshipSwatch } from './KindSwatch.tsx';

export interface LegendProps {
  /** Node kinds present in the view. */
  kinds: ReadonlySet<string>;
  /** Relationship types present in the view. */
  relationshipTypes: ReadonlySet<string>;
}

/** See the module comment. */
export function Legend({ kinds, relationshipTypes }: LegendProps) {
  const groups = useMemo(() => {
    const byGroup = new Map<string, string[]>();
    for (const [type, style] of Object.entries(RELATIONSHIP_TYPES)) {
      byGroup.set(style.group, [...(byGroup.get(style.group) ?? []), type]);
    }
    return [...byGroup];
  }, []);
  const shownKinds = Object.keys(NODE_KINDS).filter((kind) => kinds.size === 0 || kinds.has(kind));
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
                {NODE_KINDS[kind]!.label}
              </li>
            ))}
          </ul>
        </section>
        <section aria-label="Relationship types">
          <h3>Relationships</h3>
          <ul>
            {shownTypes.flatMap(([, types]) =>
              types.map((type) => (
                <li key={type}>
                  <RelationshipSwatch type={type} />
                  {RELATIONSHIP_TYPES[type]!.label}
                </li>
              )),
            )}
          </ul>
        </section>
      </div>
    </details>
  );
}
