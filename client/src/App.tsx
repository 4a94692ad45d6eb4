/**
 * The explorer: state (a reducer), graph requests, URL sync and the action registry come from
 * hooks; this component only lays out the top bar, the graph with its overlays, and the side panel.
 */
import { useCallback, useDeferredValue, useMemo, useReducer, useRef, useState } from 'react';
import { ActionsContext } from './actions/ActionManager.ts';
import { useActionManager } from './actions/useActionManager.ts';
import { DetailsPanel } from './components/DetailsPanel.tsx';
import { DocumentViewer } from './components/DocumentViewer.tsx';
import { EmptyState } from './components/EmptyState.tsx';
import { GraphNotices } from './components/GraphNotices.tsx';
import { GraphView } from './components/GraphView.tsx';
import { Legend } from './components/Legend.tsx';
import { LinkNotice } from './components/LinkNotice.tsx';
import { PathsPanel } from './components/PathsPanel.tsx';
import { SidePanel } from './components/SidePanel.tsx';
import { StatementsPanel } from './components/StatementsPanel.tsx';
import { Timeline } from './components/Timeline.tsx';
import { TopBar } from './components/TopBar.tsx';
import { parseGroupElementId } from './graph/elementIds.ts';
import { toElements } from './graph/elements.ts';
import { groupElements } from './graph/groupElements.ts';
import { ExpandPreview } from './components/ExpandPreview.tsx';
import { GroupDetails } from './components/GroupDetails.tsx';
import { drawnGraph, summarizeGroups } from './state/groups.ts';
import type { GraphController } from './graph/GraphController.ts';
import { useGraphActions } from './hooks/useGraphActions.ts';
import { useHistorySync } from './hooks/useHistorySync.ts';
import type { Subgraph } from './model/types.ts';
import { explorerReducer, selectedNodeIds, statementAbout } from './state/explorerReducer.ts';
import { INITIAL_STATE } from './state/explorerState.ts';
import { ViewFilterMenu } from './components/ViewFilterMenu.tsx';
import {
  editorToken,
  reviewRequested,
  ReviewView,
  type ReviewBridge,
  type ReviewHandle,
} from './review/index.ts';
import { hiddenIds, viewFilterCounts } from './state/viewFilter.ts';

