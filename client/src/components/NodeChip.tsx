/**
 * A node named inside a panel: its kind's swatch and name, with what tells it apart from namesakes
 * when known (graph/displayName.ts); choosing it selects the node in the graph, adding it (with its
 * neighbourhood) when it is not shown.
 */
import { displayName } from '../graph/displayName.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { KindSwatch } from './KindSwatch.tsx';
import { useActions } from '../actions/ActionManager.ts';

/** Longest chip text, disambiguation included (a date ending the name is kept). */
const MAX_CHIP = 64;

export interface NodeRef {
  id: string;
  name: string;
  kind: string;
  /** `Node.disambiguation`, when the query asked for it. */
  disambiguation?: string | null;
}

/** See the module comment. */
export function NodeChip({ node }: { node: NodeRef }) {
  const actions = useActions();
  return (
    <button
      type="button"
      className="chip"
      onClick={() => actions.run('showNode', { id: node.id, name: node.name })}
      title={`${nodeKindStyle(node.kind).label}: ${displayName(node)}`}
    >
      <KindSwatch kind={node.kind} size={12} />
      <span>{displayName(node, MAX_CHIP)}</span>
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
