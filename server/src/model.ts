/**
 * The GraphQL view of the graph's vocabulary. The vocabulary itself (node kinds, relationship types)
 * is defined once, in @policygraph/model, and re-exported here; these lists are the allow-lists from
 * which labels and relationship types may be spliced into Cypher.
 */

import {
  ACTOR_KINDS,
  NODE_KINDS,
  RELATIONSHIP_TYPES,
  type NodeKind,
  type RelationshipType,
} from '@policygraph/model';

export { ACTOR_KINDS, NODE_KINDS, RELATIONSHIP_TYPES };

/** Every `kind` value a node may carry (the GraphQL `NodeKind` values). */
export type NodeKindValue = NodeKind;

/** Every relationship type of the data model. */
export type RelationshipTypeValue = RelationshipType;

/** The GraphQL object types implementing `Node`. */
export type NodeTypeName = 'Actor' | 'Measure' | 'Item' | 'Statement' | 'Document';

const ACTOR_KIND_SET: ReadonlySet<string> = new Set(ACTOR_KINDS);

/** The GraphQL object type for a node's `kind` (every actor kind is an `Actor`). */
export function nodeTypeName(kind: string): NodeTypeName {
  if (ACTOR_KIND_SET.has(kind)) return 'Actor';
  switch (kind) {
    case 'MEASURE':
      return 'Measure';
    case 'ITEM':
      return 'Item';
    case 'STATEMENT':
      return 'Statement';
    case 'DOCUMENT':
      return 'Document';
    default:
      throw new Error(`Unknown node kind "${kind}" in the graph.`);
  }
}

/** True when `value` is a relationship type of the data model. */
export function isRelationshipType(value: string): value is RelationshipTypeValue {
  return (RELATIONSHIP_TYPES as readonly string[]).includes(value);
}
