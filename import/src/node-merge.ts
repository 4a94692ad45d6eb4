/**
 * Merging two stored actor nodes into one, and splitting a merged node back into the two it was,
 * each inside the caller's write transaction (one transaction: all or nothing). What a merge keeps
 * and how a split restores it: node-merge-plan.ts and node-merge-cypher.ts; docs/import.md,
 * _Merging and splitting stored nodes_.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import {
  buildResolveAbsorbed,
  isActorKind,
  type ActorKind,
  type CypherQuery,
  type WriteStep,
} from '@policygraph/model';
import { familyOf } from './merge-evidence.ts';
import {
  buildMergeRead,
  buildMergeSteps,
  buildSplitRead,
  buildSplitSteps,
  type EditMeta,
  type MoveRecord,
} from './node-merge-cypher.ts';
import { planMerge, type StoredProperties, type StoredRelationship } from './node-merge-plan.ts';

/** Why a merge or split was refused (nothing was written); `argumentName` names the argument at fault. */
export class NodeEditError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT',
    readonly argumentName: string,
  ) {
    super(message);
    this.name = 'NodeEditError';
  }
}

/** What a merge did. */
export interface MergeResult {
  survivorId: string;
  absorbedId: string;
  /** Relationships moved to the survivor: created, combined with one it had, dropped (between the two). */
  created: number;
  combined: number;
  dropped: number;
  /** Properties the survivor took from the absorbed node. */
  filled: string[];
}

async function run(tx: ManagedTransaction, query: CypherQuery) {
  return (await tx.run(query.cypher, query.params)).records.map((record) => record.toObject());
}

async function runSteps(tx: ManagedTransaction, steps: readonly WriteStep[]): Promise<void> {
  for (const step of steps) {
    const rows = await run(tx, step);
    const written = rows.reduce((sum, row) => sum + Number(row.written ?? 0), 0);
    if (step.expected >= 0 && written !== step.expected)
      throw new Error(
        `The merge wrote ${written} row(s) where ${step.expected} were expected (${step.description}); nothing was written.`,
      );
  }
}

/** The survivor an absorbed id now resolves to, or null when `id` was never absorbed. */
export async function survivorOf(tx: ManagedTransaction, id: string): Promise<string | null> {
  const [row] = await run(tx, buildResolveAbsorbed([id]));
  return row ? String(row.survivorId) : null;
}

/**
 * Merges the actor `absorbedId` into the actor `survivorId` in `tx`.
 * @throws NodeEditError: the same id twice, a node missing (or already absorbed: the message names
 *   its survivor), not actors, a person with an organisation, different Wikidata ids or countries.
 */
