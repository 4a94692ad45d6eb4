/**
 * One actor, one node: which existing node (if any) an actor described by a row is. Rules, in
 * order (the first that applies decides, and its name is recorded on the node):
 *
 * - SOURCE_ROW: the node already records this very row of this very file (a re-import).
 * - WIKIDATA_ID: the same Wikidata id (people with people, organisations with organisations).
 * - NAME_COUNTRY, PERSON_NAMES_COUNTRY, SAME_DATASET_NAME: shared names, judged by
 *   merge-evidence.ts (strong names only; the same known country, or one data set and the same
 *   primary-grade name with nothing else different; people always need two strong names).
 *
 * - SCORE: when no rule applies, one node whose match score (match-score.ts) is at or above
 *   THRESHOLDS.auto; nodes from THRESHOLDS.review up are candidates for review (near-misses).
 * - JUDGEMENT, first of all: a person judged the row's node the same as a node (judgements.ts);
 *   a pair judged different is never merged by any rule.
 *
 * When two nodes qualify, the one whose primary-grade names include the row's name wins; if none
 * or both do, nothing is merged. Never merged: people with organisations; nodes with different
 * Wikidata ids or countries. What shared a name but was not merged is a near-miss, with the reason.
 */
import type { ActorKind } from '@policygraph/model';
import type { ActorFact } from './import-model.ts';
import { actorProfile, familyOf, judge } from './merge-evidence.ts';
import { JudgementIndex } from './judgements.ts';
import { THRESHOLDS, blockingKeys, explainScore, scoreMatch } from './match-score.ts';
import { nameKey } from './names.ts';

export { MERGE_RULES, type MergeRule } from '@policygraph/model';
import type { MergeRule } from '@policygraph/model';

/** An actor node as the rules see it. */
export interface KnownActor {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  /**
   * Primary-grade names besides `name`: the names rows matched to the node gave as their name
   * (identityNames), and in one import the rows' primary aliases. Absent: `name` only.
   */
  primaryNames?: string[];
  country: string | null;
  wikidataId: string | null;
  /** Role or summary text, read by the match score (absent: none). */
  description?: string | null;
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

/** The actors known so far, indexed for the rules; rows resolved later see the nodes made earlier. */
export class ActorIndex {
  private readonly byId = new Map<string, KnownActor>();
  private readonly byKey = new Map<string, Set<string>>();
  private readonly byWikidata = new Map<string, string>();
  private readonly byRow = new Map<string, string>();

  constructor(
    actors: Iterable<KnownActor>,
    private readonly judgements: JudgementIndex = new JudgementIndex([]),
  ) {
    for (const actor of actors) this.add(actor);
  }

  /** Adds or updates a node (after a row merged into it, or a new node was made). */
  add(actor: KnownActor): void {
    this.byId.set(actor.id, actor);
    for (const key of [...actorProfile(actor).names.keys(), ...blockingKeys(actor)]) {
      const ids = this.byKey.get(key) ?? new Set<string>();
      ids.add(actor.id);
      this.byKey.set(key, ids);
    }
    if (actor.wikidataId && !this.byWikidata.has(actor.wikidataId))
      this.byWikidata.set(actor.wikidataId, actor.id);
    for (const row of actor.rows) this.byRow.set(row, actor.id);
  }

  /** The node with `id`, as last added. */
  get(id: string): KnownActor | undefined {
    return this.byId.get(id);
  }

