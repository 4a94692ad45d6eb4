/**
 * How each node kind looks: Cytoscape shape, colour and size, and the legend's wording. One place,
 * read by the stylesheet (graphStyle.ts), the legend and the search suggestions. The kinds are the
 * API's `NodeKind` enum (generated from the SDL): a kind added there fails the typecheck until it
 * has a look here.
 */
import type { NodeKind } from '../model/types.ts';

/** Look of one node kind. */
export interface NodeKindStyle {
  /** Label shown in the legend and on badges. */
  label: string;
  /** Cytoscape node shape. */
  shape: string;
  /** Fill colour (hex). */
  color: string;
  /** Node diameter in model pixels. */
  size: number;
  /** Hollow with a dashed border (for sources that are not a named actor). */
  dashed?: boolean;
}

/** Every kind the data model defines, in legend order. */
export const NODE_KINDS: Readonly<Record<NodeKind, NodeKindStyle>> = {
  GOVERNMENT: { label: 'Government', shape: 'octagon', color: '#1d3f72', size: 38 },
  AGENCY: { label: 'Agency', shape: 'round-rectangle', color: '#3b78c4', size: 34 },
  COUNTRY_OR_BLOC: { label: 'Country or bloc', shape: 'hexagon', color: '#4f5d6b', size: 36 },
  COMPANY: { label: 'Company', shape: 'barrel', color: '#d4661c', size: 34 },
  ORGANIZATION: { label: 'Organisation', shape: 'round-octagon', color: '#b5533c', size: 32 },
  BUSINESS_UNIT: { label: 'Business unit', shape: 'concave-hexagon', color: '#e89a4f', size: 30 },
  MEDIA_OUTLET: { label: 'Media outlet', shape: 'right-rhomboid', color: '#8146b0', size: 32 },
  INDUSTRY_ASSOCIATION: {
    label: 'Industry association',
    shape: 'cut-rectangle',
    color: '#9b5a33',
    size: 32,
  },
  ANALYST_FIRM: { label: 'Analyst firm', shape: 'round-pentagon', color: '#a67f00', size: 32 },
  PERSON: { label: 'Person', shape: 'ellipse', color: '#23895a', size: 30 },
  UNNAMED_SOURCE: {
    label: 'Unnamed source',
    shape: 'ellipse',
    color: '#8a97a5',
    size: 28,
    dashed: true,
  },
  // Rounded: Cytoscape (3.35) misses every click on a plain diamond's vertical centre line
  // (test/e2e/explorer-hit.test.ts).
  MEASURE: { label: 'Measure', shape: 'round-diamond', color: '#c8323c', size: 40 },
  ITEM: { label: 'Item', shape: 'round-triangle', color: '#12999c', size: 30 },
  STATEMENT: { label: 'Statement', shape: 'round-tag', color: '#e3b505', size: 26 },
  DOCUMENT: { label: 'Document', shape: 'rectangle', color: '#66727f', size: 28 },
};

/** The kinds in legend order. */
export const NODE_KIND_ORDER = Object.keys(NODE_KINDS) as NodeKind[];

const FALLBACK: NodeKindStyle = { label: 'Other', shape: 'ellipse', color: '#9aa3ad', size: 28 };

/** True when `value` is a node kind of the API (e.g. one read from a URL). */
export function isNodeKind(value: string): value is NodeKind {
  return Object.hasOwn(NODE_KINDS, value);
}

/** The look of `kind`; a kind this build does not know (a newer server) gets a neutral grey circle. */
export function nodeKindStyle(kind: string): NodeKindStyle {
  return isNodeKind(kind) ? NODE_KINDS[kind] : { ...FALLBACK, label: humanize(kind) };
}

/** `MEDIA_OUTLET` → `Media outlet`. */
export function humanize(constant: string): string {
  const words = constant.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
