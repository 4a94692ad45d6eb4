/**
 * The details tab: what the selection is. Nothing selected: the shown nodes. One node: its
 * details. One relationship: its evidence. Two nodes: the way to find paths between them. More:
 * the selected nodes, to hide them at once. The overview lists `overview`, which App.tsx passes as
 * a deferred copy of the graph, so a large graph is drawn before its list is built.
 */
import { parseElementId } from '../graph/elementIds.ts';
import type { ShownGraph } from '../state/graphOps.ts';
import { GraphOverview } from './GraphOverview.tsx';
import { NodeChips } from './NodeChip.tsx';
import { NodeDetails } from './NodeDetails.tsx';
import { RelationshipDetails } from './RelationshipDetails.tsx';
import { useActions } from '../actions/ActionManager.ts';

/** See the module comment. */
export function DetailsPanel({
  graph,
  overview = graph,
  selection,
}: {
  graph: ShownGraph;
  /** What the overview lists when nothing is selected (the shown graph, possibly a render behind). */
  overview?: ShownGraph;
  selection: readonly string[];
}) {
  const actions = useActions();
  const parsed = selection.map(parseElementId).filter((item) => item !== null);
  const nodeIds = parsed.filter((item) => item.group === 'node').map((item) => item.id);
  const relationshipIds = parsed
    .filter((item) => item.group === 'relationship')
    .map((item) => item.id);

  if (parsed.length === 0) {
    return (
      <GraphOverview
        nodes={Object.values(overview.nodes)}
        relationshipCount={Object.keys(overview.relationships).length}
      />
    );
  }
  if (parsed.length === 1 && nodeIds.length === 1) {
    return (
      <NodeDetails key={nodeIds[0]} id={nodeIds[0]!} shown={Boolean(graph.nodes[nodeIds[0]!])} />
    );
  }
  if (parsed.length === 1 && relationshipIds.length === 1) {
    const relationship = graph.relationships[relationshipIds[0]!];
    return relationship ? (
      <RelationshipDetails relationship={relationship} nodes={graph.nodes} />
    ) : (
      <p className="panel-note">This relationship is no longer shown.</p>
    );
  }
  const nodes = nodeIds.flatMap((id) => (graph.nodes[id] ? [graph.nodes[id]] : []));
  return (
    <section aria-label="Selection" data-testid="multi-selection">
      <h2>{nodes.length} nodes selected</h2>
      <p>
        <NodeChips nodes={nodes} />
      </p>
      <div className="actions">
        {nodes.length === 2 ? (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => actions.run('findPaths', { from: nodes[0]!.id, to: nodes[1]!.id })}
          >
            Show paths between them
          </button>
        ) : (
          <p className="panel-note">Select exactly two nodes to find the paths between them.</p>
        )}
        <button type="button" className="btn" onClick={() => actions.run('hide', { nodeIds })}>
          Hide selected
        </button>
      </div>
    </section>
  );
}
