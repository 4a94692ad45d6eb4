/**
 * The link of a view: the state of urlState.ts carried in the URL's fragment
 * (`#view=<compressed JSON>`), which browsers never send to the server, compressed with lz-string
 * (`compressToEncodedURIComponent`, safe in a URL as it is), so a view of thousands of nodes opens
 * as a small one does. The JSON has a format version (`v`); a link of an older version, or of the
 * query-string format before it (legacyQuery.ts), is read and then rewritten in the current one.
 * Every value read passes `validateView`, which drops and reports what it does not know.
 */
import LZString from 'lz-string';
import { isLegacyQuery, readLegacyQuery } from './legacyQuery.ts';
import { validateView, type RawView, type UrlState } from './urlState.ts';

/**
 * lz-string is CommonJS: Node's ESM loader (the benchmarks build links with this module under tsx)
 * gives it only as `default`, so it is imported that way, which bundlers give too.
 */
const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

/** The fragment's key. */
const KEY = 'view';
/** The format version written now. */
export const VIEW_LINK_VERSION = 1;

/** Version 1's JSON: short keys, defaults left out. */
interface ViewJsonV1 {
  v: 1;
  n?: string[];
  s?: string[];
  l?: string;
  k?: string[];
  r?: string[];
  sp?: string;
  ab?: string;
  sf?: string;
  st?: string;
  f?: string;
  t?: string;
  p?: string;
  d?: [string, number, number];
  pa?: [string, string, number];
  /** Groups: `[anchor, kind, members, released, text, from, to]` (members are in `n` too). */
  g?: [string, string, string[], string[], string?, string?, string?][];
  /** Show filter: hidden node kinds, relationship types, lists; 1 when what is outside the dates is hidden. */
  hk?: string[];
  hr?: string[];
  hl?: string[];
  ho?: 1;
  /** 1 when only reviewed facts are shown. */
  hv?: 1;
}

/** The fragment (with `#`) for `state`; '' for the default view. */
export function viewLinkHash(state: UrlState): string {
  const json: ViewJsonV1 = { v: 1 };
  if (state.nodes.length) json.n = state.nodes;
  if (state.selection.length) json.s = state.selection;
  if (state.layout !== 'fcose') json.l = state.layout;
  if (state.expandFilter.kinds.length) json.k = state.expandFilter.kinds;
  if (state.expandFilter.relationshipTypes.length) json.r = state.expandFilter.relationshipTypes;
  const { speaker, about, from, to } = state.statementFilter;
  if (speaker) json.sp = speaker;
  if (about) json.ab = about;
  if (from) json.sf = from;
  if (to) json.st = to;
  if (state.dateRange.from) json.f = state.dateRange.from;
  if (state.dateRange.to) json.t = state.dateRange.to;
  if (state.panel !== 'details') json.p = state.panel;
  if (state.document) json.d = [state.document.id, state.document.start, state.document.end];
  if (state.path) json.pa = [state.path.from, state.path.to, state.path.index];
  const groups = Object.values(state.groups);
  if (groups.length)
    json.g = groups.map((group) => {
      const { text, from, to } = group.filter;
      const tuple: NonNullable<ViewJsonV1['g']>[number] = [
        group.anchor,
        group.kind,
        group.members,
        group.released,
      ];
      if (text || from || to) tuple.push(text, from ?? '', to ?? '');
      return tuple;
    });
  const hidden = state.viewFilter;
  if (hidden.kinds.length) json.hk = hidden.kinds;
  if (hidden.relationshipTypes.length) json.hr = hidden.relationshipTypes;
  if (hidden.lists.length) json.hl = hidden.lists;
  if (hidden.outsideDates) json.ho = 1;
  if (hidden.reviewedOnly) json.hv = 1;
  if (Object.keys(json).length === 1) return '';
  return `#${KEY}=${compressToEncodedURIComponent(JSON.stringify(json))}`;
}

/** What a link says: the valid view, what was dropped, and whether it must be rewritten. */
export interface ReadLink {
  url: UrlState;
  /** Descriptions of dropped values (`node kind “ALIEN”`); a fragment that could not be read at all says so. */
  dropped: string[];
  /** The link is not in the current format (an old one, or it had values dropped). */
  outdated: boolean;
}

/** Reads the view of a location's query string and fragment (the fragment wins when it has a view). */
export function readViewLink(location: { search: string; hash: string }): ReadLink {
  const encoded = new URLSearchParams(location.hash.replace(/^#/, '')).get(KEY);
  if (encoded !== null) {
    const raw = decodeFragment(encoded);
    if (!raw)
      return { ...validateView({}), dropped: ['a view that could not be read'], outdated: true };
    const { url, dropped } = validateView(raw.view);
    return { url, dropped, outdated: raw.version !== VIEW_LINK_VERSION || dropped.length > 0 };
  }
  if (isLegacyQuery(location.search)) {
    const { url, dropped } = validateView(readLegacyQuery(location.search));
    return { url, dropped, outdated: true };
  }
  return { ...validateView({}), outdated: false };
}

/** The RawView of a fragment value and its version, or null when it is not a view of a known version. */
function decodeFragment(encoded: string): { version: number; view: RawView } | null {
  let json: unknown;
  try {
    json = JSON.parse(decompressFromEncodedURIComponent(encoded) ?? '');
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const data = json as Partial<Record<keyof ViewJsonV1, unknown>>;
  // Version 1 is the only one so far; a later version adds its reader here, mapping to RawView.
  if (data.v !== 1) return null;
  const tuple = (value: unknown): unknown[] | null => (Array.isArray(value) ? value : null);
  const d = tuple(data.d);
  const pa = tuple(data.pa);
  const groups = data.g === undefined ? null : (tuple(data.g) ?? [data.g]);
  return {
    version: 1,
    view: {
      nodes: data.n,
      selection: data.s,
      layout: data.l,
      kinds: data.k,
      relationshipTypes: data.r,
      speaker: data.sp,
      about: data.ab,
      saidFrom: data.sf,
      saidTo: data.st,
      from: data.f,
      to: data.t,
      panel: data.p,
      document: d
        ? { id: d[0], start: d[1], end: d[2] }
        : data.d === undefined
          ? null
          : { id: data.d },
      path: pa
        ? { from: pa[0], to: pa[1], index: pa[2] }
        : data.pa === undefined
          ? null
          : { from: data.pa },
      groups: groups?.map((entry) => {
        const g = tuple(entry) ?? [entry];
        return {
          anchor: g[0],
          kind: g[1],
          members: g[2],
          released: g[3],
          text: g[4],
          from: g[5],
          to: g[6],
        };
      }),
      hiddenKinds: data.hk,
      hiddenTypes: data.hr,
      hiddenLists: data.hl,
      hideOutsideDates: data.ho === undefined ? undefined : data.ho === 1 ? true : data.ho,
      reviewedOnly: data.hv === undefined ? undefined : data.hv === 1 ? true : data.hv,
    },
  };
}
