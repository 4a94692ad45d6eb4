/**
 * One actor, one node: which existing node (if any) an actor described by a row is. Rules, in
 * order (the first that applies decides, and its name is recorded on the node):
 *
 * - SOURCE_ROW: the node already records this very row of this very file (a re-import).
 * - WIKIDATA_ID: the same Wikidata id.
 * - NAME_COUNTRY: an organisation with a name or alias of the same strict key (names.ts), in any
 *   script, and the same country (both known).
 * - PERSON_NAMES_COUNTRY: a person with the same country and at least two names in common (say
 *   the Latin and the Chinese name): one shared name is too weak for people.
 * - SAME_DATASET_NAME: within one data set (its versions included), the same kind, a shared name
 *   and no conflicting country (the same, or unknown on one side): a list names one entity one way.
 *
 * When two nodes qualify, the one whose own name has the row's name key wins; if none or both do,
 * nothing is merged. Never merged: people with organisations; nodes with different Wikidata ids.
 * What shared a name but was not merged is a near-miss, for review.
 */
import type { ActorKind } from '../model.ts';
import type { ActorFact } from './import-model.ts';
import { nameKeys } from './names.ts';

export const MERGE_RULES = [
  'NEW',
  'SOURCE_ROW',
  'ISSUING_BODY_TABLE',
  'WIKIDATA_ID',
  'NAME_COUNTRY',
  'PERSON_NAMES_COUNTRY',
  'SAME_DATASET_NAME',
] as const;
/** How a row's actor became a node: a new node, or which rule merged it with an existing one. */
export type MergeRule = (typeof MERGE_RULES)[number];

/** An actor node as the rules see it. */
export interface KnownActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  country: string | null;
  wikidataId: string | null;
  /** Data sets whose rows this node records (identityDatasets). */
  datasets: string[];
  /** `documentId|row` of every row this node records. */
  rows: string[];
}

/** Where a row comes from. */
export interface RowOrigin {
  documentId: string;
  row: number;
  dataset: string;
}

/** A name shared with a node that was not merged, and why. */
export interface NearMiss {
  nodeId: string;
  nodeName: string;
  sharedName: string;
  reason: string;
}

/** The decision for one row's actor. `key` is what matched (`wikidata:Q1`, `name:acme|US`), '' for NEW. */
export interface MergeDecision {
  nodeId: string | null;
  rule: MergeRule;
  key: string;
  nearMisses: NearMiss[];
}

type Group = 'PERSON' | 'ORGANISATION' | 'OTHER';

/** People, organisations, and the rest (countries, unnamed sources), which lists never merge into. */
export function groupOf(kind: ActorKind): Group {
  if (kind === 'PERSON') return 'PERSON';
  if (kind === 'COUNTRY_OR_BLOC' || kind === 'UNNAMED_SOURCE') return 'OTHER';
  return 'ORGANISATION';
}

/** The actors known so far, indexed for the rules; rows resolved later see the nodes made earlier. */
export class ActorIndex {
  private readonly byId = new Map<string, KnownActor>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byWikidata = new Map<string, string>();
  private readonly byRow = new Map<string, string>();

  constructor(actors: Iterable<KnownActor>) {
    for (const actor of actors) this.add(actor);
  }

