/**
 * A Cypher fragment that fetches, in the same query, the documents referenced by the evidence of a
 * list of nodes and a list of relationships, so that `evidence { document { ... } }` in a
 * neighbourhood or path costs no further round trip. The documents are found through the unique
 * index on `:Entity(id)` (`:Document` alone has no index on `id` and would be scanned).
 */
import { nodeMap } from './projection.ts';

/** `COLLECT { ... }` of the evidence documents of the node list `nodes` and relationship list `rels`. */
export function evidenceDocumentsOf(nodes: string, rels: string): string {
  return (
    'COLLECT {\n' +
    `    WITH reduce(ids = [], x IN ${nodes} + ${rels} | ids + coalesce(x.evidenceDocumentIds, [])) AS ids\n` +
    '    MATCH (d:Entity:Document) WHERE d.id IN ids\n' +
    `    RETURN ${nodeMap('d')}\n` +
    '  }'
  );
}
