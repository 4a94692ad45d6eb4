/**
 * How each relationship type looks: line colour and style, grouped by what the relationship says
 * (structure, authority, scope, statements, documents). Read by the stylesheet and the legend. The
 * types are the API's `RelationshipType` enum (generated from the SDL): a type added there fails
 * the typecheck until it has a look here.
 */
import type { RelationshipType } from '../model/types.ts';

/** Look of one relationship type. */
export interface RelationshipTypeStyle {
  /** The sentence the relationship comes from, for the legend ("issued by"). */
  label: string;
  color: string;
  lineStyle: 'solid' | 'dashed' | 'dotted';
  /** Legend group. */
  group: string;
}

const STRUCTURE = '#8d99a6';
const AUTHORITY = '#c8323c';
const SCOPE = '#d4661c';
const MEASURES = '#8146b0';
const ITEMS = '#12999c';
const STATEMENTS = '#b08a00';
const DOCUMENTS = '#4f5d6b';

/** Every relationship type the data model defines, in legend order. */
export const RELATIONSHIP_TYPES: Readonly<Record<RelationshipType, RelationshipTypeStyle>> = {
  PART_OF: { label: 'part of', color: STRUCTURE, lineStyle: 'solid', group: 'Structure' },
  GOVERNS: { label: 'governs', color: STRUCTURE, lineStyle: 'solid', group: 'Structure' },
  MEMBER_OF: { label: 'member of', color: STRUCTURE, lineStyle: 'dashed', group: 'Structure' },
  HOLDS_ROLE: { label: 'holds role at', color: STRUCTURE, lineStyle: 'dotted', group: 'Structure' },
  ISSUED_BY: { label: 'issued by', color: AUTHORITY, lineStyle: 'solid', group: 'Authority' },
  PROPOSED_BY: { label: 'proposed by', color: AUTHORITY, lineStyle: 'dashed', group: 'Authority' },
  CONSIDERED_BY: {
    label: 'considered by',
    color: AUTHORITY,
    lineStyle: 'dotted',
    group: 'Authority',
  },
  COVERS: { label: 'covers', color: SCOPE, lineStyle: 'solid', group: 'Scope' },
  APPLIES_TO: { label: 'applies to', color: SCOPE, lineStyle: 'dashed', group: 'Scope' },
  TARGETS: { label: 'targets', color: SCOPE, lineStyle: 'dotted', group: 'Scope' },
  LISTS: { label: 'lists', color: SCOPE, lineStyle: 'solid', group: 'Scope' },
  RESPONDS_TO: {
    label: 'responds to',
    color: MEASURES,
    lineStyle: 'solid',
    group: 'Between measures',
  },
  CLOSES_LOOPHOLE_IN: {
    label: 'closes loophole in',
    color: MEASURES,
    lineStyle: 'dashed',
    group: 'Between measures',
  },
  MADE_BY: { label: 'made by', color: ITEMS, lineStyle: 'solid', group: 'Items' },
  PROVIDED_BY: { label: 'provided by', color: ITEMS, lineStyle: 'dashed', group: 'Items' },
  KIND_OF: { label: 'kind of', color: ITEMS, lineStyle: 'dotted', group: 'Items' },
  SAID_BY: { label: 'said by', color: STATEMENTS, lineStyle: 'solid', group: 'Statements' },
  SAID_TO: { label: 'said to', color: STATEMENTS, lineStyle: 'dashed', group: 'Statements' },
  ABOUT: { label: 'about', color: STATEMENTS, lineStyle: 'dotted', group: 'Statements' },
  REPORTED_IN: { label: 'reported in', color: DOCUMENTS, lineStyle: 'dotted', group: 'Statements' },
  PUBLISHED_BY: { label: 'published by', color: DOCUMENTS, lineStyle: 'solid', group: 'Documents' },
  WRITTEN_BY: { label: 'written by', color: DOCUMENTS, lineStyle: 'dashed', group: 'Documents' },
  RELAYS: { label: 'relays', color: MEASURES, lineStyle: 'dashed', group: 'Documents' },
  CITES: { label: 'cites', color: MEASURES, lineStyle: 'dotted', group: 'Documents' },
  REPORTS_STATUS: {
    label: 'reports status of',
    color: AUTHORITY,
    lineStyle: 'dashed',
    group: 'Documents',
  },
};

/** The relationship types in legend order. */
export const RELATIONSHIP_TYPE_ORDER = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];

/** True when `value` is a relationship type of the API (e.g. one read from a URL). */
export function isRelationshipType(value: string): value is RelationshipType {
  return Object.hasOwn(RELATIONSHIP_TYPES, value);
}

/** The look of `type`; a type this build does not know (a newer server) is a thin grey line. */
export function relationshipTypeStyle(type: string): RelationshipTypeStyle {
  if (isRelationshipType(type)) return RELATIONSHIP_TYPES[type];
  return {
    label: type.toLowerCase().replace(/_/g, ' '),
    color: STRUCTURE,
    lineStyle: 'solid',
    group: 'Other',
  };
}
