/**
 * The stylesheet of a large graph (drawn by the renderer for large graphs, largeGraph.ts), which
 * makes the first drawing and each frame cheaper: relationships as straight haystack lines without
 * arrowheads or labels (the details panel still gives each one's type and direction; a
 * relationship on a shown path keeps its label); node labels only from a zoom at which they can be
 * read (11 px text drawn at 9 px or more) and, unless VITE_LAZY_LABELS=off, only on the nodes
 * lazyLabels.ts gives LABEL_CLASS (those in view when zoomed in), the selected ones and those on a
 * shown path, so no label is measured before the first drawing; and no fading transitions.
 *
 * Cytoscape applies every property of every rule an element matches when it first styles it, and
 * each application also marks the node's relationships for restyling, so the cost of the first
 * drawing grows with the properties per element. The label and transition properties of the
 * explorer's `node` and `edge` rules are therefore moved to rules that only labelled elements
 * match (in place of the rules they came from, so later rules still override them), instead of
 * being overridden. A build can keep the full style for every size with VITE_LARGE_STYLE=full, as
 * the client benchmark does to compare.
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
    selector: 'edge',
    style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none' },
  },
] as StylesheetJson;

/** Which nodes of a large graph carry labels: with lazy labels, those lazyLabels.ts names. */
export function labelledNodes(lazyLabels = LAZY_LABELS): string {
  return lazyLabels === 'on' ? `node.${LABEL_CLASS}, node:selected, node.on-path` : 'node';
}

/** The relationships of a large graph that carry labels: those of a shown path. */
export const LABELLED_EDGES = 'edge.on-path';

/** Properties only a labelled element needs. */
const LABEL_PROPERTY = /^(label|color|font-|text-|min-zoomed-font-size$)/;
/** Transitions, left out of large graphs. */
const TRANSITION_PROPERTY = /^transition-/;

interface Rule {
  selector: string;
  style: Record<string, unknown>;
}

function pick(style: Record<string, unknown>, keep: (name: string) => boolean) {
  return Object.fromEntries(Object.entries(style).filter(([name]) => keep(name)));
}

/** `stylesheet` as drawn by `renderer`: for the renderer for large graphs, as the module comment says. */
export function styleFor(
  stylesheet: StylesheetJson,
  renderer: RendererKind,
  style = LARGE_STYLE,
  lazyLabels = LAZY_LABELS,
): StylesheetJson {
  if (renderer === 'canvas' || style === 'full') return stylesheet;
  const rules: Rule[] = [];
  for (const rule of stylesheet as unknown as Rule[]) {
    const kept = pick(rule.style, (name) => !TRANSITION_PROPERTY.test(name));
    if (rule.selector !== 'node' && rule.selector !== 'edge') {
      if (Object.keys(kept).length > 0) rules.push({ selector: rule.selector, style: kept });
      continue;
    }
    const label = pick(kept, (name) => LABEL_PROPERTY.test(name));
    rules.push({
      selector: rule.selector,
      style: pick(kept, (name) => !LABEL_PROPERTY.test(name)),
    });
    if (rule.selector === 'node')
      rules.push({
        selector: labelledNodes(lazyLabels),
        style: { ...label, 'min-zoomed-font-size': 9 },
      });
    else rules.push({ selector: LABELLED_EDGES, style: label });
  }
  return [...rules, ...(LARGE_GRAPH_RULES as unknown as Rule[])];
}
