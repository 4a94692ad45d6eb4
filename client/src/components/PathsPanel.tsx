/**
 * Paths: pick two shown nodes (or select two in the graph) and find the shortest paths between
 * them; each path is listed step by step, the chosen one highlighted in the graph.
 */
import { useEffect, useState } from 'react';
import type { GraphNode, Subgraph } from '../model/types.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import type { PathRequest } from '../state/explorerState.ts';
import { KindSwatch } from './KindSwatch.tsx';
import { truncateLabel } from '../graph/wrapLabel.ts';
import { useActions } from '../actions/ActionManager.ts';
import { NodeSelect } from './NodeSelect.tsx';

export interface PathsPanelProps {
  nodes: readonly GraphNode[];
  /** Node ids currently selected (the first two prefill the form). */
  selectedNodeIds: readonly string[];
  path: PathRequest | null;
  /** The paths found for `path`, shortest first. */
  paths: readonly Subgraph[];
  /** Highlight path `index` of the current result. */
  onChoose: (index: number) => void;
  onClear: () => void;
}

/** See the module comment. */
export function PathsPanel({
  nodes,
  selectedNodeIds,
  path,
  paths,
  onChoose,
  onClear,
}: PathsPanelProps) {
  const actions = useActions();
  const [from, setFrom] = useState(path?.from ?? selectedNodeIds[0] ?? '');
  const [to, setTo] = useState(path?.to ?? selectedNodeIds[1] ?? '');
  useEffect(() => {
    if (selectedNodeIds.length === 2) {
      setFrom(selectedNodeIds[0]!);
      setTo(selectedNodeIds[1]!);
    }
  }, [selectedNodeIds]);
  useEffect(() => {
    if (path) {
      setFrom(path.from);
      setTo(path.to);
    }
  }, [path]);
  const sorted = [...nodes].sort((a, b) => a.name.localeCompare(b.name));
  const nameOf = (id: string) => nodes.find((node) => node.id === id)?.name ?? id;

  return (
    <section aria-label="Paths" data-testid="paths-panel">
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to) actions.run('findPaths', { from, to });
        }}
      >
        <NodeSelect
          label="From"
          name="Path from"
          none="Choose a shown node"
          value={from}
          nodes={sorted}
          onChange={(id) => setFrom(id ?? '')}
        />
        <NodeSelect
          label="To"
          name="Path to"
          none="Choose a shown node"
          value={to}
          nodes={sorted}
          onChange={(id) => setTo(id ?? '')}
        />
        <div className="actions" style={{ gridColumn: '1 / -1', marginTop: 0 }}>
          <button type="submit" className="btn btn-primary" disabled={!from || !to || from === to}>
            Find shortest paths
          </button>
          {path ? (
            <button type="button" className="btn" onClick={onClear}>
              Clear highlight
            </button>
          ) : null}
        </div>
      </form>
      {path ? (
        paths.length === 0 ? (
          <p className="panel-note">
            No path of up to 4 relationships links {nameOf(path.from)} and {nameOf(path.to)}.
          </p>
        ) : (
          <>
            <h3>
              {paths.length} shortest path{paths.length === 1 ? '' : 's'} from {nameOf(path.from)}{' '}
              to {nameOf(path.to)}
            </h3>
            <ul className="path-list">
              {paths.map((subgraph, index) => (
                <li key={index}>
                  <button
                    type="button"
                    className="path-option"
                    aria-pressed={index === path.index}
                    onClick={() => onChoose(index)}
                    data-testid="path-option"
                  >
                    <strong>
                      Path {index + 1}: {subgraph.relationships.length} step
                      {subgraph.relationships.length === 1 ? '' : 's'}
                    </strong>
                    <PathSteps subgraph={subgraph} />
                  </button>
                </li>
              ))}
            </ul>
          </>
        )
      ) : (
        <p className="panel-note">Select two nodes in the graph (Shift+click) or pick them here.</p>
      )}
    </section>
  );
}

function PathSteps({ subgraph }: { subgraph: Subgraph }) {
  return (
    <span className="path-steps">
      {subgraph.nodes.map((node, index) => {
        const rel = subgraph.relationships[index];
        const forward = rel ? rel.source === node.id : true;
        return (
          <span key={node.id}>
            <span className="path-node">
              <KindSwatch kind={node.kind} size={11} /> {truncateLabel(node.name, 70)}
            </span>
            {rel ? (
              <span className="path-rel">
                {' '}
                {forward ? '—' : '←'} {relationshipTypeStyle(rel.type).label}{' '}
                {forward ? '→' : '—'}{' '}
              </span>
            ) : null}
          </span>
        );
      })}
    </span>
  );
}
