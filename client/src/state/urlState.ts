/**
 * The part of the explorer's state a link carries (UrlState), and the one gate every link's values
 * pass before they reach the state or the API: `validateView` keeps what is well-formed and known
 * (node kinds and relationship types of the vocabulary, layouts, panels, ISO dates, offsets) and
 * describes everything it drops, so the page can say so. The link formats themselves are in
 * viewLink.ts (the current, compressed fragment) and legacyQuery.ts (the query string of older links).
 */
import { parseElementId } from '../graph/elementIds.ts';
import { isLayoutName, type LayoutName } from '../graph/layoutNames.ts';
import { isNodeKind } from '../graph/nodeKinds.ts';
import { isRelationshipType } from '../graph/relationshipTypes.ts';
import type { DateRange } from './dateRange.ts';
import { shownNodeIds } from './graphOps.ts';
import { NO_GROUPS, NO_GROUP_FILTER, groupId, type Groups, type NodeGroup } from './groups.ts';
import { NO_VIEW_FILTER, type ViewFilter } from './viewFilter.ts';
import {
  NO_STATEMENT_FILTER,
  SIDE_PANELS,
  type ExplorerState,
  type ExpandFilter,
  type OpenDocument,
  type PathRequest,
  type SidePanel,
  type StatementFilter,
} from './explorerState.ts';

export interface UrlState {
  /** Server ids of the shown nodes, sorted. */
  nodes: string[];
  /** Selected Cytoscape element ids. */
  selection: string[];
  layout: LayoutName;
  expandFilter: ExpandFilter;
  /** `about` only when pinned (see StatementFilter). */
  statementFilter: StatementFilter;
  dateRange: DateRange;
  panel: SidePanel;
  document: OpenDocument | null;
  path: PathRequest | null;
  /** Group nodes (their members are among `nodes`). */
  groups: Groups;
  /** What of the shown graph is hidden in place. */
  viewFilter: ViewFilter;
}

/** A group as a link holds it, before validation. */
export interface RawGroup {
  anchor?: unknown;
  kind?: unknown;
  members?: unknown;
  released?: unknown;
  text?: unknown;
  from?: unknown;
  to?: unknown;
}

/** A link's values as read, before validation; anything may be missing or of the wrong type. */
export interface RawView {
  nodes?: unknown;
  selection?: unknown;
  layout?: unknown;
  kinds?: unknown;
  relationshipTypes?: unknown;
  speaker?: unknown;
  about?: unknown;
  saidFrom?: unknown;
  saidTo?: unknown;
  from?: unknown;
  to?: unknown;
  panel?: unknown;
  document?: { id?: unknown; start?: unknown; end?: unknown } | null;
  path?: { from?: unknown; to?: unknown; index?: unknown } | null;
  groups?: RawGroup[] | null;
  hiddenKinds?: unknown;
  hiddenTypes?: unknown;
  hiddenLists?: unknown;
  hideOutsideDates?: unknown;
  reviewedOnly?: unknown;
}

/** The view with nothing shown and every setting at its default. */
export const DEFAULT_URL_STATE: UrlState = {
  nodes: [],
  selection: [],
  layout: 'fcose',
  expandFilter: { kinds: [], relationshipTypes: [] },
  statementFilter: NO_STATEMENT_FILTER,
  dateRange: { from: null, to: null },
  panel: 'details',
  document: null,
  path: null,
  groups: NO_GROUPS,
  viewFilter: NO_VIEW_FILTER,
};

/** The view of `state` a link carries (the who-said-what topic only when pinned). */
export function urlStateOf(state: ExplorerState): UrlState {
  return {
    nodes: shownNodeIds(state.graph),
    selection: state.selection,
    layout: state.layout,
    expandFilter: state.expandFilter,
    statementFilter: state.statementFilter,
    dateRange: state.dateRange,
    panel: state.panel,
    document: state.document,
    path: state.path,
    groups: state.groups,
    viewFilter: state.viewFilter,
  };
}

/** Longest id a link may carry (ids of the graph are far shorter). */
const MAX_ID_LENGTH = 512;
/** How many paths the explorer asks for (the index of a path is below it). */
const PATHS_ASKED = 3;

/**
 * The valid view in `raw`, and a description of each value dropped (`node kind “ALIEN”`), in the
 * order met. Absent values are defaults, not drops.
 */
