/**
 * The shape of the explorer's actions (registry.ts), after Excalidraw's action manager: each has a
 * name, a label, an optional keyboard shortcut, a predicate saying whether it applies to a target,
 * one saying whether it can run now, and what it does. Menus, the toolbar, the panels and the
 * keyboard all read the same definitions through the ActionManager.
 */
import type { Dispatch } from 'react';
import type { ExportFormat } from '../export/exportView.ts';
import type { GraphController } from '../graph/GraphController.ts';
import type { Direction } from '../graph/keyboardMove.ts';
import type { LayoutName } from '../graph/layoutNames.ts';
import type { ExpansionChoice, GraphActions } from '../hooks/useGraphActions.ts';
import type { GroupFilter } from '../state/groups.ts';
import type { ExplorerAction } from '../state/explorerReducer.ts';
import type { ExplorerState } from '../state/explorerState.ts';
import type { ReviewBridge } from '../review/index.ts';

/** What every action sees: the latest state, how to change it, the graph requests and the graph. */
export interface ActionContext {
  state: ExplorerState;
  dispatch: Dispatch<ExplorerAction>;
  /** The requests that add to the graph (hooks/useGraphActions.ts). */
  requests: GraphActions;
  /** The graph's controller; null before the canvas is mounted. */
  graph: GraphController | null;
  /** Steps back and forward through the browser's history (hooks/useHistorySync.ts). */
  history: { back(): void; forward(): void };
  /** The review view of drafts (review/): open or not, and the open draft's commands. */
  review: ReviewBridge;
}

/** A node the action is about (server id). */
export interface NodeArgs {
  nodeId: string;
}

/** No arguments: the action works on the whole view or the selection. */
export type NoArgs = Record<string, never>;

/** The arguments of each action, by name. */
export interface ActionArgs {
  showNode: { id: string; name: string };
  expand: NodeArgs;
  expandAll: NodeArgs;
  collapse: NodeArgs;
  hide: { nodeIds: string[] };
  pathsTo: NodeArgs;
  findPaths: { from: string; to: string };
  details: NodeArgs;
  showEvidence: { elementId: string };
  select: { elementIds: string[] };
  clearSelection: NoArgs;
  moveSelection: { direction: Direction };
  activate: { elementId: string };
  openEvidence: { documentId: string; start: number; end: number };
  fit: NoArgs;
  centre: NoArgs;
  relayout: NoArgs;
  setLayout: { layout: LayoutName };
  undo: NoArgs;
  redo: NoArgs;
  copyLink: { onCopied?: (copied: boolean) => void };
  clear: NoArgs;
  export: { format: ExportFormat };
  openReview: NoArgs;
  closeReview: NoArgs;
  reviewNext: NoArgs;
  reviewPrevious: NoArgs;
  reviewAccept: NoArgs;
  reviewReject: NoArgs;
  reviewEdit: NoArgs;
  reviewUndo: NoArgs;
  /** Merges the actor `absorbedId` into `survivorId` (editors only); `onDone` after the answer. */
  mergeNodes: {
    survivorId: string;
    absorbedId: string;
    absorbedName: string;
    onDone?: (error: string | null) => void;
  };
  /** Splits `absorbedId` out of the node it was merged into (editors only). */
  splitNode: { absorbedId: string; onDone?: (error: string | null) => void };
  addExpansion: { choice: ExpansionChoice };
  cancelExpansion: NoArgs;
  openGroup: GroupArgs;
  openGroupMatching: GroupArgs;
  filterGroup: GroupArgs & { filter: GroupFilter };
  collapseGroup: GroupArgs;
  hideGroup: GroupArgs;
}

/** A group the action is about (state/groups.ts). */
export interface GroupArgs {
  groupId: string;
}

export type ActionName = keyof ActionArgs;

/** A key combination; `mod` is Ctrl (Cmd on macOS). */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  /** How menus write it. */
  label: string;
}

/** One action. Functions get the latest context and the action's arguments. */
export interface ActionDefinition<N extends ActionName> {
  name: N;
  label: (context: ActionContext, args: ActionArgs[N]) => string;
  /** Said after the label in menus (a shortcut's label is used when there is no hint). */
  hint?: (context: ActionContext, args: ActionArgs[N]) => string | undefined;
  shortcut?: Shortcut;
  /** Whether it belongs in a menu for these arguments (left out of the menu when false). */
  appliesTo?: (context: ActionContext, args: ActionArgs[N]) => boolean;
  /** Whether it can run now (shown disabled when false). */
  enabled?: (context: ActionContext, args: ActionArgs[N]) => boolean;
  perform: (context: ActionContext, args: ActionArgs[N]) => void;
}

/** Every action, by name. */
export type ActionRegistry = { [N in ActionName]: ActionDefinition<N> };
