/**
 * GraphML export of the shown subgraph, for Gephi, yEd, Cytoscape desktop and NetworkX. Every
 * attribute used is declared in a `<key>` with its domain (`for`), name and type; Gephi picks up
 * `label`, `x`, `y`, `size`, `r`, `g`, `b` for display. Ids that are not XML name tokens (relationship
 * ids hold `|`) are replaced by generated ones, and the original id is kept in a `policygraphId` attribute.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';
import { nodeKindStyle } from '../graph/nodeKinds.ts';
import { relationshipTypeStyle } from '../graph/relationshipTypes.ts';

/** A GraphML attribute declaration. */
export interface GraphmlKey {
  id: string;
  for: 'node' | 'edge';
  name: string;
  type: 'string' | 'double' | 'int';
}

/** The keys the export declares, in document order. */
export const GRAPHML_KEYS: readonly GraphmlKey[] = [
  { id: 'd0', for: 'node', name: 'label', type: 'string' },
  { id: 'd1', for: 'node', name: 'policygraphId', type: 'string' },
  { id: 'd2', for: 'node', name: 'kind', type: 'string' },
  { id: 'd3', for: 'node', name: 'country', type: 'string' },
  { id: 'd4', for: 'node', name: 'aliases', type: 'string' },
  { id: 'd5', for: 'node', name: 'date', type: 'string' },
  { id: 'd6', for: 'node', name: 'quote', type: 'string' },
  { id: 'd7', for: 'node', name: 'x', type: 'double' },
  { id: 'd8', for: 'node', name: 'y', type: 'double' },
  { id: 'd9', for: 'node', name: 'size', type: 'double' },
  { id: 'd10', for: 'node', name: 'r', type: 'int' },
  { id: 'd11', for: 'node', name: 'g', type: 'int' },
  { id: 'd12', for: 'node', name: 'b', type: 'int' },
  { id: 'd13', for: 'edge', name: 'label', type: 'string' },
  { id: 'd14', for: 'edge', name: 'policygraphId', type: 'string' },
  { id: 'd15', for: 'edge', name: 'type', type: 'string' },
  { id: 'd16', for: 'edge', name: 'evidenceCount', type: 'int' },
  { id: 'd17', for: 'edge', name: 'evidenceDocuments', type: 'string' },
  { id: 'd18', for: 'edge', name: 'evidenceQuotes', type: 'string' },
];

const KEY_BY_NAME = new Map(GRAPHML_KEYS.map((key) => [`${key.for}:${key.name}`, key.id]));
const NMTOKEN = /^[\p{L}\p{N}._:-]+$/u;
/** Separator of list values (aliases, evidence) inside one attribute. */
export const LIST_SEPARATOR = ' | ';

/**
 * The GraphML document (UTF-8 XML text) for `nodes` and the `relationships` between them.
 * `positions` (by node id, in model pixels) becomes the `x` / `y` attributes when given.
 */
export function toGraphml(
  nodes: readonly GraphNode[],
  relationships: readonly GraphRelationship[],
  positions: ReadonlyMap<string, { x: number; y: number }> = new Map(),
): string {
  const nodeXmlId = new Map<string, string>();
  nodes.forEach((node, index) =>
    nodeXmlId.set(node.id, NMTOKEN.test(node.id) ? node.id : `n${index}`),
  );
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...GRAPHML_KEYS.map(
      (key) =>
        `  <key id="${key.id}" for="${key.for}" attr.name="${key.name}" attr.type="${key.type}"/>`,
    ),
    '  <graph id="policygraph" edgedefault="directed">',
  ];
  for (const node of nodes) {
    const style = nodeKindStyle(node.kind);
    const [r, g, b] = rgb(style.color);
    const position = positions.get(node.id);
    lines.push(`    <node id="${escapeXml(nodeXmlId.get(node.id)!)}">`);
    pushData(lines, 'node:label', node.name);
    pushData(lines, 'node:policygraphId', node.id);
    pushData(lines, 'node:kind', node.kind);
    pushData(lines, 'node:country', node.country);
    pushData(
      lines,
      'node:aliases',
      node.aliases.length > 0 ? node.aliases.join(LIST_SEPARATOR) : null,
    );
    pushData(lines, 'node:date', node.date);
    pushData(lines, 'node:quote', node.statement?.quote ?? null);
    if (position) {
      pushData(lines, 'node:x', round(position.x));
      pushData(lines, 'node:y', round(position.y));
    }
    pushData(lines, 'node:size', style.size);
    pushData(lines, 'node:r', r);
    pushData(lines, 'node:g', g);
    pushData(lines, 'node:b', b);
    lines.push('    </node>');
  }
  relationships
    .filter((rel) => nodeXmlId.has(rel.source) && nodeXmlId.has(rel.target))
    .forEach((rel, index) => {
      lines.push(
        `    <edge id="e${index}" source="${escapeXml(nodeXmlId.get(rel.source)!)}" target="${escapeXml(nodeXmlId.get(rel.target)!)}">`,
      );
      pushData(lines, 'edge:label', relationshipTypeStyle(rel.type).label);
      pushData(lines, 'edge:policygraphId', rel.id);
      pushData(lines, 'edge:type', rel.type);
      pushData(lines, 'edge:evidenceCount', rel.evidence.length);
      pushData(
        lines,
        'edge:evidenceDocuments',
        join([...new Set(rel.evidence.map((e) => e.documentId))]),
      );
      pushData(lines, 'edge:evidenceQuotes', join(rel.evidence.map((e) => e.quote)));
      lines.push('    </edge>');
    });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function pushData(lines: string[], key: string, value: string | number | null): void {
  if (value === null || value === '') return;
  lines.push(`      <data key="${KEY_BY_NAME.get(key)!}">${escapeXml(String(value))}</data>`);
}

function join(values: string[]): string | null {
  return values.length > 0 ? values.join(LIST_SEPARATOR) : null;
}

/** XML-escapes text and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
