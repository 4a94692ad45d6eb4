/**
 * The requests that change what the graph shows: show a node with its neighbourhood, expand a
 * node, find paths between two nodes, restore a shared view. Each goes through one request slot,
 * so the graph view can show its progress and its error with a retry.
 */
import { useCallback, useMemo, useRef, useState, type Dispatch } from 'react';
import {
  PREVIEW_EXPAND_LIMIT,
  fetchNeighborhood,
  fetchNodesAmong,
  fetchPaths,
  type NeighborhoodFilter,
} from '../api/graphQueries.ts';
import { fetchNeighborhoodSummary, type NeighborhoodSummary } from '../api/neighborhoodSummary.ts';
import { GROUP_THRESHOLD } from '../state/groupThreshold.ts';
import type { NodeKind } from '../model/types.ts';
import { nodeElementId } from '../graph/elementIds.ts';
import type { Subgraph } from '../model/types.ts';
import type { ExplorerAction } from '../state/explorerReducer.ts';
import type { PathRequest } from '../state/explorerState.ts';
import { mergedNodes, missingNodeIds, type LinkNodes } from '../state/missingNodes.ts';
import { useRequest, type RequestState } from './useRequest.ts';

/** Performance mark set when the nodes of a shared view have arrived (before they are drawn). */
export const RESTORE_DATA_MARK = 'policygraph:shared-view-data';

/** What a graph request was for, to say so while it runs. */
export interface GraphTask {
  label: string;
  /** Said when it returns nothing. */
  empty: string | null;
}

/** An expansion waiting for the user's choice: the node, the filter asked and its neighbours counted. */
export interface ExpansionPreview {
  nodeId: string;
  name: string;
  filter: NeighborhoodFilter;
  summary: NeighborhoodSummary;
}

/** What the user chose to add from a preview: kinds drawn one by one, kinds drawn as a group. */
export interface ExpansionChoice {
  each: NodeKind[];
  group: NodeKind[];
  /** Relationship types followed (empty: every type the filter allowed). */
  relationshipTypes: NeighborhoodFilter['relationshipTypes'];
}

/** The graph actions and the state of the request in flight. */
export interface GraphActions {
  state: RequestState<{ task: GraphTask; count: number }>;
  /** What the latest request is (or was) for. */
  task: GraphTask | null;
  retry: () => void;
  dismiss: () => void;
  /** Adds `id` and its neighbourhood, and selects it. */
  showNode: (id: string, name: string) => void;
  /**
   * Adds the neighbours of `id` (filtered); when more than GROUP_THRESHOLD of one kind would come,
   * shows the preview (`preview`) instead and waits for `addExpansion`.
   */
  expand: (id: string, name: string, filter: NeighborhoodFilter) => void;
  /** The expansion waiting for a choice, or null. */
  preview: ExpansionPreview | null;
  /** Adds what was chosen from the preview (kinds in `group` drawn as group nodes). */
  addExpansion: (choice: ExpansionChoice) => void;
  closePreview: () => void;
  /** Finds up to three shortest paths; highlights path `index`. */
  findPaths: (from: string, to: string, names: [string, string], index?: number) => void;
  /**
   * Shows exactly the nodes `ids` (a shared view), then the path `path` when given; an id merged
   * into another node since brings that node. `onLinkNodes` receives, once the nodes have arrived,
   * the ids the database no longer has and those merged into others (state/missingNodes.ts), when
   * there are any and some node was found (none found is said by the task's empty notice).
   */
  restore: (
    ids: string[],
    path: PathRequest | null,
    onLinkNodes?: (nodes: LinkNodes) => void,
  ) => void;
}

