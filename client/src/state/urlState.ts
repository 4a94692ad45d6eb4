/**
 * The part of the explorer's state that a URL carries, so a shared link opens the same view: the
 * shown node ids, the selection, the layout, the filters, the date range, the side panel, the open
 * document and the highlighted path. Stored in the query string with repeated keys for lists
 * (`n=mofcom&n=mao-ning`), so any id round-trips, whatever characters it holds.
 */
import { isLayoutName, type LayoutName } from '../graph/layoutNames.ts';
import { isNodeKind } from '../graph/nodeKinds.ts';
import { isRelationshipType } from '../graph/relationshipTypes.ts';
import type { DateRange } from './dateRange.ts';
import {
  NO_STATEMENT_FILTER,
  SIDE_PANELS,
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
  statementFilter: StatementFilter;
  dateRange: DateRange;
  panel: SidePanel;
  document: OpenDocument | null;
  path: PathRequest | null;
}

const KEYS = {
  nodes: 'n',
  selection: 'sel',
  layout: 'layout',
  kinds: 'kind',
  relationshipTypes: 'rel',
  speaker: 'speaker',
  about: 'about',
  statementsFrom: 'saidFrom',
  statementsTo: 'saidTo',
  from: 'from',
  to: 'to',
  panel: 'panel',
  document: 'doc',
  documentStart: 'docStart',
  documentEnd: 'docEnd',
  pathFrom: 'pathFrom',
  pathTo: 'pathTo',
  pathIndex: 'path',
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The query string (without `?`) for `state`; defaults are left out, so a fresh view has ''. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  for (const id of state.nodes) params.append(KEYS.nodes, id);
  for (const id of state.selection) params.append(KEYS.selection, id);
  if (state.layout !== 'fcose') params.set(KEYS.layout, state.layout);
  for (const kind of state.expandFilter.kinds) params.append(KEYS.kinds, kind);
  for (const type of state.expandFilter.relationshipTypes)
    params.append(KEYS.relationshipTypes, type);
  setIf(params, KEYS.speaker, state.statementFilter.speaker);
  setIf(params, KEYS.about, state.statementFilter.about);
  setIf(params, KEYS.statementsFrom, state.statementFilter.from);
  setIf(params, KEYS.statementsTo, state.statementFilter.to);
  setIf(params, KEYS.from, state.dateRange.from);
  setIf(params, KEYS.to, state.dateRange.to);
  if (state.panel !== 'details') params.set(KEYS.panel, state.panel);
  if (state.document) {
    params.set(KEYS.document, state.document.id);
    params.set(KEYS.documentStart, String(state.document.start));
    params.set(KEYS.documentEnd, String(state.document.end));
  }
  if (state.path) {
    params.set(KEYS.pathFrom, state.path.from);
    params.set(KEYS.pathTo, state.path.to);
    params.set(KEYS.pathIndex, String(state.path.index));
  }
  return params.toString();
}

/**
 * The state a query string describes (with or without a leading `?`). Anything malformed (unknown
 * layout or panel, a date that is not `YYYY-MM-DD`, a negative offset) falls back to its default.
 */
export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const layout = params.get(KEYS.layout);
  const panel = params.get(KEYS.panel);
  const documentId = params.get(KEYS.document);
  const start = offset(params.get(KEYS.documentStart));
  const end = offset(params.get(KEYS.documentEnd));
  const pathFrom = params.get(KEYS.pathFrom);
  const pathTo = params.get(KEYS.pathTo);
  return {
    nodes: unique(params.getAll(KEYS.nodes)).sort(),
    selection: unique(params.getAll(KEYS.selection)),
    layout: isLayoutName(layout) ? layout : 'fcose',
    expandFilter: {
      kinds: unique(params.getAll(KEYS.kinds)).filter(isNodeKind),
      relationshipTypes: unique(params.getAll(KEYS.relationshipTypes)).filter(isRelationshipType),
    },
    statementFilter: {
      ...NO_STATEMENT_FILTER,
      speaker: params.get(KEYS.speaker) || null,
      about: params.get(KEYS.about) || null,
      from: date(params.get(KEYS.statementsFrom)),
      to: date(params.get(KEYS.statementsTo)),
    },
    dateRange: { from: date(params.get(KEYS.from)), to: date(params.get(KEYS.to)) },
    panel: (SIDE_PANELS as readonly string[]).includes(panel ?? '')
      ? (panel as SidePanel)
      : 'details',
    document:
      documentId && start !== null && end !== null && end >= start
        ? { id: documentId, start, end }
        : null,
    path:
      pathFrom && pathTo
        ? { from: pathFrom, to: pathTo, index: offset(params.get(KEYS.pathIndex)) ?? 0 }
        : null,
  };
}

function setIf(params: URLSearchParams, key: string, value: string | null): void {
  if (value) params.set(key, value);
}

function date(value: string | null): string | null {
  return value && ISO_DATE.test(value) ? value : null;
}

function offset(value: string | null): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  return Number(value);
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter((value) => value.length > 0))];
}
