/** A Cypher statement and its parameters, as every builder in this folder returns it. */
export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Joins Cypher lines, dropping empty ones, so builders can add clauses conditionally. */
export function lines(...parts: (string | false | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join('\n');
}
