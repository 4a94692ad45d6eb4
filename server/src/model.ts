/**
 * The vocabulary of the graph as docs/data-model.md defines it: node kinds, relationship types and
 * the GraphQL object type that represents each kind. These lists are the allow-lists from which
 * labels and relationship types may be spliced into Cypher.
 */

/** `kind` property values (and GraphQL `NodeKind` values) of actors. */
export const ACTOR_KINDS = [
  'GOVERNMENT',
  'AGENCY',
  'COMPANY',
  'BUSINESS_UNIT',
  'MEDIA_OUTLET',
  'INDUSTRY_ASSOCIATION',
  'ANALYST_FIRM',
  'PERSON',
  'COUNTRY_OR_BLOC',
  'UNNAMED_SOURCE',
] as const;

/** Every `kind` value a node may carry. */
export const NODE_KINDS = [...ACTOR_KINDS, 'MEASURE', 'ITEM', 'STATEMENT', 'DOCUMENT'] as const;

export type NodeKindValue = (typeof NODE_KINDS)[number];

/** Every relationship type of the data model. */
export const RELATIONSHIP_TYPES = [
  'PART_OF',
  'GOVERNS',
  'MEMBER_OF',
  'HOLDS_ROLE',
  'ISSUED_BY',
  'PROPOSED_BY',
  'CONSIDERED_BY',
  'COVERS',
  'APPLIES_TO',
  'TARGETS',
  'RESPONDS_TO',
  'CLOSES_LOOPHOLE_IN',
  'MADE_BY',
  'PROVIDED_BY',
  'KIND_OF',
  'SAID_BY',
  'SAID_TO',
  'ABOUT',
  'REPORTED_IN',
  'PUBLISHED_BY',
  'WRITTEN_BY',
  'RELAYS',
  'CITES',
  'REPORTS_STATUS',
] as const;

export type RelationshipTypeValue = (typeof RELATIONSHIP_TYPES)[number];

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
