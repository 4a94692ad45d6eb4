/** Resolvers of `Actor` and `Role`: country, positions held, organisational parents and members. */
import { related } from '../neo4j/loaders.ts';
import type { NodeRow, RoleRow } from '../neo4j/rows.ts';
import type { ActorResolvers, RoleResolvers } from '../schema/resolvers-types.generated.ts';
import { neighbours, property, disambiguationOf } from './node.ts';
import { loadNode } from './evidence.ts';

export const Actor: ActorResolvers = {
  disambiguation: disambiguationOf,
  country: property<string | null>('country'),
  roles: async (actor: NodeRow, _args, context): Promise<RoleRow[]> =>
    (await related(context.loaders, actor.id, 'OUT', ['HOLDS_ROLE'])).map(
      ({ node, relationship }) => ({
        role: relationship.role ?? '',
        personId: actor.id,
        organisationId: node.id,
        evidence: relationship.evidence,
      }),
    ),
  roleHolders: async (actor: NodeRow, _args, context): Promise<RoleRow[]> =>
    (await related(context.loaders, actor.id, 'IN', ['HOLDS_ROLE'])).map(
      ({ node, relationship }) => ({
        role: relationship.role ?? '',
        personId: node.id,
        organisationId: actor.id,
        evidence: relationship.evidence,
      }),
    ),
  partOf: neighbours('OUT', 'PART_OF'),
  parts: neighbours('IN', 'PART_OF'),
  governs: neighbours('OUT', 'GOVERNS'),
  memberOf: neighbours('OUT', 'MEMBER_OF'),
  members: neighbours('IN', 'MEMBER_OF'),
};

export const Role: RoleResolvers = {
  person: (role, _args, context) => loadNode(context, role.personId),
  organisation: (role, _args, context) => loadNode(context, role.organisationId),
};
