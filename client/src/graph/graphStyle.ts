/**
 * The Cytoscape stylesheet: one rule per node kind (shape, colour, size) and per relationship type
 * (colour, line style), built from nodeKinds.ts and relationshipTypes.ts, plus the state classes:
 * `faded` (outside the date range), `dimmed` / `neighbour` (selection highlighting), `on-path`,
 * `filtered` (hidden by the view filter).
 */
import type { StylesheetJson } from 'cytoscape';
import { NODE_KINDS } from './nodeKinds.ts';
import { RELATIONSHIP_TYPES } from './relationshipTypes.ts';

const FONT =
  '"Inter", "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
const ACCENT = '#0b63ce';
const PATH = '#ffd43b';

/** The explorer's stylesheet. */
export function graphStylesheet(): StylesheetJson {
  const kindRules = Object.entries(NODE_KINDS).map(([kind, style]) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      shape: style.shape,
      'background-color': style.color,
      width: style.size,
      height: style.size,
      ...(style.dashed
        ? {
            'background-opacity': 0.15,
            'border-style': 'dashed',
            'border-width': 2,
            'border-color': style.color,
          }
        : {}),
    },
  }));
  const typeRules = Object.entries(RELATIONSHIP_TYPES).map(([type, style]) => ({
    selector: `edge[type = "${type}"]`,
    style: {
      'line-color': style.color,
      'target-arrow-color': style.color,
      'line-style': style.lineStyle,
    },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 11,
        color: '#1f2933',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        'text-background-shape': 'roundrectangle',
        'min-zoomed-font-size': 6,
        'background-color': '#9aa3ad',
        'border-width': 1.5,
        'border-color': '#ffffff',
        width: 28,
        height: 28,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...kindRules,
    {
      selector: 'edge',
      style: {
        width: 1.4,
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8,
        'line-color': '#8d99a6',
        'target-arrow-color': '#8d99a6',
        label: 'data(label)',
        'font-family': FONT,
        'font-size': 9,
        color: '#52606d',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        'min-zoomed-font-size': 10,
        'transition-property': 'opacity',
        'transition-duration': 150,
      },
    },
    ...typeRules,
    // A group node (state/groups.ts): its kind's colour, a card of the size its count gives,
    // a double border and its caption in bold.
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 4,
        'border-style': 'double',
        'border-color': '#1f2933',
        'font-weight': 'bold',
        'text-max-width': '160px',
      },
    },
    { selector: 'edge.group-edge', style: { width: 3, 'line-style': 'solid' } },
    { selector: '.faded', style: { opacity: 0.16 } },
    // Hidden by the view filter: not drawn, but kept with its position for when it is shown again.
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.dimmed', style: { opacity: 0.3 } },
    { selector: 'edge.neighbour', style: { width: 2.4, 'z-index': 5 } },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': ACCENT, 'border-style': 'solid', 'z-index': 10 },
    },
    {
      selector: 'edge:selected',
      style: { width: 3.5, 'line-color': ACCENT, 'target-arrow-color': ACCENT },
    },
    // The path is marked like a highlighter pen: a wide yellow underlay that keeps each
    // element's own colour readable.
    {
      selector: 'node.on-path',
      style: {
        'underlay-color': PATH,
        'underlay-padding': 7,
        'underlay-opacity': 0.75,
        'underlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        width: 3,
        'underlay-color': PATH,
        'underlay-padding': 5,
        'underlay-opacity': 0.75,
        'z-index': 8,
        'min-zoomed-font-size': 0,
      },
    },
    // A path stays visible whatever the selection dims.
    { selector: '.on-path.dimmed', style: { opacity: 1 } },
  ] as StylesheetJson;
}
