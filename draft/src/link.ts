/**
 * Linking: for each entity, the graph's nodes that may be the same actor, scored from named
 * features (exact name or alias in the text, the same name once case, `the`, `U.S.` and word order
 * of `Department of X` are set aside, kind, country), each with why. The best candidate is chosen
 * when it scores at least LINK_THRESHOLD and its kind agrees.
 */
import type { ActorKind } from '@policygraph/model';
import type { DraftDoc, Entity } from './document.ts';
import { key, type Gazetteer, type KnownNode } from './gazetteer.ts';
import { ORGANISATION_KINDS } from './lexicon.ts';

/** A graph node that may be the entity, with its score in [0, 1] and the features that gave it. */
export interface Candidate {
  id: string;
  name: string;
  kind: string;
  country?: string;
  score: number;
  why: string[];
}

/** Candidates at or above this score, of a compatible kind, are linked. */
export const LINK_THRESHOLD = 0.75;

function compatible(a: ActorKind, b: string): boolean {
  if (a === b) return true;
  return (
    ORGANISATION_KINDS.has(a) &&
    ORGANISATION_KINDS.has(b) &&
    (a === 'ORGANIZATION' || b === 'ORGANIZATION' || a === 'COMPANY' || b === 'COMPANY')
  );
}

/** Ranks candidates for every entity and links those that clear the threshold. */
export function linkEntities(doc: DraftDoc, gazetteer: Gazetteer): Map<number, Candidate[]> {
  const ranked = new Map<number, Candidate[]>();
  doc.entities.forEach((entity, index) => {
    const candidates = candidatesFor(doc, entity, gazetteer);
    ranked.set(index, candidates);
    const best = candidates[0];
    if (best && best.score >= LINK_THRESHOLD && compatible(entity.kind, best.kind)) {
      entity.linkedId = best.id;
      entity.name = best.name;
      entity.kind = best.kind as ActorKind;
      if (best.country) entity.country = best.country;
    }
  });
  return ranked;
}

function candidatesFor(doc: DraftDoc, entity: Entity, gazetteer: Gazetteer): Candidate[] {
  const scores = new Map<string, { node: KnownNode; score: number; why: string[] }>();
  const bump = (node: KnownNode, score: number, why: string): void => {
    const current = scores.get(node.id) ?? { node, score: 0, why: [] };
    if (score > current.score) current.score = score;
    if (!current.why.includes(why)) current.why.push(why);
    scores.set(node.id, current);
  };
  const surfaces = new Set([entity.name, ...entity.mentions.map((i) => doc.mentions[i]!.text)]);
  for (const surface of surfaces) {
    for (const known of gazetteer.bySurface.get(surface) ?? []) {
      if (known.node) bump(known.node, 1, `the text says "${surface}", a name of the node`);
    }
    const k = key(surface);
    for (const node of gazetteer.byKey.get(k) ?? [])
      bump(
        node,
        0.85,
        `"${surface}" matches a name of the node once case, "the" and "U.S." are set aside`,
      );
  }
  for (const m of entity.mentions) {
    const country = doc.mentions[m]!.known?.country;
    if (entity.kind !== 'COUNTRY_OR_BLOC' || !country) continue;
    for (const node of gazetteer.nodes) {
      if (node.kind === 'COUNTRY_OR_BLOC' && node.country === country)
        bump(node, 0.9, `the same country (${country})`);
    }
    break;
  }
  return [...scores.values()]
    .map(({ node, score, why }) => {
      const fits = compatible(entity.kind, node.kind);
      const final = fits ? score : score * 0.5;
      const reasons = fits ? why : [...why, `kind ${node.kind} differs from ${entity.kind}`];
      return {
        id: node.id,
        name: node.name,
        kind: node.kind,
        ...(node.country ? { country: node.country } : {}),
        score: Math.round(final * 100) / 100,
        why: reasons,
      };
    })
    .sort((a, b) => b.score - a.score)
    .slice(0, 5);
}