export async function mergeNodes(
  tx: ManagedTransaction,
  ids: { survivorId: string; absorbedId: string },
  meta: EditMeta,
): Promise<MergeResult> {
  const { survivorId, absorbedId } = ids;
  if (survivorId === absorbedId)
    throw new NodeEditError(
      `survivorId and absorbedId are both "${survivorId}": a node cannot be merged into itself.`,
      'BAD_USER_INPUT',
      'absorbedId',
    );
  const [row] = await run(tx, buildMergeRead(survivorId, absorbedId));
  for (const [found, id, argument] of [
    [row!.survivorFound, survivorId, 'survivorId'],
    [row!.absorbedFound, absorbedId, 'absorbedId'],
  ] as const) {
    if (found) continue;
    const into = await survivorOf(tx, id);
    throw new NodeEditError(
      into
        ? `${argument}: "${id}" was merged into "${into}"; merge with "${into}" instead.`
        : `${argument}: there is no node "${id}".`,
      'NOT_FOUND',
      argument,
    );
  }
  const kinds = [row!.survivorKind, row!.absorbedKind] as string[];
  for (const [kind, argument] of [
    [kinds[0]!, 'survivorId'],
    [kinds[1]!, 'absorbedId'],
  ] as const)
    if (!isActorKind(kind as ActorKind))
      throw new NodeEditError(
        `${argument}: only actors are merged; "${argument === 'survivorId' ? survivorId : absorbedId}" is of kind ${kind}.`,
        'BAD_USER_INPUT',
        argument,
      );
  const [a, b] = [row!.survivor as StoredProperties, row!.absorbed as StoredProperties];
  const refuse = (why: string) => {
    throw new NodeEditError(
      `absorbedId: "${absorbedId}" cannot be merged into "${survivorId}": ${why}.`,
      'BAD_USER_INPUT',
      'absorbedId',
    );
  };
  if (familyOf(kinds[0] as ActorKind) !== familyOf(kinds[1] as ActorKind))
    refuse(`an actor of kind ${kinds[1]} is never the same as one of kind ${kinds[0]}`);
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  const [qa, qb, ca, cb] = [
    text(a.wikidataId),
    text(b.wikidataId),
    text(a.country),
    text(b.country),
  ];
  if (qa && qb && qa !== qb) refuse(`different Wikidata ids (${qa}, ${qb})`);
  if (ca && cb && ca !== cb) refuse(`different countries (${ca}, ${cb})`);

  const plan = planMerge({
    survivor: { id: survivorId, properties: a },
    absorbed: { id: absorbedId, labels: row!.absorbedLabels as string[], properties: b },
    absorbedRelationships: row!.absorbedRelationships as StoredRelationship[],
    survivorRelationships: row!.survivorRelationships as StoredRelationship[],
  });
  await runSteps(tx, buildMergeSteps(plan, meta));
  const count = (action: string) => plan.moves.filter((m) => m.action === action).length;
  return {
    survivorId,
    absorbedId,
    created: count('CREATE'),
    combined: count('COMBINE'),
    dropped: count('DROP'),
    filled: plan.filled,
  };
}

/** What a split did: the two nodes again, and the merge it undid. */
export interface SplitResult {
  survivorId: string;
  absorbedId: string;
  merged: { who: string; when: string; why: string };
}

/**
 * Splits `absorbedId` out of the node it was merged into, in `tx`: both nodes, their properties and
 * relationships exactly as they were before the merge.
 * With `rewind` (an import's removal, which withdraws and writes every import again right after),
 * a merged node changed since the merge by an import is split all the same.
 * @throws NodeEditError: NOT_FOUND when `absorbedId` was never merged; CONFLICT when the merged
 *   node changed since (a later import or merge: a split would lose that), or the id is a node again.
 */
export async function splitNode(
  tx: ManagedTransaction,
  absorbedId: string,
  options: { rewind?: boolean } = {},
): Promise<SplitResult> {
  const [row] = await run(tx, buildSplitRead(absorbedId));
  if (!row!.found)
    throw new NodeEditError(
      `absorbedId: "${absorbedId}" was never merged into another node.`,
      'NOT_FOUND',
      'absorbedId',
    );
  const survivorId = String(row!.survivorId);
  const conflict = (why: string) => {
    throw new NodeEditError(
      `absorbedId: "${absorbedId}" cannot be split from "${survivorId}": ${why}.`,
      'CONFLICT',
      'absorbedId',
    );
  };
  if (row!.currentSurvivorId !== survivorId || !row!.survivorFound)
    conflict(
      `"${survivorId}" was since merged into "${String(row!.currentSurvivorId)}"; split that first`,
    );
  if (row!.absorbedExists) conflict(`a node "${absorbedId}" exists again`);
  if (!row!.unchanged && !options.rewind)
    conflict(
      `"${survivorId}" changed since the merge (an import or edit); splitting would lose that change`,
    );
  await runSteps(tx, buildSplitSteps(survivorId, absorbedId, row!.moves as MoveRecord[]));
  return {
    survivorId,
    absorbedId,
    merged: { who: String(row!.who), when: String(row!.when), why: String(row!.why) },
  };
}
