/**
 * The stylesheet rules added for a large graph (drawn by the renderer for large graphs,
 * largeGraph.ts), which make each frame cheaper to draw: relationships as straight haystack lines
 * without arrowheads or labels (the details panel still gives each one's type and direction; a
 * relationship on a shown path keeps its label), node labels only from a zoom at which they can
 * be read (11 px text drawn at 9 px or more) and, unless VITE_LAZY_LABELS=off, only on the nodes
 * lazyLabels.ts gives LABEL_CLASS (those in view when zoomed in), the selected ones and those on
 * a shown path, so no label is measured before the first drawing; and no fading transitions. A
 * build can keep the full style for every size with VITE_LARGE_STYLE=full, as the client benchmark
 * does to compare.
 */
import type { StylesheetJson } from 'cytoscape';
import type { RendererKind } from './largeGraph.ts';
import { LABEL_CLASS, LAZY_LABELS } from './lazyLabels.ts';

const env = (import.meta.env ?? {}) as Record<string, string | undefined>;

/** Whether large graphs get the simpler style (`simple`, the default) or the full one. */
export const LARGE_STYLE = (env.VITE_LARGE_STYLE ?? 'simple') as 'simple' | 'full';

/** The rules appended to the explorer's stylesheet for a large graph. */
export const LARGE_GRAPH_RULES = [
  {
    selector: 'node',
    style: { 'min-zoomed-font-size': 9, 'transition-property': 'none', 'transition-duration': 0 },
  },
  {
    selector: 'edge',
    style: {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      'target-arrow-shape': 'none',
      label: '',
      'transition-property': 'none',
      'transition-duration': 0,
    },
  },
  { selector: 'edge.on-path', style: { label: 'data(label)' } },
] as StylesheetJson;

/** The rules that leave node labels out of a large graph until lazyLabels.ts gives them. */
export const LAZY_LABEL_RULES = [
  { selector: 'node', style: { label: '' } },
  {
    selector: `node.${LABEL_CLASS}, node:selected, node.on-path`,
    style: { label: 'data(label)' },
  },
] as StylesheetJson;

/** `stylesheet` as drawn by `renderer`: with LARGE_GRAPH_RULES for the renderer for large graphs. */
export function styleFor(
  stylesheet: StylesheetJson,
  renderer: RendererKind,
  style = LARGE_STYLE,
  lazyLabels = LAZY_LABELS,
): StylesheetJson {
  if (renderer === 'canvas' || style === 'full') return stylesheet;
  return [
    ...(stylesheet as unknown[]),
    ...(LARGE_GRAPH_RULES as unknown[]),
    ...(lazyLabels === 'on' ? (LAZY_LABEL_RULES as unknown[]) : []),
  ] as StylesheetJson;
}
