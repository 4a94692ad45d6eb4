/**
 * Resolvers of entity resolution: `node(id:)` of an absorbed id, `Actor.absorbedIds`,
 * `Actor.possibleDuplicates`, `Query.editingEnabled` and the mutations `mergeNodes`, `splitNode`,
 * `judgeCandidate` (../resolution/).
 */
import type {
  ActorResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../schema/resolvers-types.generated.ts';
import type { RequestContext } from '../context.ts';
import type { NodeRow } from '../neo4j/rows.ts';
import { badUserInput } from '../errors.ts';
import { possibleDuplicates, survivorOfAbsorbed } from '../resolution/duplicates.ts';
import { judgeActors, mergeActors, splitActor } from '../resolution/edits.ts';
import { requireEditor } from '../review/index.ts';
import { loadNode } from './evidence.ts';

/** The node `id`, or the node it was merged into (with `resolvedFrom`), or null. */
export async function nodeOrSurvivor(context: RequestContext, id: string): Promise<NodeRow | null> {
  const found = await context.loaders.node.load(id);
  if (found) return found;
  const survivorId = await survivorOfAbsorbed(context, id);
  if (!survivorId) return null;
  const survivor = await context.loaders.node.load(survivorId);
  return survivor ? { ...survivor, resolvedFrom: id } : null;
}

async function actorOrFail(context: RequestContext, id: string, argument: string) {
  const actor = await nodeOrSurvivor(context, id);
  if (!actor) throw badUserInput(argument, `${argument}: there is no node "${id}".`);
  return actor;
}

export const resolutionQueries: Pick<QueryResolvers, 'editingEnabled'> = {
  editingEnabled: (_root, _args, context) => context.editingEnabled,
};

export const actorResolutionFields: Pick<ActorResolvers, 'absorbedIds' | 'possibleDuplicates'> = {
  absorbedIds: (actor) => (actor.properties.absorbedIds as string[] | null | undefined) ?? [],
  possibleDuplicates: async (actor, { first }, context) => {
    const count = first ?? 5;
    if (!Number.isInteger(count) || count < 1 || count > 20)
      throw badUserInput('first', `first must be between 1 and 20 (got ${count}).`);
    const found = await possibleDuplicates(context, actor, count);
    return Promise.all(
      found.map(async ({ other, match }) => ({
        actor: await loadNode(context, other.id),
        score: match.score,
        features: match.features,
      })),
    );
  },
};

const DECISIONS = { SAME: 'same', DIFFERENT: 'different', UNSURE: 'unsure' } as const;
const DECISION_ENUM = { same: 'SAME', different: 'DIFFERENT', unsure: 'UNSURE' } as const;

export const resolutionMutations: Pick<
  MutationResolvers,
  'mergeNodes' | 'splitNode' | 'judgeCandidate'
> = {
  mergeNodes: async (_root, args, context) => {
    const id = await mergeActors(context, requireEditor(context), args);
    return actorOrFail(context, id, 'survivorId');
  },
  splitNode: async (_root, args, context) => {
    const { survivorId, absorbedId } = await splitActor(context, requireEditor(context), args);
    return {
      survivor: await actorOrFail(context, survivorId, 'absorbedId'),
      restored: await actorOrFail(context, absorbedId, 'absorbedId'),
    };
  },
  judgeCandidate: async (_root, args, context) => {
    const judgement = await judgeActors(context, requireEditor(context), {
      ...args,
      decision: DECISIONS[args.decision],
    });
    return { ...judgement, decision: DECISION_ENUM[judgement.decision] };
  },
};
