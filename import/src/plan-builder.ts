/**
 * Gathers what the fact planners (plan-facts.ts, plan-actor.ts) return into one ImportPlan's
 * collections: a node or relationship planned by several rows is written once, with every row's
 * evidence, the first row's properties kept and later rows filling only what is missing.
 */
import {
  evidenceKey,
  relationshipId,
  type EvidenceRecord,
  type GraphNode,
  type GraphRelationship,
} from '@policygraph/model';
import type { ActorWrite } from './import-plan-types.ts';

/** A relationship as a planner returns it: its id is derived from its ends and type unless given. */
export type RelationshipDraft = Omit<GraphRelationship, 'id' | 'entry' | 'field'> & { id?: string };

/** Appends the entries of `more` that `into` lacks (by documentId|start|end). */
export function mergeEvidence(into: EvidenceRecord[], more: readonly EvidenceRecord[]): void {
  const known = new Set(into.map(evidenceKey));
  for (const entry of more) if (!known.has(evidenceKey(entry))) into.push(entry);
}

/** The writes of one import, gathered in the order rows first plan them. */
export class PlanBuilder {
  readonly actors = new Map<string, ActorWrite>();
  readonly measures = new Map<string, GraphNode>();
  readonly publications = new Map<string, GraphNode>();
  readonly relationships = new Map<string, GraphRelationship>();

  /** Adds a measure; one planned before gains the evidence and measure types it lacks. */
  addMeasure(node: GraphNode): void {
    const existing = this.measures.get(node.id);
    if (!existing) {
      this.measures.set(node.id, node);
      return;
    }
    mergeEvidence(existing.evidence, node.evidence);
    const types = existing.properties.measureTypes as string[];
    for (const type of node.properties.measureTypes as string[])
      if (!types.includes(type)) types.push(type);
  }

  /** Adds a publication; one planned before gains only the evidence it lacks. */
  addPublication(node: GraphNode): void {
    const existing = this.publications.get(node.id);
    if (existing) mergeEvidence(existing.evidence, node.evidence);
    else this.publications.set(node.id, node);
  }

  /**
   * Adds a relationship declared at `entry`; one planned before gains the evidence, properties and
   * dates it lacks.
   */
  relate(draft: RelationshipDraft, entry: string): void {
    const id = draft.id ?? relationshipId(draft.from, draft.type, draft.to);
    const existing = this.relationships.get(id);
    if (existing) {
      mergeEvidence(existing.evidence, draft.evidence);
      for (const [key, value] of Object.entries(draft.properties))
        existing.properties[key] ??= value;
      for (const [key, value] of Object.entries(draft.dates)) existing.dates[key] ??= value;
      return;
    }
    this.relationships.set(id, {
      ...draft,
      id,
      properties: { ...draft.properties },
      dates: { ...draft.dates },
      evidence: [...draft.evidence],
      entry,
      field: draft.type,
    });
  }

  /**
   * Adds an actor. The first write of a node keeps its kind and name; later ones fill a missing
   * country, Wikidata id or description, and add the aliases, evidence and identity records it lacks.
   * Returns the node's accumulated write.
   */
  addActor(write: ActorWrite): ActorWrite {
    const existing = this.actors.get(write.id);
    if (!existing) {
      const created = { ...write, aliases: [], evidence: [], identities: [] };
      this.actors.set(write.id, created);
      return this.fill(created, write);
    }
    return this.fill(existing, write);
  }

  private fill(into: ActorWrite, write: ActorWrite): ActorWrite {
    into.country ??= write.country;
    into.wikidataId ??= write.wikidataId;
    into.description ??= write.description;
    for (const alias of write.aliases)
      if (alias !== into.name && !into.aliases.includes(alias)) into.aliases.push(alias);
    mergeEvidence(into.evidence, write.evidence);
    into.identities.push(...write.identities);
    return into;
  }
}