export function validateView(raw: RawView): { url: UrlState; dropped: string[] } {
  const dropped: string[] = [];
  const drop = (what: string, value: unknown): void => {
    dropped.push(`${what} “${describe(value)}”`);
  };
  const ids = (value: unknown, what: string, accept: (id: string) => boolean = () => true) =>
    unique(
      list(value).filter((item) => {
        const ok = isId(item) && accept(item);
        if (!ok) drop(what, item);
        return ok;
      }) as string[],
    );
  const id = (value: unknown, what: string): string | null => {
    if (value === undefined || value === null || value === '') return null;
    if (isId(value)) return value;
    drop(what, value);
    return null;
  };
  const day = (value: unknown, what: string): string | null => {
    if (value === undefined || value === null || value === '') return null;
    if (isIsoDate(value)) return value;
    drop(what, value);
    return null;
  };

  const layout = raw.layout === undefined || raw.layout === null ? 'fcose' : raw.layout;
  if (!isLayoutName(layout)) drop('layout', layout);
  const panel = raw.panel === undefined || raw.panel === null ? 'details' : raw.panel;
  const knownPanel = (SIDE_PANELS as readonly unknown[]).includes(panel);
  if (!knownPanel) drop('panel', panel);

  let document: OpenDocument | null = null;
  if (raw.document) {
    const { id: docId, start, end } = raw.document;
    if (isId(docId) && isOffset(start) && isOffset(end) && end >= start)
      document = { id: docId, start, end };
    else drop('document span', [docId, start, end].join(' '));
  }
  let path: PathRequest | null = null;
  if (raw.path) {
    const { from, to, index = 0 } = raw.path;
    if (isId(from) && isId(to) && isOffset(index) && index < PATHS_ASKED)
      path = { from, to, index };
    else drop('path', [from, to, index].join(' '));
  }

  const nodes = ids(raw.nodes, 'node id').sort();
  const groups: Record<string, NodeGroup> = {};
  const known = new Set(nodes);
  for (const item of raw.groups ?? []) {
    const kind = item?.kind;
    const anchor = item?.anchor;
    if (!isId(anchor) || typeof kind !== 'string' || !isNodeKind(kind)) {
      drop('group', [anchor, kind].join(' '));
      continue;
    }
    const members = ids(item.members, 'group member').filter((member) => known.has(member));
    const memberSet = new Set(members);
    if (members.length === 0) {
      drop('group', [anchor, kind].join(' '));
      continue;
    }
    const text = typeof item.text === 'string' ? item.text.slice(0, 200) : '';
    const id = groupId(anchor, kind);
    groups[id] = {
      id,
      anchor,
      kind,
      members: members.sort(),
      released: ids(item.released, 'group member')
        .filter((member) => memberSet.has(member))
        .sort(),
      filter: {
        ...NO_GROUP_FILTER,
        text,
        from: day(item.from, 'date'),
        to: day(item.to, 'date'),
      },
    };
  }
  const hideOutside = raw.hideOutsideDates;
  if (hideOutside !== undefined && hideOutside !== null && typeof hideOutside !== 'boolean')
    drop('hiding outside the dates', hideOutside);
  const reviewedOnly = raw.reviewedOnly;
  if (reviewedOnly !== undefined && reviewedOnly !== null && typeof reviewedOnly !== 'boolean')
    drop('reviewed facts only', reviewedOnly);

  const url: UrlState = {
    nodes,
    selection: ids(raw.selection, 'selected element', (item) => parseElementId(item) !== null),
    layout: isLayoutName(layout) ? layout : 'fcose',
    expandFilter: {
      kinds: ids(raw.kinds, 'node kind', isNodeKind).filter(isNodeKind),
      relationshipTypes: ids(raw.relationshipTypes, 'relationship type', isRelationshipType).filter(
        isRelationshipType,
      ),
    },
    statementFilter: {
      ...NO_STATEMENT_FILTER,
      speaker: id(raw.speaker, 'speaker'),
      about: id(raw.about, 'topic'),
      from: day(raw.saidFrom, 'date'),
      to: day(raw.saidTo, 'date'),
    },
    dateRange: { from: day(raw.from, 'date'), to: day(raw.to, 'date') },
    panel: knownPanel ? (panel as SidePanel) : 'details',
    document,
    path,
    groups,
    viewFilter: {
      kinds: ids(raw.hiddenKinds, 'hidden node kind', isNodeKind),
      relationshipTypes: ids(raw.hiddenTypes, 'hidden relationship type', isRelationshipType),
      lists: ids(raw.hiddenLists, 'hidden list'),
      outsideDates: hideOutside === true,
      reviewedOnly: reviewedOnly === true,
    },
  };
  return { url, dropped };
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_ID_LENGTH;
}

function isOffset(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** `YYYY-MM-DD` naming a day of the calendar. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
