/**
 * Which entries of a reviewed extraction a reviewer has not reviewed yet. An entry is reviewed when
 * it was accepted (the draft's saved `accepted`), edited (its content differs from the drafted
 * entry's), added by the reviewer (not drafted), or, for an actor, linked to an existing node (the
 * draft's saved `linkedIds`); a rejected entry is no longer in the reviewed extraction. Accept and
 * load refuses a draft that still holds entries to review, naming each (NOT_REVIEWED), so that
 * nothing the reviewer has not looked at reaches the graph.
 */
import { parse } from 'yaml';
import { diffEntries, ENTRY_SECTIONS, keyOf } from './entries.ts';

/** One entry still to review, named as the loader names entries (`statements[2] (s-3)`). */
export interface NotReviewedProblem {
  code: 'NOT_REVIEWED';
  entry: string;
  field: string;
  message: string;
}

/** How the loader names the entry at `index` of `section`: with its id when it has one. */
function entryName(section: string, entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? `${section}[${index}] (${id})` : `${section}[${index}]`;
}

/**
 * The entries of `draft.reviewedYaml` still to review, in file order: drafted, unchanged, and
 * neither accepted (`acceptedKeys`, each `section:id`) nor, for an actor, linked (`linkedIds`).
 * The host `document` is not an entry to review. None when the YAML does not parse (the loader
 * reports it).
 */
export function notReviewed(draft: {
  draftedYaml: string;
  reviewedYaml: string;
  acceptedKeys: readonly string[];
  linkedIds: readonly string[];
}): NotReviewedProblem[] {
  const diff = diffEntries(draft.draftedYaml, draft.reviewedYaml);
  const untouched = new Set(diff.unchanged.map((entry) => `${entry.section}:${entry.id}`));
  const accepted = new Set(draft.acceptedKeys);
  const linked = new Set(draft.linkedIds);
  let file: Record<string, unknown>;
  try {
    file = (parse(draft.reviewedYaml) ?? {}) as Record<string, unknown>;
  } catch {
    return [];
  }
  const problems: NotReviewedProblem[] = [];
  for (const section of ENTRY_SECTIONS) {
    const list = file[section];
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      const id = keyOf(section, entry, index);
      const key = `${section}:${id}`;
      if (!untouched.has(key) || accepted.has(key)) return;
      if (section === 'actors' && linked.has(id)) return;
      problems.push({
        code: 'NOT_REVIEWED',
        entry: entryName(section, entry, index),
        field: '',
        message: 'is still to review: accept, edit or reject it before loading.',
      });
    });
  }
  return problems;
}
