/**
 * Near-misses over the whole graph, for a person to review: pairs of actor nodes that share a
 * name or alias (strict key), or whose names differ only in legal form (loose key, names.ts), and
 * that the merge rules kept apart, each with the reason (merge-evidence.ts): an acronym or a
 * one-word name shared alone, one name shared by two people, an unknown country, and so on.
 */
import { actorProfile, familyOf, judge } from './merge-evidence.ts';
import type { KnownActor } from './merge-rules.ts';
import { looseKey, nameKey } from './names.ts';

/** Two nodes that might be one actor, and why the rules did not merge them. */
export interface NearMissPair {
  a: Pick<KnownActor, 'id' | 'name' | 'kind' | 'country'>;
  b: Pick<KnownActor, 'id' | 'name' | 'kind' | 'country'>;
  /** The name (key) they share. */
  shared: string;
  match: 'SAME_NAME' | 'LEGAL_FORM_ONLY';
  reason: string;
}

/** Why `a` and `b` (sharing a strict key, or only a loose one) are two nodes. */
function reasonApart(a: KnownActor, b: KnownActor, match: NearMissPair['match']): string {
  if (familyOf(a.kind) !== familyOf(b.kind)) return `${a.kind} and ${b.kind} are never merged`;
  const dataset = a.datasets.find((d) => b.datasets.includes(d)) ?? null;
  const verdict = judge(actorProfile(b), actorProfile(a), dataset);
  if (
    match === 'LEGAL_FORM_ONLY' &&
    verdict.rule === null &&
    verdict.reason === 'no name in common'
  )
    return a.country && b.country && a.country !== b.country
      ? `different countries (${a.country} / ${b.country})`
      : !a.country || !b.country
        ? `country unknown (${a.country ?? '?'} / ${b.country ?? '?'})`
        : 'the names differ in legal form or wording ("Co., Ltd." / "Limited"): not the same name';
  if (verdict.rule === null) return verdict.reason;
  return 'the rules would merge them now: two nodes qualified at once when a row was imported, a later row linked their names, or one came from an article';
}

/** Every near-miss pair among `actors`, most certain first (same name before legal form only), then by id. */
export function findNearMisses(actors: readonly KnownActor[]): NearMissPair[] {
  const strict = new Map<string, Set<string>>();
  const loose = new Map<string, Set<string>>();
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  for (const actor of actors) {
    const names = [actor.name, ...actor.aliases];
    for (const key of new Set(names.map(nameKey).filter(Boolean)))
      strict.set(key, (strict.get(key) ?? new Set()).add(actor.id));
    for (const key of new Set(names.map(looseKey).filter((k) => k.length >= 4)))
      loose.set(key, (loose.get(key) ?? new Set()).add(actor.id));
  }
  const pairs = new Map<string, NearMissPair>();
  const consider = (index: Map<string, Set<string>>, match: NearMissPair['match']) => {
    for (const [key, ids] of [...index].sort(([a], [b]) => a.localeCompare(b))) {
      const sorted = [...ids].sort();
      for (let i = 0; i < sorted.length; i += 1)
        for (let j = i + 1; j < sorted.length; j += 1) {
          const pairKey = `${sorted[i]}|${sorted[j]}`;
          if (pairs.has(pairKey)) continue;
          const a = byId.get(sorted[i]!)!;
          const b = byId.get(sorted[j]!)!;
          if (familyOf(a.kind) === 'OTHER' || familyOf(b.kind) === 'OTHER') continue;
          const pick = ({ id, name, kind, country }: KnownActor) => ({ id, name, kind, country });
          pairs.set(pairKey, {
            a: pick(a),
            b: pick(b),
            shared: key,
            match,
            reason: reasonApart(a, b, match),
          });
        }
    }
  };
  consider(strict, 'SAME_NAME');
  consider(loose, 'LEGAL_FORM_ONLY');
  return [...pairs.values()].sort(
    (x, y) =>
      (x.match === y.match ? 0 : x.match === 'SAME_NAME' ? -1 : 1) ||
      x.a.id.localeCompare(y.a.id) ||
      x.b.id.localeCompare(y.b.id),
  );
}
