/**
 * Batched look-ups by id, for the DataLoaders of nested resolvers: nodes, document texts and the
 * neighbours of a node over given relationship types.
 */
import { RELATIONSHIP_TYPES } from '../model.ts';
import { nodeMap, relationshipMap } from './projection.ts';
import { lines, type CypherQuery } from './query.ts';

/** Nodes by id; one row per id found, column `node`. */
export function buildNodesByIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      'UNWIND $ids AS id',
      'MATCH (n:Entity {id: id})',
      `RETURN ${nodeMap('n')} AS node`,
    ),
    params: { ids: [...ids] },
  };
}

/** Full texts of documents by id; one row per document found, columns `id`, `text`. */
export function buildDocumentTexts(ids: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      'UNWIND $ids AS id',
      'MATCH (d:Entity:Document {id: id})',
      'RETURN d.id AS id, d.text AS text',
    ),
    params: { ids: [...ids] },
  };
}

/** Which way a relationship points from the node asked about. */
export type Direction = 'OUT' | 'IN';

/** One neighbour request: the node, the direction and the relationship types to follow. */
export interface RelatedRequest {
  key: string;
  id: string;
  direction: Direction;
  types: string[];
}

/**
 * Neighbours of many nodes at once; one row per request whose node exists, columns `key` and
 * `related` (list of `{node, relationship}`, ordered by relationship id).
 * @throws Error for a relationship type outside the data model.
 */
export function buildRelated(requests: readonly RelatedRequest[]): CypherQuery {
  for (const request of requests) {
    for (const type of request.types) {
      if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type))
        throw new Error(`Unknown relationship type "${type}".`);
    }
  }
  const collect = (pattern: string) =>
    'COLLECT {\n' +
    `    MATCH ${pattern}\n` +
    '    WHERE type(r) IN request.types\n' +
    `    RETURN {node: ${nodeMap('m')}, relationship: ${relationshipMap('r')}} AS related ORDER BY r.id\n` +
    '  }';
  return {
    cypher: lines(
      'UNWIND $requests AS request',
      'MATCH (n:Entity {id: request.id})',
      'RETURN request.key AS key, CASE request.direction',
      `  WHEN 'OUT' THEN ${collect('(n)-[r]->(m:Entity)')}`,
      `  ELSE ${collect('(n)<-[r]-(m:Entity)')}`,
      'END AS related',
    ),
    params: {
      requests: requests.map(({ key, id, direction, types }) => ({ key, id, direction, types })),
    },
  };
}
