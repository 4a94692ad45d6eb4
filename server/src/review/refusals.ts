/**
 * Why a write to a draft at a given version found nothing to write: the draft is gone, it was
 * loaded, or another reviewer saved it since (CONFLICT naming the entries they changed).
 */
import { buildReadDraft, buildReadRevision } from '../cypher/drafts.ts';
import { diffEntries, nameEntries } from './entries.ts';
import { conflict, draftNotFound } from './errors.ts';
import { draftsOf, readRows, type DraftWriter } from './draft-writer.ts';

/** Why a write at `version` found draft `id` otherwise: NOT_FOUND, or CONFLICT naming what changed since. */
export async function whyRefused(writer: DraftWriter, id: string, version: number): Promise<Error> {
  const [draft] = draftsOf(await readRows(writer, buildReadDraft(id)));
  if (!draft) return draftNotFound(id);
  if (draft.status === 'LOADED')
    return conflict(
      `Draft "${id}" was loaded by ${draft.updatedBy} at ${draft.updatedAt}; it cannot be changed any more.`,
      draft.version,
      [],
    );
  const [base] = await readRows(writer, buildReadRevision(id, version));
  const diff = diffEntries(
    typeof base?.reviewedYaml === 'string' ? base.reviewedYaml : '',
    draft.reviewedYaml,
  );
  const changed = [...diff.changed, ...diff.added, ...diff.removed];
  return conflict(
    `Draft "${id}" was saved by ${draft.updatedBy} at ${draft.updatedAt} (version ${draft.version}) after version ${version} you started from. ` +
      (changed.length > 0 ? `They changed ${nameEntries(changed)}. ` : '') +
      'Nothing of yours was written: reload the draft, apply your edits again and save.',
    draft.version,
    changed.map(({ section, id: entryId }) => ({ section, id: entryId })),
  );
}