  /** Decides which node the row's actor is (see the module comment). */
  decide(fact: ActorFact, origin: RowOrigin): MergeDecision {
    const rowKey = `${origin.documentId}|${origin.row}`;
    const seen = this.byRow.get(rowKey);
    if (seen) return { nodeId: seen, rule: 'SOURCE_ROW', key: `row:${rowKey}`, nearMisses: [] };
    const family = familyOf(fact.kind);
    const row = { id: '', rows: [rowKey] };
    const apart = (node: KnownActor) => this.judgements.apart(row, node);
    const judgedSame = [...this.byId.values()].find((node) => this.judgements.together(row, node));
    if (judgedSame)
      return {
        nodeId: judgedSame.id,
        rule: 'JUDGEMENT',
        key: `judgement:${judgedSame.id}`,
        nearMisses: [],
      };
    if (fact.wikidataId) {
      const id = this.byWikidata.get(fact.wikidataId);
      const node = id ? this.byId.get(id) : undefined;
      if (node && familyOf(node.kind) === family && !apart(node))
        return {
          nodeId: node.id,
          rule: 'WIKIDATA_ID',
          key: `wikidata:${fact.wikidataId}`,
          nearMisses: [],
        };
    }
    const profile = actorProfile({ ...fact, primaryNames: fact.primaryAliases });
    const candidates = new Set<string>();
    for (const key of profile.names.keys())
      for (const id of this.byKey.get(key) ?? []) candidates.add(id);

    const nearMisses: NearMiss[] = [];
    const qualified = new Map<string, { rule: MergeRule; key: string; shared: string }>();
    for (const id of candidates) {
      const node = this.byId.get(id)!;
      if (apart(node)) {
        nearMisses.push({
          nodeId: id,
          nodeName: node.name,
          sharedName: '',
          reason: 'judged different by a person',
        });
        continue;
      }
      const verdict = judge(
        profile,
        actorProfile(node),
        node.datasets.includes(origin.dataset) ? origin.dataset : null,
      );
      if (verdict.rule) qualified.set(id, { ...verdict, rule: verdict.rule });
      else
        nearMisses.push({
          nodeId: id,
          nodeName: node.name,
          sharedName: verdict.shared,
          reason: verdict.reason,
        });
    }
    const own = nameKey(fact.name);
    const byOwnName = [...qualified].filter(([id]) =>
      actorProfile(this.byId.get(id)!).primary.has(own),
    );
    const chosen =
      qualified.size === 1 ? [...qualified][0] : byOwnName.length === 1 ? byOwnName[0] : undefined;
    for (const [id, match] of qualified) {
      if (chosen && id === chosen[0]) continue;
      nearMisses.push({
        nodeId: id,
        nodeName: this.byId.get(id)!.name,
        sharedName: match.shared,
        reason: chosen
          ? `also qualified; ${chosen[0]} has the row's name`
          : `ambiguous: ${qualified.size} nodes qualify`,
      });
    }
    if (!chosen) return this.byScore(fact, origin, qualified.size > 0, nearMisses, apart);
    const [id, match] = chosen;
    return { nodeId: id, rule: match.rule, key: match.key, nearMisses };
  }

  /**
   * When no rule merged the row: the match score (match-score.ts) against every node sharing a
   * strict or loose name key. One node at or above THRESHOLDS.auto (and no other there) is a merge,
   * rule SCORE; nodes from THRESHOLDS.review up are candidates for review, reported as near-misses.
   */
  private byScore(
    fact: ActorFact,
    origin: RowOrigin,
    ambiguous: boolean,
    nearMisses: NearMiss[],
    apart: (node: KnownActor) => boolean,
  ): MergeDecision {
    const side = { ...fact, primaryNames: fact.primaryAliases, datasets: [origin.dataset] };
    const ids = new Set<string>();
    for (const key of blockingKeys(side)) for (const id of this.byKey.get(key) ?? []) ids.add(id);
    const scored = [...ids]
      .map((id) => this.byId.get(id)!)
      .filter((node) => !apart(node))
      .map((node) => ({
        node,
        match: scoreMatch(side, { ...node, description: node.description ?? null }),
      }))
      .filter(({ match }) => !match.blocked && match.score >= THRESHOLDS.review)
      .sort((a, b) => b.match.score - a.match.score || a.node.id.localeCompare(b.node.id));
    const auto = scored.filter(({ match }) => match.score >= THRESHOLDS.auto);
    const chosen = !ambiguous && auto.length === 1 ? auto[0] : undefined;
    for (const { node, match } of scored) {
      if (node === chosen?.node) continue;
      const known = nearMisses.find((miss) => miss.nodeId === node.id);
      const reason = `candidate for review (score ${match.score.toFixed(2)}: ${explainScore(match).join('; ')})`;
      if (known) known.reason = `${known.reason}; ${reason}`;
      else nearMisses.push({ nodeId: node.id, nodeName: node.name, sharedName: '', reason });
    }
    if (!chosen) return { nodeId: null, rule: 'NEW', key: '', nearMisses };
    return {
      nodeId: chosen.node.id,
      rule: 'SCORE',
      key: `score:${chosen.match.score.toFixed(2)}`,
      nearMisses,
    };
  }
}
