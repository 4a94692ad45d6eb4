/**
 * The explorer's whole state, in one plain object the reducer (explorerReducer.ts) changes and the
 * URL (urlState.ts) mirrors.
 */
import type { LayoutName } from '../graph/layoutNames.ts';
import type { NodeKind, RelationshipType } from '../model/types.ts';
import { OPEN_RANGE, type DateRange } from './dateRange.ts';
import { EMPTY_GRAPH, type ShownGraph } from './graphOps.ts';
import { NO_GROUPS, type Groups } from './groups.ts';
import { NO_VIEW_FILTER, type ViewFilter } from './viewFilter.ts';

/** Which kinds and relationship types an expansion brings in; empty lists mean all. */
export interface ExpandFilter {
  kinds: NodeKind[];
  relationshipTypes: RelationshipType[];
}

/**
 * Filters of the who-said-what view; null means any. `about` set means pinned: the list is about
 * that node whatever is selected; null means it follows the selection (about the one selected
 * node, statementAbout in explorerReducer.ts).
 */
export interface StatementFilter {
  speaker: string | null;
  about: string | null;
  from: string | null;
  to: string | null;
}

/** The side panel's tabs. */
export const SIDE_PANELS = ['details', 'statements', 'paths'] as const;
export type SidePanel = (typeof SIDE_PANELS)[number];

/** A source document opened at a quoted span (UTF-16 offsets into its text). */
export interface OpenDocument {
  id: string;
  start: number;
  end: number;
}

/** The path request whose result is highlighted: from and to node ids, and which of the paths. */
export interface PathRequest {
  from: string;
  to: string;
  index: number;
}

/** What a step of the investigation restores: the whole view. */
export type InvestigationView = Omit<ExplorerState, 'past' | 'future' | 'step' | 'layoutRevision'>;

/** A step of the investigation (state/investigation.ts): its id, what it did, and its view. */
export interface Step {
  id: number;
  label: string;
  view: InvestigationView;
}

export interface ExplorerState {
  /** Every node held, grouped members included (drawn as their group: `groups`). */
  graph: ShownGraph;
  /** Neighbours drawn as one group node (state/groups.ts), by group id. */
  groups: Groups;
  /** What of the shown graph is hidden in place (state/viewFilter.ts). */
  viewFilter: ViewFilter;
  /** Earlier steps, most recent last (Back, Undo). */
  past: Step[];
  /** Steps gone back from, next first (Forward, Redo). */
  future: Step[];
  /** The current step: its id (the browser history entry's) and what it did. */
  step: { id: number; label: string };
  /** Selected Cytoscape element ids (`n:...`, `r:...`). */
  selection: string[];
  layout: LayoutName;
  /** Bumped to lay the graph out again. */
  layoutRevision: number;
  expandFilter: ExpandFilter;
  statementFilter: StatementFilter;
  dateRange: DateRange;
  panel: SidePanel;
  document: OpenDocument | null;
  path: PathRequest | null;
  /** Server ids of the nodes and relationships on the highlighted path. */
  pathIds: string[];
  /** The last query that added to the graph was capped by the server. */
  truncated: boolean;
}

export const NO_STATEMENT_FILTER: StatementFilter = {
  speaker: null,
  about: null,
  from: null,
  to: null,
};

export const INITIAL_STATE: ExplorerState = {
  graph: EMPTY_GRAPH,
  groups: NO_GROUPS,
  viewFilter: NO_VIEW_FILTER,
  past: [],
  future: [],
  step: { id: 0, label: 'start' },
  selection: [],
  layout: 'fcose',
  layoutRevision: 0,
  expandFilter: { kinds: [], relationshipTypes: [] },
  statementFilter: NO_STATEMENT_FILTER,
  dateRange: OPEN_RANGE,
  panel: 'details',
  document: null,
  path: null,
  pathIds: [],
  truncated: false,
};

/** How many steps back are kept in memory (older browser history entries reopen from their link). */
export const HISTORY_LIMIT = 100;
