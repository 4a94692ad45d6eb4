/**
 * Turns the explorer's nodes and relationships into Cytoscape element definitions: prefixed ids,
 * wrapped labels, and the state classes (`faded` outside the date range, `on-path` for the path
 * shown, `filtered` for what the view filter hides). Pure: the same input always gives the same elements, in a stable order.
 */
import type { GraphNode, GraphRelationship } from '../model/types.ts';
import { nodeElementId, relationshipElementId } from './elementIds.ts';
import { relationshipTypeStyle } from './relationshipTypes.ts';
import { truncateLabel, wrappableLabel } from './wrapLabel.ts';
import { shortenName } from './displayName.ts';
import { isOutsideRange, type DateRange } from '../state/dateRange.ts';

/** A Cytoscape element definition as the explorer makes them (a subset of cytoscape's own type). */
export interface GraphElement {
  group: 'nodes' | 'edges';
  data: { id: string; [key: string]: string | number | boolean | null };
  /** Space-separated state classes, sorted; '' for none. */
  classes: string;
}

/** What the graph view shows: visible nodes, relationships, and the state that colours them. */
export interface ElementsInput {
  nodes: readonly GraphNode[];
  relationships: readonly GraphRelationship[];
  /** Nodes dated outside it (and their relationships) are faded. */
  dateRange: DateRange;
  /** Server ids of the nodes and relationships of the path being shown. */
  pathIds: ReadonlySet<string>;
  /** Server ids hidden by the view filter (state/viewFilter.ts): class `filtered`, kept in place. */
  hidden?: ReadonlySet<string>;
}

const MAX_LABEL = 56;
/** Characters of a statement's quote shown under its speaker. */
const QUOTE_EXCERPT = 34;

/** Kinds whose label always carries its disambiguation (the date of a rule or a document matters). */
const ALWAYS_TOLD_APART = new Set(['MEASURE', 'DOCUMENT']);

/**
 * Label of a node on the canvas: statements by speaker, date and the start of the quote; others by
 * name (shortened), with what tells them apart on a line of its own, never shortened
 * (graph/displayName.ts): always for measures and documents, for other kinds when `namesake` (another
 * shown node has the same name).
 */
export function nodeLabel(node: GraphNode, namesake = false): string {
  if (node.statement) {
    const who = node.statement.speakerShortName ?? node.statement.speakerName ?? 'Statement';
    const heading = node.date ? `${who} · ${node.date}` : who;
    return `${truncateLabel(heading, MAX_LABEL)}\n“${truncateLabel(node.statement.quote, QUOTE_EXCERPT)}”`;
  }
  const name = shortenName(node.name, MAX_LABEL);
  const tellApart = node.disambiguation && (namesake || ALWAYS_TOLD_APART.has(node.kind));
  return tellApart ? `${name}\n(${node.disambiguation})` : name;
}

/** Names shown by more than one of `nodes`. */
export function sharedNames(nodes: readonly GraphNode[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.name)) shared.add(node.name);
    seen.add(node.name);
  }
  return shared;
}

/**
 * The elements for `input`: nodes first (sorted by id), then relationships whose two ends are both
 * shown (sorted by id). Relationships to nodes not in `input.nodes` are left out.
 */
export function toElements(input: ElementsInput): GraphElement[] {
  const faded = new Set<string>();
  const nodes = [...input.nodes].sort((a, b) => compare(a.id, b.id));
  const shared = sharedNames(nodes);
  const elements: GraphElement[] = [];
  for (const node of nodes) {
    const classes: string[] = [];
    if (isOutsideRange(node.date, input.dateRange)) {
      faded.add(node.id);
      classes.push('faded');
    }
    if (input.pathIds.has(node.id)) classes.push('on-path');
    if (input.hidden?.has(node.id)) classes.push('filtered');
    elements.push({
      group: 'nodes',
      data: {
        id: nodeElementId(node.id),
        label: wrappableLabel(nodeLabel(node, shared.has(node.name))),
        kind: node.kind,
        date: node.date,
      },
      classes: classes.sort().join(' '),
    });
  }
  const shown = new Set(nodes.map((node) => node.id));
  const relationships = input.relationships
    .filter((rel) => shown.has(rel.source) && shown.has(rel.target))
    .sort((a, b) => compare(a.id, b.id));
  for (const rel of relationships) {
    const classes: string[] = [];
    if (faded.has(rel.source) || faded.has(rel.target)) classes.push('faded');
    if (input.pathIds.has(rel.id)) classes.push('on-path');
    if (input.hidden?.has(rel.id) || input.hidden?.has(rel.source) || input.hidden?.has(rel.target))
      classes.push('filtered');
    elements.push({
      group: 'edges',
      data: {
        id: relationshipElementId(rel.id),
        source: nodeElementId(rel.source),
        target: nodeElementId(rel.target),
        type: rel.type,
        label: relationshipTypeStyle(rel.type).label,
      },
      classes: classes.sort().join(' '),
    });
  }
  return elements;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
