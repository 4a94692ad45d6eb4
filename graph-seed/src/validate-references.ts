/**
 * Checks that every relationship joins declared ids (UNKNOWN_REFERENCE, with a "did you mean")
 * of the kinds the data model allows (WRONG_KIND).
 */
import type { Declaration } from './declarations.ts';
import type { ProblemList } from './problems.ts';
import { RELATIONSHIP_RULES, describeKinds, type EndpointRule } from '@policygraph/model';
import type { RelationshipSpec } from './relationship-specs.ts';

/**
 * The specs whose ends are both declared with allowed kinds; problems for the others. References
 * to ids whose own entry failed its schema (`invalidIds`) are dropped without a second problem.
 */
export function validateReferences(
  specs: readonly RelationshipSpec[],
  declared: ReadonlyMap<string, Declaration>,
  invalidIds: ReadonlySet<string>,
  problems: ProblemList,
): RelationshipSpec[] {
  return specs.filter((spec) => {
    const from = declared.get(spec.from);
    const to = declared.get(spec.to);
    for (const [id, found, field] of [
      [spec.from, from, spec.fromField],
      [spec.to, to, spec.toField],
    ] as const) {
      if (!found && !invalidIds.has(id)) {
        problems.add(
          'UNKNOWN_REFERENCE',
          spec.entry,
          field,
          `unknown id "${id}"${suggestion(id, [...declared.keys(), ...invalidIds])}; declare it in this file.`,
        );
      }
    }
    if (!from || !to) return false;
    const rule: EndpointRule = RELATIONSHIP_RULES[spec.type];
    const badEnds: string[] = [];
    if (!rule.from.includes(from.kind))
      badEnds.push(
        `its source must be ${describeKinds(rule.from)}, but "${from.id}" is ${from.kind}`,
      );
    if (!rule.to.includes(to.kind))
      badEnds.push(`its target must be ${describeKinds(rule.to)}, but "${to.id}" is ${to.kind}`);
    if (badEnds.length > 0) {
      problems.add(
        'WRONG_KIND',
        spec.entry,
        spec.field || 'type',
        `${spec.type}: ${badEnds.join('; ')}.`,
      );
      return false;
    }
    return true;
  });
}

/** ` (did you mean "mofcom"?)` for the declared id nearest to `id`, when it is close. */
function suggestion(id: string, candidates: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(id.length / 4)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(id, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean "${best}"?)` : '';
}

/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min(
          (previous[j] as number) + 1,
          (current[j - 1] as number) + 1,
          (previous[j - 1] as number) + cost,
        ),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}
