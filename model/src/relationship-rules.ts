/**
 * Relationship types of docs/data-model.md with the node kinds allowed at each end, and the id
 * every relationship carries (`<from>|<TYPE>|<to>`, plus `|<role>` or `|<status>|<asOf>`).
 */
import { ACTOR_KINDS, type NodeKind } from './vocabulary.ts';

const ACTOR: readonly NodeKind[] = ACTOR_KINDS;
const ANY: readonly NodeKind[] = [...ACTOR_KINDS, 'MEASURE', 'ITEM', 'STATEMENT', 'DOCUMENT'];
const ORGANISATION: readonly NodeKind[] = ACTOR_KINDS.filter(
  (kind) => kind !== 'PERSON' && kind !== 'UNNAMED_SOURCE',
);

/** Node kinds allowed as source (`from`) and target (`to`) of a relationship type. */
export interface EndpointRule {
  from: readonly NodeKind[];
  to: readonly NodeKind[];
}

/**
 * Every relationship type of docs/data-model.md with the node kinds allowed as its source and
 * target (checked by validateReferences as WRONG_KIND). The only relationship types spliced into Cypher.
 */
export const RELATIONSHIP_RULES = {
  PART_OF: { from: ACTOR, to: ACTOR },
  GOVERNS: { from: ['GOVERNMENT'], to: ['COUNTRY_OR_BLOC'] },
  MEMBER_OF: { from: ACTOR, to: ACTOR },
  HOLDS_ROLE: { from: ['PERSON'], to: ORGANISATION },
  ISSUED_BY: { from: ['MEASURE'], to: ACTOR },
  PROPOSED_BY: { from: ['MEASURE'], to: ACTOR },
  CONSIDERED_BY: { from: ['MEASURE'], to: ACTOR },
  COVERS: { from: ['MEASURE'], to: ['ITEM'] },
  APPLIES_TO: { from: ['MEASURE'], to: ACTOR },
  TARGETS: { from: ['MEASURE'], to: ACTOR },
  LISTS: { from: ['MEASURE'], to: ACTOR },
  RESPONDS_TO: { from: ['MEASURE'], to: ['MEASURE'] },
  CLOSES_LOOPHOLE_IN: { from: ['MEASURE'], to: ['MEASURE'] },
  MADE_BY: { from: ['ITEM'], to: ACTOR },
  PROVIDED_BY: { from: ['ITEM'], to: ACTOR },
  KIND_OF: { from: ['ITEM'], to: ['ITEM'] },
  SAID_BY: { from: ['STATEMENT'], to: ACTOR },
  SAID_TO: { from: ['STATEMENT'], to: ACTOR },
  ABOUT: { from: ['STATEMENT'], to: ANY },
  REPORTED_IN: { from: ['STATEMENT'], to: ['DOCUMENT'] },
  PUBLISHED_BY: { from: ['DOCUMENT'], to: ACTOR },
  WRITTEN_BY: { from: ['DOCUMENT'], to: ['PERSON'] },
  RELAYS: { from: ['DOCUMENT'], to: ['DOCUMENT'] },
  CITES: { from: ['DOCUMENT'], to: ACTOR },
  REPORTS_STATUS: { from: ['DOCUMENT'], to: ['MEASURE'] },
} as const satisfies Record<string, EndpointRule>;

/** A relationship type of the data model (`ISSUED_BY`, `REPORTS_STATUS`, …). */
export type RelationshipType = keyof typeof RELATIONSHIP_RULES;
/** Every relationship type, in the order of the data model (and of the writes). */
export const RELATIONSHIP_TYPES = Object.keys(RELATIONSHIP_RULES) as [
  RelationshipType,
  ...RelationshipType[],
];

/** Date-valued properties of each relationship type (stored as Neo4j DATE). */
export const RELATIONSHIP_DATE_PROPERTIES: Readonly<
  Partial<Record<RelationshipType, readonly string[]>>
> = {
  REPORTS_STATUS: ['asOf'],
  LISTS: ['listedOn', 'delistedOn'],
};

/** The `id` of a relationship: `<from>|<TYPE>|<to>`, `|<role>` for HOLDS_ROLE, `|<status>|<asOf>` for REPORTS_STATUS. */
export function relationshipId(
  from: string,
  type: RelationshipType,
  to: string,
  extra: { role?: string; status?: string; asOf?: string } = {},
): string {
  const base = `${from}|${type}|${to}`;
  if (type === 'HOLDS_ROLE') return `${base}|${extra.role ?? ''}`;
  if (type === 'REPORTS_STATUS') return `${base}|${extra.status ?? ''}|${extra.asOf ?? ''}`;
  return base;
}

/** Human words for a list of kinds, for error messages: "PERSON or AGENCY". */
export function describeKinds(kinds: readonly NodeKind[]): string {
  if (kinds.length === ANY.length) return 'any node';
  if (kinds.length === ACTOR.length && ACTOR.every((kind) => kinds.includes(kind)))
    return 'an actor';
  if (kinds.length === ORGANISATION.length && ORGANISATION.every((kind) => kinds.includes(kind))) {
    return 'an organisation (an actor other than PERSON or UNNAMED_SOURCE)';
  }
  return kinds.join(' or ');
}
