/**
 * The actor facts of an import: a row's listed actor resolved to a node by the merge rules
 * (merge-rules.ts), and the issuing bodies rows name (issuing-bodies.ts). Pure: the planners read
 * the index of actors known so far and return what to write and what the index learns.
 */
import type { EvidenceRecord } from '@policygraph/model';
import type { ActorFact } from './import-model.ts';
import type { ActorWrite, IdentityRecord } from './import-plan-types.ts';
import type { IssuingBody } from './issuing-bodies.ts';
import type { ActorIndex, KnownActor, MergeDecision, RowOrigin } from './merge-rules.ts';
import { shortHash } from './adapter-helpers.ts';
import { slugify } from './names.ts';

/**
 * A new actor's node id: the slug of its name (or of its first alias that has one), then with its
 * country (`-us`, `-xx` when none), then with a hash, whichever `taken` lacks first.
 */
export function newActorId(
  name: string,
  aliases: readonly string[],
  country: string | null,
  taken: ReadonlySet<string>,
): string {
  const base =
    slugify(name) ||
    aliases.map((alias) => slugify(alias)).find(Boolean) ||
    `actor-${shortHash(name)}`;
  for (const candidate of [
    base,
    `${base}-${(country ?? 'xx').toLowerCase()}`,
    `${base}-${shortHash(`${name}|${country}`)}`,
  ])
    if (!taken.has(candidate)) return candidate;
  return `${base}-${shortHash(`${name}|${country}|${taken.size}`, 10)}`;
}

/** A row's actor: the node it is (existing or new), how that was decided, and what to write. */
export interface ActorPlan {
  id: string;
  decision: MergeDecision;
  /** The existing node it merged into, as the index knew it. */
  known: KnownActor | undefined;
  /** Its name and aliases as aliases (the builder drops the node's own name), evidence, identity. */
  write: ActorWrite;
}

/**
 * Resolves the actor `fact` of the row `origin` against `index` (a new id avoids `taken`) and plans
 * its write: an existing node keeps its kind and name; a re-read row (SOURCE_ROW) adds no identity.
 */
export function planActor(
  fact: ActorFact,
  origin: RowOrigin,
  index: ActorIndex,
  taken: ReadonlySet<string>,
  evidence: readonly EvidenceRecord[],
): ActorPlan {
  const decision = index.decide(fact, origin);
  const known = decision.nodeId ? index.get(decision.nodeId) : undefined;
  const id = known?.id ?? newActorId(fact.name, fact.aliases, fact.country, taken);
  const identity: IdentityRecord = {
    documentId: origin.documentId,
    row: origin.row,
    dataset: origin.dataset,
    rule: decision.rule,
    key: decision.key,
    name: fact.name,
  };
  return {
    id,
    decision,
    known,
    write: {
      id,
      kind: known?.kind ?? fact.kind,
      name: known?.name ?? fact.name,
      aliases: [fact.name, ...fact.aliases],
      country: fact.country,
      wikidataId: fact.wikidataId,
      description: fact.description,
      evidence: [...evidence],
      identities: decision.rule === 'SOURCE_ROW' ? [] : [identity],
    },
  };
}

/**
 * The node as the index knows it after `plan`'s row: `accumulated` is the node's write so far in
 * this import (its aliases from every row), `fact` the row's actor.
 */
export function indexedActor(
  plan: ActorPlan,
  accumulated: ActorWrite,
  fact: ActorFact,
  origin: RowOrigin,
): KnownActor {
  const { known } = plan;
  return {
    id: plan.id,
    kind: accumulated.kind,
    name: accumulated.name,
    aliases: [...(known?.aliases ?? []), ...accumulated.aliases],
    primaryNames: [...(known?.primaryNames ?? []), fact.name, ...(fact.primaryAliases ?? [])],
    country: known?.country ?? accumulated.country,
    description: known?.description ?? accumulated.description,
    wikidataId: known?.wikidataId ?? accumulated.wikidataId,
    datasets: [...new Set([...(known?.datasets ?? []), origin.dataset])],
    rows: [...(known?.rows ?? []), `${origin.documentId}|${origin.row}`],
  };
}

/**
 * An issuing body a row names (from the table, or new: issuing-bodies.ts), as written: an existing node keeps its kind and
 * name. `first` is true for the first row of the file naming it, which alone is its evidence and
 * its identity record (`ISSUING_BODY_TABLE`).
 */
export function planIssuingBody(
  body: IssuingBody,
  known: KnownActor | undefined,
  origin: RowOrigin,
  evidence: EvidenceRecord,
  first: boolean,
): ActorWrite {
  const bodyId = body.id;
  return {
    id: bodyId,
    kind: known?.kind ?? body.kind,
    name: known?.name ?? body.name,
    aliases: [...body.aliases],
    country: body.country,
    wikidataId: null,
    description: null,
    evidence: first ? [evidence] : [],
    identities: first
      ? [
          {
            documentId: origin.documentId,
            row: origin.row,
            dataset: origin.dataset,
            rule: 'ISSUING_BODY_TABLE',
            key: `body:${bodyId}`,
            name: body.name,
          },
        ]
      : [],
  };
}
