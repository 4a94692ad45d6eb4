/**
 * The mutations of entity resolution: merging two actor nodes, splitting a merged one, judging a
 * candidate pair. Each merge or split is one write transaction (@policygraph/import's mergeNodes
 * and splitNode); each of the three appends a judgement (who: the editor, when: now, why: the
 * argument) to the judgements file, within the transaction's work, so a failed append writes
 * nothing. The write protection of ../plugins/use-write-protection.ts has run before.
 */
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';
import type { ManagedTransaction } from 'neo4j-driver';
import {
  NodeEditError,
  appendJudgement,
  judgementOfEdit,
  reviewActor,
  mergeNodes,
  splitNode,
  type Judgement,
} from '@policygraph/import';
import type { RequestContext } from '../context.ts';
import { badUserInput } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { inWriteTransaction } from '../review/index.ts';

/**
 * Transaction timeout of a merge or split, in milliseconds: a dozen statements, planned cold the
 * first time (about 10 s on a busy 2-core machine, 1 s warm), so more than a read's bound.
 */
export const EDIT_TIMEOUT_MS = 60_000;

/** Longest `why`, in characters. */
export const WHY_LENGTH = 2000;

/** A refusal of the runner as the API's error (code, argument name; graphql-js adds the path). */
function asGraphQLError(error: unknown): unknown {
  if (!(error instanceof NodeEditError)) return error;
  return createGraphQLError(error.message, {
    extensions: { code: error.code, argumentName: error.argumentName },
  });
}

/** Checks ids and `why`: BAD_USER_INPUT naming the argument. */
export function checkEditArgs(ids: Record<string, string>, why: string): void {
  for (const [name, id] of Object.entries(ids)) {
    if (id.trim() === '') throw badUserInput(name, `${name} is empty.`);
    if (id.length > LIMITS.idLength)
      throw badUserInput(name, `${name} is longer than ${LIMITS.idLength} characters.`);
  }
  if (why.trim() === '')
    throw badUserInput('why', 'why is empty: say why (it is kept with the judgement).');
  if (why.length > WHY_LENGTH)
    throw badUserInput('why', `why is longer than ${WHY_LENGTH} characters.`);
}

async function edit<T>(
  context: RequestContext,
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  try {
    return await inWriteTransaction(
      context.writer,
      work,
      Math.max(context.writer.timeoutMs, EDIT_TIMEOUT_MS),
    );
  } catch (error) {
    throw asGraphQLError(error) as GraphQLError;
  }
}

/** `mergeNodes`: the survivor's id once merged. */
export function mergeActors(
  context: RequestContext,
  editor: string,
  args: { survivorId: string; absorbedId: string; why: string },
): Promise<string> {
  checkEditArgs({ survivorId: args.survivorId, absorbedId: args.absorbedId }, args.why);
  return edit(context, async (tx) => {
    const [a, b] = [await reviewActor(tx, args.survivorId), await reviewActor(tx, args.absorbedId)];
    const record = judgementOfEdit(
      'same',
      a,
      b,
      [args.survivorId, args.absorbedId],
      editor,
      args.why,
    );
    await mergeNodes(tx, args, {
      who: editor,
      when: record.when,
      why: args.why,
      score: record.score,
    });
    await appendJudgement(record, context.judgementsFile);
    return args.survivorId;
  });
}

/** `splitNode`: the ids of both nodes once split. */
export function splitActor(
  context: RequestContext,
  editor: string,
  args: { absorbedId: string; why: string },
): Promise<{ survivorId: string; absorbedId: string }> {
  checkEditArgs({ absorbedId: args.absorbedId }, args.why);
  return edit(context, async (tx) => {
    const { survivorId, absorbedId } = await splitNode(tx, args.absorbedId);
    const [a, b] = [await reviewActor(tx, survivorId), await reviewActor(tx, absorbedId)];
    await appendJudgement(
      judgementOfEdit('different', a, b, [survivorId, absorbedId], editor, args.why),
      context.judgementsFile,
    );
    return { survivorId, absorbedId };
  });
}

/** `judgeCandidate`: the judgement appended (both must be actors). */
export async function judgeActors(
  context: RequestContext,
  editor: string,
  args: { a: string; b: string; decision: Judgement['decision']; why: string },
): Promise<Judgement> {
  checkEditArgs({ a: args.a, b: args.b }, args.why);
  if (args.a === args.b) throw badUserInput('b', `a and b are both "${args.a}".`);
  return edit(context, async (tx) => {
    const [a, b] = [await reviewActor(tx, args.a), await reviewActor(tx, args.b)];
    for (const [actor, name] of [
      [a, 'a'],
      [b, 'b'],
    ] as const)
      if (!actor)
        throw new NodeEditError(`${name}: there is no actor "${args[name]}".`, 'NOT_FOUND', name);
    const record = judgementOfEdit(args.decision, a, b, [args.a, args.b], editor, args.why);
    await appendJudgement(record, context.judgementsFile);
    return record;
  });
}
