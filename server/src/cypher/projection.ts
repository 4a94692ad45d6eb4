/**
 * Map projections shared by the Cypher builders, so every query returns nodes and relationships in
 * the one shape that neo4j/row-maps.ts reads.
 */

/** A node's properties without its (possibly long) `text`, plus `hasText`. */
export function nodeMap(variable: string): string {
  return `${variable} {.*, text: null, hasText: ${variable}.text IS NOT NULL}`;
}

/** A relationship's properties plus its type and the ids of its start and end nodes. */
export function relationshipMap(variable: string): string {
  return `${variable} {.*, type: type(${variable}), source: startNode(${variable}).id, target: endNode(${variable}).id}`;
}
