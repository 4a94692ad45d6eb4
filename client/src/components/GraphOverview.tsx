/**
 * What the details panel shows with nothing selected: the shown nodes grouped by kind, each a
 * button that selects it. It is also how keyboard and screen reader users reach the nodes of the
 * canvas.
 */
import { useMemo } from 'react';
import type { GraphNode } from '../model/types.ts';
import { NODE_KINDS, nodeKindStyle } from '../graph/nodeKinds.ts';
import { nodeElementId } from '../graph/elementIds.ts';
import { nodeLabel } from '../graph/elements.ts';
import { KindSwatch } from './KindSwatch.tsx';
import { useActions } from '../actions/ActionManager.ts';

/** See the module comment. */
export function GraphOverview({
  nodes,
  relationshipCount,
}: {
  nodes: readonly GraphNode[];
  relationshipCount: number;
}) {
  const actions = useActions();
  // Linear in the nodes but for the sort: each label made once, compared by one collator.
  const groups = useMemo(() => {
    const order = Object.keys(NODE_KINDS);
    const byKind = new Map<string, { node: GraphNode; label: string }[]>();
    for (const node of nodes) {
      const entry = { node, label: nodeLabel(node) };
      const list = byKind.get(node.kind);
      if (list) list.push(entry);
      else byKind.set(node.kind, [entry]);
    }
    const collator = new Intl.Collator();
    return [...byKind]
      .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
      .map(
        ([kind, list]) => [kind, list.sort((x, y) => collator.compare(x.label, y.label))] as const,
      );
  }, [nodes]);
  if (nodes.length === 0) {
    return (
      <div className="panel-note">
        <h2>Nothing shown yet</h2>
        <p>
          Search for an actor, a measure, an item or a document above. Choosing a result shows it
          with its neighbours; double-click a node to expand it, right-click for more.
        </p>
        <p>
          Select a node to see everything the sources say about it, and a statement to trace who
          said it, to whom, and where it was reported.
        </p>
      </div>
    );
  }
  return (
    <section aria-label="Nodes in view" data-testid="graph-overview">
      <h2>In view</h2>
      <p className="panel-note">
        {nodes.length} nodes, {relationshipCount} relationships. Select one to see its details;
        select two (Shift+click) to find the paths between them.
      </p>
      {groups.map(([kind, list]) => (
        <section key={kind} aria-label={nodeKindStyle(kind).label}>
          <h3>
            {nodeKindStyle(kind).label} <span className="tab-count">{list.length}</span>
          </h3>
          <ul className="node-list">
            {list.map(({ node, label }) => (
              <li key={node.id}>
                <button
                  type="button"
                  className="node-row"
                  onClick={() => actions.run('select', { elementIds: [nodeElementId(node.id)] })}
                >
                  <KindSwatch kind={node.kind} size={12} />
                  <span>{label}</span>
                  {node.country ? (
                    <span className="badge badge-country">{node.country}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
