/**
 * A node named inside a panel: its kind's swatch and name; choosing it selects the node in the
 * graph, adding it (with its neighbourhood) when it is not shown.
 */
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { KindSwatch } from './KindSwatch.tsx';
import { useActions } from '../actions/ActionManager.ts';

export interface NodeRef {
  id: string;
  name: string;
  kind: string;
}

/** See the module comment. */
export function NodeChip({ node }: { node: NodeRef }) {
  const actions = useActions();
  return (
    <button
      type="button"
      className="chip"
      onClick={() => actions.run('showNode', { id: node.id, name: node.name })}
      title={`${nodeKindStyle(node.kind).label}: ${node.name}`}
    >
      <KindSwatch kind={node.kind} size={12} />
      <span>{node.name}</span>
    </button>
  );
}

/** A row of chips, or a dash when there are none. */
export function NodeChips({ nodes }: { nodes: readonly NodeRef[] }) {
  if (nodes.length === 0) return <span className="panel-note">—</span>;
  return (
    <span className="chips">
      {nodes.map((node) => (
        <NodeChip key={node.id} node={node} />
      ))}
    </span>
  );
}