  /** Adds or updates a node (after a row merged into it, or a new node was made). */
  add(actor: KnownActor): void {
    this.byId.set(actor.id, actor);
    for (const key of nameKeys([actor.name, ...actor.aliases])) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(actor.id);
      this.byKey.set(key, ids);
    }
    if (actor.wikidataId && !this.byWikidata.has(actor.wikidataId))
      this.byWikidata.set(actor.wikidataId, actor.id);
    for (const row of actor.rows) this.byRow.set(row, actor.id);
  }

  get(id: string): KnownActor | undefined {
    return this.byId.get(id);
  }

  /** Decides which node the row's actor is (see the module comment). */
  decide(fact: ActorFact, origin: RowOrigin): MergeDecision {
    const rowKey = `${origin.documentId}|${origin.row}`;
    const seen = this.byRow.get(rowKey);
    if (seen) return { nodeId: seen, rule: 'SOURCE_ROW', key: `row:${rowKey}`, nearMisses: [] };
    const group = groupOf(fact.kind);
    if (fact.wikidataId) {
      const id = this.byWikidata.get(fact.wikidataId);
      const node = id ? this.byId.get(id) : undefined;
      if (node && groupOf(node.kind) === group)
        return {
          nodeId: node.id,
          rule: 'WIKIDATA_ID',
          key: `wikidata:${fact.wikidataId}`,
          nearMisses: [],
        };
    }
    const keys = nameKeys([fact.name, ...fact.aliases]);
    const shared = new Map<string, string[]>(); // node id -> shared keys
    for (const key of keys)
      for (const id of this.byKey.get(key) ?? []) shared.set(id, [...(shared.get(id) ?? []), key]);

    const nearMisses: NearMiss[] = [];
    const qualified = new Map<string, { rule: MergeRule; key: string }>();
    for (const [id, common] of shared) {
      const node = this.byId.get(id)!;
      const miss = (reason: string) =>
        nearMisses.push({ nodeId: id, nodeName: node.name, sharedName: common[0]!, reason });
      if (groupOf(node.kind) !== group || group === 'OTHER') {
        miss(`a ${node.kind} cannot be the same as a ${fact.kind}`);
        continue;
      }
      if (node.wikidataId && fact.wikidataId && node.wikidataId !== fact.wikidataId) {
        miss(`different Wikidata ids (${node.wikidataId}, ${fact.wikidataId})`);
        continue;
      }
      const sameCountry = node.country !== null && node.country === fact.country;
      const sameDataset =
        node.datasets.includes(origin.dataset) &&
        node.kind === fact.kind &&
        (node.country === fact.country || node.country === null || fact.country === null);
      if (sameCountry && group === 'ORGANISATION') {
        qualified.set(id, { rule: 'NAME_COUNTRY', key: `name:${common[0]}|${fact.country}` });
      } else if (sameCountry && common.length >= 2) {
        qualified.set(id, {
          rule: 'PERSON_NAMES_COUNTRY',
          key: `names:${common.slice(0, 2).join('+')}|${fact.country}`,
        });
      } else if (sameDataset) {
        qualified.set(id, {
          rule: 'SAME_DATASET_NAME',
          key: `dataset:${origin.dataset}|${common[0]}|${fact.country ?? '-'}`,
        });
      } else if (sameCountry) {
        miss('a person sharing only one name');
      } else if (node.country === null || fact.country === null) {
        miss(`country unknown (${node.country ?? '?'} / ${fact.country ?? '?'})`);
      } else {
        miss(`different countries (${node.country} / ${fact.country})`);
      }
    }
    const primaryKey = nameKeys([fact.name])[0];
    const byOwnName = [...qualified].filter(
      ([id]) => nameKeys([this.byId.get(id)!.name])[0] === primaryKey,
    );
    const chosen =
      qualified.size === 1 ? [...qualified][0] : byOwnName.length === 1 ? byOwnName[0] : undefined;
    if (chosen) {
      const [id, match] = chosen;
      for (const [otherId] of qualified) {
        if (otherId === id) continue;
        const other = this.byId.get(otherId)!;
        nearMisses.push({
          nodeId: otherId,
          nodeName: other.name,
          sharedName: shared.get(otherId)![0]!,
          reason: `also qualified; ${id} has the row's name`,
        });
      }
      return { nodeId: id, ...match, nearMisses };
    }
    for (const [id] of qualified) {
      const node = this.byId.get(id)!;
      nearMisses.push({
        nodeId: id,
        nodeName: node.name,
        sharedName: shared.get(id)![0]!,
        reason: `ambiguous: ${qualified.size} nodes qualify`,
      });
    }
    return { nodeId: null, rule: 'NEW', key: '', nearMisses };
  }
}
