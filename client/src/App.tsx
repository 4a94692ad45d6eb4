/**
 * The explorer: state (a reducer), graph requests, URL sync and commands come from hooks; this
 * component only lays out the top bar, the graph with its overlays, and the side panel.
 */
import { useCallback, useMemo, useReducer, useRef, useState } from 'react';
import { DetailsPanel } from './components/DetailsPanel.tsx';
import { DocumentViewer } from './components/DocumentViewer.tsx';
import { EmptyState } from './components/EmptyState.tsx';
import { GraphNotices } from './components/GraphNotices.tsx';
import { GraphView, type GraphViewApi } from './components/GraphView.tsx';
import { Legend } from './components/Legend.tsx';
import { PathsPanel } from './components/PathsPanel.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { StatementsPanel } from './components/StatementsPanel.tsx';
import { Timeline } from './components/Timeline.tsx';
import { TopBar } from './components/TopBar.tsx';
import { CommandsContext } from './components/commands.ts';
import { graphMenu } from './components/graphMenu.ts';
import type { ExportFormat } from './export/exportView.ts';
import { parseElementId } from './graph/elementIds.ts';
import { toElements } from './graph/elements.ts';
import { useExplorerCommands } from './hooks/useExplorerCommands.ts';
import { useGraphActions } from './hooks/useGraphActions.ts';
import { useUrlSync } from './hooks/useUrlSync.ts';
import type { Subgraph } from './model/types.ts';
import { explorerReducer, selectedNodeIds } from './state/explorerReducer.ts';
import { INITIAL_STATE } from './state/explorerState.ts';
import { ViewFilterMenu } from './components/ViewFilterMenu.tsx';
import {
  hiddenIds,
  NO_VIEW_FILTER,
  viewFilterCounts,
  type ViewFilter,
} from './state/viewFilter.ts';

