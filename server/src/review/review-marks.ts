/**
 * What a reviewer marks beyond the reviewed extraction, saved with it on the draft: the existing
 * nodes they linked actors to (`linkedIds`) and the drafted entries they accepted (`accepted`, kept
 * as `section:id` strings). Also the check of accept and load that every linked node is still in the
 * graph, so a link to a node deleted meanwhile is refused rather than loaded as a new node; a link
 * to a node merged meanwhile is refused naming the node it was merged into.
 */
import { buildResolveAbsorbed, type ValidatedDocument } from '@policygraph/model';
import { buildExistingIds } from '../cypher/drafts.ts';
import { badUserInput } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { ENTRY_SECTIONS } from './entries.ts';
import { readRows, type DraftRow, type DraftWriter } from './draft-writer.ts';
import { WRITE_LIMITS } from './limits.ts';

/** An entry named by section and id (`from TYPE to` for a relationship), as the schema's EntryKey. */
export interface EntryKey {
  section: string;
  id: string;
}

const SECTIONS: readonly string[] = ['document', ...ENTRY_SECTIONS];

/** BAD_USER_INPUT naming `argument` when `list` holds more than one write may carry. */
function boundList(argument: string, list: readonly unknown[]): void {
  if (list.length > WRITE_LIMITS.entries)
    throw badUserInput(
      argument,
      `${argument} holds ${list.length} items; at most ${WRITE_LIMITS.entries} are accepted in one write.`,
    );
}

/** `linkedIds` of saveDraftReview checked (count, id length) and without repeats; null stays null. */
export function checkedLinkedIds(linkedIds: readonly string[] | null | undefined): string[] | null {
  if (linkedIds == null) return null;
  boundList('linkedIds', linkedIds);
  linkedIds.forEach((id, index) => {
    if (id.length > LIMITS.idLength || id.trim() === '')
      throw badUserInput(
        'linkedIds',
        `linkedIds[${index}] must be a node id of 1 to ${LIMITS.idLength} characters.`,
      );
  });
  return [...new Set(linkedIds)];
}

/** `accepted` of saveDraftReview checked and stored as `section:id` strings; null stays null. */
export function encodedAccepted(accepted: readonly EntryKey[] | null | undefined): string[] | null {
  if (accepted == null) return null;
  boundList('accepted', accepted);
  accepted.forEach((key, index) => {
    if (!SECTIONS.includes(key.section))
      throw badUserInput(
        'accepted',
        `accepted[${index}].section is "${key.section.slice(0, 40)}"; expected one of ${SECTIONS.join(', ')}.`,
      );
    if (key.id.length > WRITE_LIMITS.shortField)
      throw badUserInput(
        'accepted',
        `accepted[${index}].id is longer than ${WRITE_LIMITS.shortField} characters.`,
      );
  });
  return [...new Set(accepted.map((key) => `${key.section}:${key.id}`))];
}

/** The stored `section:id` strings as EntryKeys (sections hold no `:`). */
export function decodedAccepted(keys: readonly string[]): EntryKey[] {
  return keys.map((key) => {
    const at = key.indexOf(':');
    return { section: key.slice(0, at), id: key.slice(at + 1) };
  });
}

/** The node ids the drafting linked (sidecar `chosen`) or offered (its candidates); none when it is not JSON. */
function sidecarLinks(sidecar: string | null): string[] {
  type Noted = { chosen?: string | null; candidates?: { id: string }[] };
  try {
    const noted = (JSON.parse(sidecar ?? '{}') as { entries?: Noted[] }).entries ?? [];
    return noted.flatMap((entry) => [
      ...(entry.chosen ? [entry.chosen] : []),
      ...(entry.candidates ?? []).map((candidate) => candidate.id),
    ]);
  } catch {
    return [];
  }
}

/**
 * LINKED_NODE_MISSING for each node of `document` whose id names an existing node it was linked to,
 * when that node is gone from the graph: linked by the drafting (sidecar `chosen`), to one of the
 * drafting's candidates, or by the reviewer to any node (the draft's saved `linkedIds`, which
 * include links made through the review view's search box). When a merge absorbed it, the message
 * names the node it was merged into (loading would make the absorbed id a node again).
 */
export async function goneLinks(writer: DraftWriter, draft: DraftRow, document: ValidatedDocument) {
  const linked = new Set([...sidecarLinks(draft.sidecar), ...draft.linkedIds]);
  const used = document.nodes.filter((node) => linked.has(node.id));
  if (used.length === 0) return [];
  const rows = await readRows(writer, buildExistingIds(used.map((node) => node.id)));
  const present = new Set(rows.map((row) => String(row.id)));
  const gone = used.filter((node) => !present.has(node.id));
  if (gone.length === 0) return [];
  const merged = await readRows(writer, buildResolveAbsorbed(gone.map((node) => node.id)));
  const into = new Map(merged.map((row) => [String(row.absorbedId), String(row.survivorId)]));
  return gone.map((node) => {
    const survivor = into.get(node.id);
    return {
      code: 'LINKED_NODE_MISSING' as const,
      entry: node.entry,
      field: 'id',
      message: survivor
        ? `was linked to the existing node "${node.id}", which was since merged into "${survivor}"; link it to "${survivor}" instead.`
        : `was linked to the existing node "${node.id}", which is no longer in the graph; link it to another node or make it new.`,
    };
  });
}