/** See the module comment. */
export function useGraphActions(
  dispatch: Dispatch<ExplorerAction>,
  onPaths: (paths: Subgraph[]) => void,
  isShown: (id: string) => boolean,
): GraphActions {
  const shownRef = useRef(isShown);
  // eslint-disable-next-line react-hooks/refs -- latest-value ref: callbacks created once read the current render's values
  shownRef.current = isShown;
  const slot = useRequest<{ task: GraphTask; count: number }>();
  const [task, setTask] = useState<GraphTask | null>(null);
  const [preview, setPreview] = useState<ExpansionPreview | null>(null);
  const { run: runSlot } = slot;
  const run = useCallback(
    (
      task: GraphTask,
      load: (signal: AbortSignal) => Promise<{ task: GraphTask; count: number }>,
    ) => {
      setTask(task);
      return runSlot(load);
    },
    [runSlot],
  );

  const showNode = useCallback(
    (id: string, name: string) => {
      const task = {
        label: `Loading ${name} and its neighbours`,
        empty: `${name} was not found in the graph.`,
      };
      void run(task, async (signal) => {
        const subgraph = await fetchNeighborhood(
          [id],
          { kinds: [], relationshipTypes: [] },
          signal,
        );
        if (!signal.aborted && subgraph.nodes.length > 0) {
          dispatch({
            type: 'graph/merge',
            subgraph,
            label: `show ${name}`,
            select: [nodeElementId(id)],
          });
          dispatch({ type: 'panel/set', panel: 'details' });
        }
        return { task, count: subgraph.nodes.length };
      });
    },
    [dispatch, run],
  );

  const expand = useCallback(
    (id: string, name: string, filter: NeighborhoodFilter) => {
      const filtered = filter.kinds.length + filter.relationshipTypes.length > 0;
      const task = {
        label: `Expanding ${name}`,
        empty: `${name} has no ${filtered ? 'neighbours of the kinds and relationship types the expand filter allows' : 'neighbours'} beyond those shown.`,
      };
      setPreview(null);
      void run(task, async (signal) => {
        if (GROUP_THRESHOLD > 0) {
          const summary = await fetchNeighborhoodSummary(id, filter, signal);
          if (summary.kinds.some((kind) => kind.count > GROUP_THRESHOLD)) {
            if (!signal.aborted) setPreview({ nodeId: id, name, filter, summary });
            return { task, count: summary.total };
          }
        }
        const subgraph = await fetchNeighborhood([id], filter, signal);
        const fresh = subgraph.nodes.filter((node) => !shownRef.current(node.id)).length;
        if (!signal.aborted)
          dispatch({ type: 'graph/merge', subgraph, label: `expansion of ${name}` });
        return { task, count: fresh };
      });
    },
    [dispatch, run],
  );

  const addExpansion = useCallback(
    (choice: ExpansionChoice) => {
      if (!preview) return;
      const { nodeId, name, filter } = preview;
      setPreview(null);
      const kinds = [...choice.each, ...choice.group];
      if (kinds.length === 0) return;
      const task = {
        label: `Expanding ${name}`,
        empty: `${name} has no neighbours of the chosen kinds beyond those shown.`,
      };
      void run(task, async (signal) => {
        const subgraph = await fetchNeighborhood(
          [nodeId],
          {
            kinds,
            relationshipTypes:
              choice.relationshipTypes.length > 0
                ? choice.relationshipTypes
                : filter.relationshipTypes,
          },
          signal,
          PREVIEW_EXPAND_LIMIT,
        );
        const fresh = subgraph.nodes.filter((node) => !shownRef.current(node.id)).length;
        if (!signal.aborted)
          dispatch({
            type: 'graph/merge',
            subgraph,
            label: `expansion of ${name}`,
            group: { anchor: nodeId, kinds: choice.group },
          });
        return { task, count: fresh };
      });
    },
    [dispatch, preview, run],
  );
  const closePreview = useCallback(() => setPreview(null), []);

  const findPaths = useCallback(
    (from: string, to: string, names: [string, string], index = 0) => {
      const task = {
        label: `Finding paths from ${names[0]} to ${names[1]}`,
        empty: `No path of up to 4 relationships links ${names[0]} and ${names[1]}.`,
      };
      void run(task, async (signal) => {
        const paths = await fetchPaths(from, to, signal);
        if (!signal.aborted) {
          onPaths(paths);
          const chosen = paths[Math.min(index, Math.max(paths.length - 1, 0))] ?? null;
          dispatch({
            type: 'path/show',
            path: { from, to, index: chosen ? Math.min(index, paths.length - 1) : 0 },
            subgraph: chosen,
          });
        }
        return { task, count: paths.length };
      });
    },
    [dispatch, onPaths, run],
  );

  const restore = useCallback(
    (ids: string[], path: PathRequest | null, onLinkNodes?: (nodes: LinkNodes) => void) => {
      const task = {
        label: 'Opening the shared view',
        empty: 'None of the nodes of this link are in the graph any more.',
      };
      void run(task, async (signal) => {
        const subgraph = await fetchNodesAmong(ids, signal);
        if (performance.getEntriesByName(RESTORE_DATA_MARK).length === 0)
          performance.mark(RESTORE_DATA_MARK);
        const paths = path ? await fetchPaths(path.from, path.to, signal) : [];
        if (!signal.aborted) {
          dispatch({ type: 'graph/restore', subgraph });
          const resolved = subgraph.resolvedIds ?? [];
          const missing = missingNodeIds(ids, subgraph.nodes, resolved);
          const merged = mergedNodes(ids, subgraph.nodes, resolved);
          if (missing.length + merged.length > 0 && subgraph.nodes.length > 0)
            onLinkNodes?.({ missing, merged });
          if (path) {
            onPaths(paths);
            const chosen = paths[path.index] ?? null;
            dispatch({ type: 'path/show', path, subgraph: chosen });
          }
        }
        return { task, count: subgraph.nodes.length };
      });
    },
    [dispatch, onPaths, run],
  );

  return useMemo(
    () => ({
      state: slot.state,
      task,
      retry: slot.retry,
      dismiss: slot.reset,
      showNode,
      expand,
      preview,
      addExpansion,
      closePreview,
      findPaths,
      restore,
    }),
    [
      slot.state,
      task,
      slot.retry,
      slot.reset,
      showNode,
      expand,
      preview,
      addExpansion,
      closePreview,
      findPaths,
      restore,
    ],
  );
}
