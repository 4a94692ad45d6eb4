/**
 * Paths: pick two nodes, among those shown or by searching the whole graph (or select two in the
 * graph), and find the shortest paths between them; each path is listed step by step, the chosen
 * one highlighted in the graph. Every name is shown with what tells it apart from namesakes.
 */
import { useEffect, useState } from 'react';
import type { GraphNode, Subgraph } from '../model/types.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';
import type { PathRequest } from '../state/explorerState.ts';
import { KindSwatch } from './KindSwatch.tsx';
import type { SearchHit } from './SearchBox.tsx';
import { displayName, type Nameable } from '../graph/displayName.ts';
import { useActions } from '../actions/ActionManager.ts';
import { NodeSelect } from './NodeSelect.tsx';
import { SearchBox } from './SearchBox.tsx';

/** Longest name in a picker or a path step, disambiguation included. */
const MAX_NAME = 90;

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
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the endpoints follow a new selection of two nodes but stay editable in between
      setFrom(selectedNodeIds[0]!);
      setTo(selectedNodeIds[1]!);
    }
  }, [selectedNodeIds]);
  useEffect(() => {
    if (path) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the endpoints follow a newly shown path but stay editable in between
      setFrom(path.from);
      setTo(path.to);
    }
  }, [path]);
  /** Nodes chosen by search that are not shown (yet), by id. */
  const [searched, setSearched] = useState<ReadonlyMap<string, Nameable>>(new Map());
  const choices = [
    ...nodes.map((node) => ({ id: node.id, label: displayName(node, MAX_NAME) })),
    ...[...searched]
      .filter(([id]) => !nodes.some((node) => node.id === id))
      .map(([id, node]) => ({ id, label: displayName(node, MAX_NAME) })),
  ].sort((a, b) => a.label.localeCompare(b.label));
  const nameOf = (id: string) => {
    const node = nodes.find((each) => each.id === id) ?? searched.get(id);
    return node ? displayName(node) : id;
  };
  const pick = (set: (id: string) => void) => (id: string, name: string, hit: SearchHit) => {
    setSearched((before) =>
      new Map(before).set(id, { name, disambiguation: hit.node.disambiguation }),
    );
    set(id);
  };

  return (
    <section aria-label="Paths" data-testid="paths-panel">
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          if (from && to) actions.run('findPaths', { from, to });
        }}
      >
        <PathEnd
          end="from"
          value={from}
          choices={choices}
          onChange={setFrom}
          onSearch={pick(setFrom)}
        />
        <PathEnd end="to" value={to} choices={choices} onChange={setTo} onSearch={pick(setTo)} />
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
        <p className="panel-note">
          Select two nodes in the graph (Shift+click), or pick them here among the shown nodes or by
          searching the whole graph.
        </p>
      )}
    </section>
  );
}

/** One end of the path: a choice among the shown (and searched) nodes, and a search of the graph. */
function PathEnd({
  end,
  value,
  choices,
  onChange,
  onSearch,
}: {
  end: 'from' | 'to';
  value: string;
  choices: readonly { id: string; label: string }[];
  onChange: (id: string) => void;
  onSearch: (id: string, name: string, hit: SearchHit) => void;
}) {
  const word = end === 'from' ? 'From' : 'To';
  return (
    <div className="path-end" data-testid={`path-end-${end}`}>
      <NodeSelect
        label={word}
        name={`Path ${end}`}
        none="Choose a node"
        value={value}
        nodes={choices.map((choice) => ({ id: choice.id, name: choice.label, kind: '' }))}
        onChange={(id) => onChange(id ?? '')}
      />
      <SearchBox
        label={`Find the path's ${end === 'from' ? 'start' : 'end'} anywhere in the graph`}
        placeholder="…or find any node of the graph"
        globalShortcut={false}
        onChoose={onSearch}
      />
    </div>
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
              <KindSwatch kind={node.kind} size={11} /> {displayName(node, MAX_NAME)}
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
