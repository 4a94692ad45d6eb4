/**
 * Map projections shared by the Cypher builders, so every query returns nodes and relationships in
 * the one shape that neo4j/row-maps.ts reads.
 */

/**
 * How much of each node an answer carries: `full`, every property (see nodeMap); `summary`, only
 * the fields SUMMARY_FIELDS names (nodeSummaryMap), when the GraphQL selection asks for no more.
 */
export type Detail = 'summary' | 'full';

/** The GraphQL fields of a node that a summary holds (with `__typename`, which `kind` gives). */
export const SUMMARY_FIELDS: ReadonlySet<string> = new Set([
  '__typename',
  'id',
  'kind',
  'name',
  'aliases',
  'description',
  'title',
]);

/**
 * What a subgraph answer (neighbourhood, subgraph) carries: its nodes in full or as summaries, and
 * the documents its evidence cites in full, as summaries, or not at all (`none`: no evidence
 * document is selected). Large answers cost the API more to decode and convert than Neo4j to
 * produce, so an answer carries what the operation selects.
 */
export interface SubgraphProjection {
  nodes: Detail;
  documents: Detail | 'none';
}

/** Everything: what a caller that does not know its selection asks for. */
export const FULL_PROJECTION: SubgraphProjection = { nodes: 'full', documents: 'full' };

/** A node's id, kind, name, aliases, description and title only (see SUMMARY_FIELDS). */
export function nodeSummaryMap(variable: string): string {
  return `${variable} {.id, .kind, .name, .aliases, .description, .title}`;
}

/** `nodeMap` or `nodeSummaryMap` by `detail`. */
export function nodeProjection(variable: string, detail: Detail): string {
  return detail === 'full' ? nodeMap(variable) : nodeSummaryMap(variable);
}

/**
 * A node's properties without what a document may hold at length (`text`; the extraction and review
 * the seed loader keeps, read on their own by ./extractions.ts), plus `hasText`.
 */
export function nodeMap(variable: string): string {
  return `${variable} {.*, text: null, extractionYaml: null, review: null, hasText: ${variable}.text IS NOT NULL}`;
}

/** A relationship's properties plus its type and the ids of its start and end nodes. */
export function relationshipMap(variable: string): string {
  return `${variable} {.*, type: type(${variable}), source: startNode(${variable}).id, target: endNode(${variable}).id}`;
}
