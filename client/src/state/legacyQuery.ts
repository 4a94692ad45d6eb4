/**
 * The query-string link format of earlier versions (`?n=mofcom&n=mao-ning&sel=n%3Amofcom`), kept so
 * old links keep opening: `readLegacyQuery` reads one into a RawView for validation (urlState.ts);
 * `legacyQuery` writes one (for tests of old links). Lists are repeated keys, so any id survives.
 */
import type { RawView, UrlState } from './urlState.ts';

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

/** True when the query string (with or without `?`) holds any key of the old format. */
export function isLegacyQuery(search: string): boolean {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  return Object.values(KEYS).some((key) => params.has(key));
}

/** The query string (without `?`) of `state` in the old format; defaults are left out. */
export function legacyQuery(state: UrlState): string {
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

/** The values of an old-format query string (with or without a leading `?`), unvalidated. */
export function readLegacyQuery(search: string): RawView {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  const one = (key: string): string | undefined => params.get(key) ?? undefined;
  const documentId = one(KEYS.document);
  const pathFrom = one(KEYS.pathFrom);
  const pathTo = one(KEYS.pathTo);
  return {
    nodes: params.getAll(KEYS.nodes).filter(Boolean),
    selection: params.getAll(KEYS.selection).filter(Boolean),
    layout: one(KEYS.layout),
    kinds: params.getAll(KEYS.kinds).filter(Boolean),
    relationshipTypes: params.getAll(KEYS.relationshipTypes).filter(Boolean),
    speaker: one(KEYS.speaker),
    about: one(KEYS.about),
    saidFrom: one(KEYS.statementsFrom),
    saidTo: one(KEYS.statementsTo),
    from: one(KEYS.from),
    to: one(KEYS.to),
    panel: one(KEYS.panel),
    document: documentId
      ? {
          id: documentId,
          start: number(one(KEYS.documentStart)),
          end: number(one(KEYS.documentEnd)),
        }
      : null,
    path:
      pathFrom || pathTo
        ? { from: pathFrom, to: pathTo, index: number(one(KEYS.pathIndex)) ?? 0 }
        : null,
  };
}

function setIf(params: URLSearchParams, key: string, value: string | null): void {
  if (value) params.set(key, value);
}

/** A whole number written in decimal digits, else the text itself (validation then drops it). */
function number(value: string | undefined): number | string | undefined {
  return value !== undefined && /^\d{1,15}$/.test(value) ? Number(value) : value;
}