/** The whole explorer. */
export function App() {
  const [state, dispatch] = useReducer(explorerReducer, INITIAL_STATE);
  const [paths, setPaths] = useState<Subgraph[]>([]);
  // The side panel's drawer on narrow screens.
  const [panelOpen, setPanelOpen] = useState(false);
  const graph = useRef<GraphController | null>(null);
  const requests = useGraphActions(dispatch, setPaths, (id) => Boolean(state.graph.nodes[id]));
  // A failed restore keeps the URL as it came, so reloading once the server is back restores it.
  const history = useHistorySync(
    state,
    dispatch,
    requests.restore,
    requests.state.status === 'done',
  );
  // The review view of drafts (review/), over the graph while open.
  const [reviewOpen, setReviewOpen] = useState(reviewRequested);
  const reviewHandle = useRef<ReviewHandle | null>(null);
  const review = useMemo<ReviewBridge>(
    () => ({
      open: reviewOpen,
      setOpen: setReviewOpen,
      get current() {
        return reviewHandle.current;
      },
    }),
    [reviewOpen],
  );
  const actions = useActionManager(state, dispatch, requests, graph, history, review);

  // What is drawn node by node: the graph without the members drawn as their group.
  const shown = useMemo(
    () => drawnGraph({ graph: state.graph, groups: state.groups }),
    [state.graph, state.groups],
  );
  const groupSummaries = useMemo(
    () => summarizeGroups(state.groups, state.graph),
    [state.groups, state.graph],
  );
  const nodes = useMemo(() => Object.values(shown.nodes), [shown.nodes]);
  const relationships = useMemo(() => Object.values(shown.relationships), [shown.relationships]);
  const pathIds = useMemo(() => new Set(state.pathIds), [state.pathIds]);
  const viewFilter = state.viewFilter;
  const hidden = useMemo(
    () => hiddenIds(viewFilter, nodes, relationships, state.dateRange),
    [viewFilter, nodes, relationships, state.dateRange],
  );
  const elements = useMemo(
    () => [
      ...toElements({ nodes, relationships, dateRange: state.dateRange, pathIds, hidden }),
      ...groupElements({
        groups: groupSummaries,
        drawn: new Set(Object.keys(shown.nodes)),
        hiddenKinds: new Set(viewFilter.kinds),
      }),
    ],
    [nodes, relationships, state.dateRange, pathIds, hidden, groupSummaries, shown, viewFilter],
  );
  const groupCount = useMemo(
    () =>
      elements.filter(
        (element) =>
          element.group === 'nodes' && parseGroupElementId(String(element.data.id)) !== null,
      ).length,
    [elements],
  );
  const selectedGroup =
    state.selection.length === 1 ? parseGroupElementId(state.selection[0]!) : null;
  // The legend is drawn with the graph: fitting the graph keeps clear of it (GraphView.tsx).
  const kinds = useMemo(() => new Set(nodes.map((node) => node.kind)), [nodes]);
  const types = useMemo(() => new Set(relationships.map((rel) => rel.type)), [relationships]);
  // The panels that list the whole graph (the overview and the timeline) render from a deferred
  // copy of it: React first commits the new elements to the graph view, which draws them, and
  // builds those lists in the background, yielding to the drawing. At 5,000 elements they took
  // about 1.5 s of rendering and page layout before the graph got its elements (BENCHMARKS.md).
  const listed = useDeferredValue(shown);
  const listedNodes = useMemo(() => Object.values(listed.nodes), [listed.nodes]);
  const dated = useMemo(
    () =>
      listedNodes.flatMap((node) =>
        node.date ? [{ id: node.id, kind: node.kind, date: node.date, name: node.name }] : [],
      ),
    [listedNodes],
  );
  const shownIds = useMemo(() => new Set(Object.keys(state.graph.nodes)), [state.graph.nodes]);
  const selectedNodes = useMemo(() => selectedNodeIds(state), [state]);

  const onSelectionChange = useCallback(
    (elementIds: string[]) => dispatch({ type: 'selection/set', elementIds }),
    [],
  );
  const onNodeDoubleClick = useCallback(
    (elementId: string) => void actions.run('activate', { elementId }),
    [actions],
  );
  const closeDocument = useCallback(() => dispatch({ type: 'document/close' }), []);

  return (
    <ActionsContext value={actions}>
      <div className="app">
        <TopBar
          layout={state.layout}
          expandFilter={state.expandFilter}
          onExpandFilter={(filter) => dispatch({ type: 'expandFilter/set', filter })}
          viewFilterMenu={
            nodes.length > 0 ? (
              <ViewFilterMenu
                filter={viewFilter}
                counts={viewFilterCounts(nodes, relationships, state.dateRange)}
                hiddenCount={hidden.size}
                onChange={(filter) => dispatch({ type: 'viewFilter/set', filter })}
              />
            ) : null
          }
          panelOpen={panelOpen}
          onPanelToggle={() => setPanelOpen((open) => !open)}
          showReview={reviewOpen || editorToken() !== null || reviewRequested()}
        />
        <main className="app-main">
          {reviewOpen ? <ReviewView handleRef={reviewHandle} /> : null}
          <GraphView
            controllerRef={graph}
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
          >
            <GraphNotices
              actions={requests}
              nodeCount={nodes.length + groupSummaries.length}
              relationshipCount={relationships.length}
              truncated={state.truncated}
            >
              {history.dropped.length > 0 ||
              history.linkNodes.missing.length + history.linkNodes.merged.length > 0 ? (
                <LinkNotice
                  dropped={history.dropped}
                  missingNodes={history.linkNodes.missing.length}
                  mergedNodes={history.linkNodes.merged}
                  onDismiss={history.dismissDropped}
                />
              ) : null}
            </GraphNotices>
            {requests.preview ? (
              <ExpandPreview
                key={`${requests.preview.nodeId}:${requests.preview.summary.total}`}
                preview={requests.preview}
              />
            ) : null}
            {nodes.length === 0 && requests.state.status !== 'loading' ? (
              <EmptyState
                onBrowseStatements={() => dispatch({ type: 'panel/set', panel: 'statements' })}
              />
            ) : null}
            {nodes.length > 0 ? (
              <div className="graph-overlay-bottom">
                <Legend kinds={kinds} relationshipTypes={types} groupNodes={groupCount} />
              </div>
            ) : null}
          </GraphView>
          <SidePanel
            open={panelOpen}
            onClose={() => setPanelOpen(false)}
            panel={state.panel}
            onPanel={(panel) => dispatch({ type: 'panel/choose', panel })}
            counts={{ paths: state.path ? paths.length : 0 }}
            overlay={
              state.document ? (
                <DocumentViewer open={state.document} onClose={closeDocument} />
              ) : null
            }
          >
            {state.panel === 'details' && selectedGroup !== null ? (
              <GroupDetails groupId={selectedGroup} groups={state.groups} graph={state.graph} />
            ) : null}
            {state.panel === 'details' && selectedGroup === null ? (
              <DetailsPanel graph={shown} overview={listed} selection={state.selection} />
            ) : null}
            {state.panel === 'statements' ? (
              <StatementsPanel
                filter={state.statementFilter}
                about={statementAbout(state)}
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
    </ActionsContext>
  );
}