/** The whole explorer. */
export function App() {
  const [state, dispatch] = useReducer(explorerReducer, INITIAL_STATE);
  const [paths, setPaths] = useState<Subgraph[]>([]);
  const graphApi = useRef<GraphViewApi | null>(null);
  const actions = useGraphActions(dispatch, setPaths, (id) => Boolean(state.graph.nodes[id]));
  const commands = useExplorerCommands(state, dispatch, actions);
  // A failed restore keeps the URL as it came, so reloading once the server is back restores it.
  useUrlSync(state, dispatch, actions.restore, actions.state.status === 'done');

  const nodes = useMemo(() => Object.values(state.graph.nodes), [state.graph.nodes]);
  const relationships = useMemo(
    () => Object.values(state.graph.relationships),
    [state.graph.relationships],
  );
  const pathIds = useMemo(() => new Set(state.pathIds), [state.pathIds]);
  const [viewFilter, setViewFilter] = useState<ViewFilter>(NO_VIEW_FILTER);
  const hidden = useMemo(
    () => hiddenIds(viewFilter, nodes, relationships, state.dateRange),
    [viewFilter, nodes, relationships, state.dateRange],
  );
  const elements = useMemo(
    () => toElements({ nodes, relationships, dateRange: state.dateRange, pathIds, hidden }),
    [nodes, relationships, state.dateRange, pathIds, hidden],
  );
  const kinds = useMemo(() => new Set(nodes.map((node) => node.kind)), [nodes]);
  const types = useMemo(() => new Set(relationships.map((rel) => rel.type)), [relationships]);
  const dated = useMemo(
    () =>
      nodes.flatMap((node) =>
        node.date ? [{ id: node.id, kind: node.kind, date: node.date, name: node.name }] : [],
      ),
    [nodes],
  );
  const shownIds = useMemo(() => new Set(Object.keys(state.graph.nodes)), [state.graph.nodes]);
  const statementCount = nodes.filter((node) => node.statement).length;
  const selectedNodes = useMemo(() => selectedNodeIds(state), [state]);

  const onExport = useCallback(
    (format: ExportFormat) => {
      const api = graphApi.current;
      if (!api) return;
      // Exports load on first use: the first view does not need them.
      void import('./export/exportView.ts').then(({ exportView }) =>
        exportView(format, { nodes, relationships, png: api.png, positions: api.positions }),
      );
    },
    [nodes, relationships],
  );
  const onSelectionChange = useCallback(
    (elementIds: string[]) => dispatch({ type: 'selection/set', elementIds }),
    [],
  );
  const onNodeDoubleClick = useCallback(
    (elementId: string) => {
      const parsed = parseElementId(elementId);
      if (parsed?.group === 'node') commands.expand(parsed.id);
    },
    [commands],
  );
  const closeDocument = useCallback(() => dispatch({ type: 'document/close' }), []);
  const lastUndo = state.history[state.history.length - 1];

  return (
    <CommandsContext value={commands}>
      <div className="app">
        <TopBar
          layout={state.layout}
          onLayout={(layout) => dispatch({ type: 'layout/set', layout })}
          onRelayout={() => dispatch({ type: 'layout/rerun' })}
          onFit={() => graphApi.current?.fit()}
          onCentre={() => graphApi.current?.centre()}
          undoLabel={lastUndo?.label ?? null}
          onUndo={() => dispatch({ type: 'graph/undo' })}
          onClear={() => dispatch({ type: 'graph/clear' })}
          expandFilter={state.expandFilter}
          onExpandFilter={(filter) => dispatch({ type: 'expandFilter/set', filter })}
          viewFilterMenu={
            nodes.length > 0 ? (
              <ViewFilterMenu
                filter={viewFilter}
                counts={viewFilterCounts(nodes, relationships, state.dateRange)}
                hiddenCount={hidden.size}
                onChange={setViewFilter}
              />
            ) : null
          }
          empty={nodes.length === 0}
          statementCount={statementCount}
          onExport={onExport}
          onSearchChoose={commands.focusNode}
        />
        <main className="app-main">
          <GraphView
            ref={graphApi}
            footer={
              <Timeline
                items={dated}
                range={state.dateRange}
                onChange={(range) => dispatch({ type: 'dateRange/set', range })}
              />
            }
            elements={elements}
            layout={state.layout}
            layoutRevision={state.layoutRevision}
            selection={state.selection}
            onSelectionChange={onSelectionChange}
            onNodeDoubleClick={onNodeDoubleClick}
            menuFor={(target) =>
              graphMenu(target, state, commands, {
                fit: () => graphApi.current?.fit(),
                relayout: () => dispatch({ type: 'layout/rerun' }),
                expandAll: (id) =>
                  actions.expand(id, state.graph.nodes[id]?.name ?? id, {
                    kinds: [],
                    relationshipTypes: [],
                  }),
              })
            }
          >
            <GraphNotices
              actions={actions}
              nodeCount={nodes.length}
              relationshipCount={relationships.length}
              truncated={state.truncated}
            />
            {nodes.length === 0 && actions.state.status !== 'loading' ? (
              <EmptyState
                onBrowseStatements={() => dispatch({ type: 'panel/set', panel: 'statements' })}
              />
            ) : null}
            {nodes.length > 0 ? (
              <div className="graph-overlay-bottom">
                <Legend kinds={kinds} relationshipTypes={types} />
              </div>
            ) : null}
          </GraphView>
          <SidePanel
            panel={state.panel}
            onPanel={(panel) => dispatch({ type: 'panel/set', panel })}
            counts={{ paths: state.path ? paths.length : 0 }}
            overlay={
              state.document ? (
                <DocumentViewer open={state.document} onClose={closeDocument} />
              ) : null
            }
          >
            {state.panel === 'details' ? (
              <DetailsPanel graph={state.graph} selection={state.selection} />
            ) : null}
            {state.panel === 'statements' ? (
              <StatementsPanel
                filter={state.statementFilter}
                onFilter={(filter) => dispatch({ type: 'statementFilter/set', filter })}
                shown={shownIds}
                selection={state.selection}
              />
            ) : null}
            {state.panel === 'paths' ? (
              <PathsPanel
                nodes={nodes}
                selectedNodeIds={selectedNodes}
                path={state.path}
                paths={paths}
                onChoose={(index) =>
                  state.path &&
                  dispatch({
                    type: 'path/show',
                    path: { ...state.path, index },
                    subgraph: paths[index] ?? null,
                  })
                }
                onClear={() => dispatch({ type: 'path/clear' })}
              />
            ) : null}
          </SidePanel>
        </main>
      </div>
    </CommandsContext>
  );
}
