/**
 * Cypher fragments shared by the queries that answer a subgraph (neighbourhood, subgraph): the
 * relationships among a list of nodes, capped, and the answer's one row of nodes, relationships,
 * `truncated` and evidence documents.
 */
import { evidenceDocumentsOf } from './evidence-documents.ts';
import {
  FULL_PROJECTION,
  nodeProjection,
  relationshipMap,
  type SubgraphProjection,
} from './projection.ts';

/**
 * Lines of `COLLECT { … } AS rels`: the relationships (of the type pattern `types`, e.g. `:A|B` or
 * '') from and to nodes of the list `nodes`, by id, at most `$relationshipLimit` + 1. The far end
 * is matched by node identity: an indexable predicate there (`b.id IN $ids`) makes the planner
 * seek every node again for each one (a quadratic plan) instead of expanding from it.
 */
export function relationshipsAmongLines(nodes: string, types = ''): string[] {
  return [
    `  UNWIND ${nodes} AS a`,
    `  MATCH (a)-[r${types}]->(b:Entity)`,
    `  WHERE b IN ${nodes}`,
    '  RETURN r ORDER BY r.id',
    '  LIMIT $relationshipLimit + 1',
    '} AS rels',
  ];
}

/**
 * The RETURN of a subgraph answer from the lists `nodes` and `rels` and the boolean `truncated`,
 * carrying what `projection` asks for, and `resolvedIds` (the expression of the absorbed ids the
 * query followed to their survivors, resolve-ids.ts; none by default). Summary nodes carry no evidence, so only the relationships'
 * evidence then cites documents.
 */
export function subgraphReturnLines(
  projection: SubgraphProjection = FULL_PROJECTION,
  resolvedIds = '[]',
): string[] {
  const cited = projection.nodes === 'full' ? 'nodes' : '[]';
  return [
    `RETURN ${resolvedIds} AS resolvedIds,`,
    `  [n IN nodes | ${nodeProjection('n', projection.nodes)}] AS nodes,`,
    `  [r IN rels | ${relationshipMap('r')}] AS relationships,`,
    '  truncated,',
    projection.documents === 'none'
      ? '  [] AS evidenceDocuments'
      : `  ${evidenceDocumentsOf(cited, 'rels', projection.documents)} AS evidenceDocuments`,
  ];
}
