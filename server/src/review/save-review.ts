/**
 * `saveDraftReview`: saves a reviewer's work on a draft (the reviewed extraction, the nodes actors
 * were linked to, the drafted entries accepted) with optimistic concurrency on the draft's version.
 */
import { parse } from 'yaml';
import { badUserInput } from '../errors.ts';
import { buildSaveReview } from '../cypher/drafts.ts';
import { WRITE_LIMITS } from './limits.ts';
import { whyRefused } from './refusals.ts';
import { checkedLinkedIds, encodedAccepted, type EntryKey } from './review-marks.ts';
import { bound, boundEntries } from './write-bounds.ts';
import {
  draftsOf,
  inWriteTransaction,
  now,
  runIn,
  type DraftRow,
  type DraftWriter,
} from './draft-writer.ts';

/**
 * Saves the reviewed extraction of draft `id` at `version`, with the reviewer's links and accepted
 * entries when given, as `editor`.
 * @throws CONFLICT when the draft is not at that version any more (naming what changed), NOT_FOUND,
 *   BAD_USER_INPUT naming the argument; nothing is written
 */
export async function saveReview(
  writer: DraftWriter,
  editor: string,
  args: {
    id: string;
    version: number;
    reviewedYaml: string;
    linkedIds?: readonly string[] | null;
    accepted?: readonly EntryKey[] | null;
  },
): Promise<DraftRow> {
  bound('reviewedYaml', args.reviewedYaml, WRITE_LIMITS.yamlLength);
  boundEntries('reviewedYaml', args.reviewedYaml);
  const linkedIds = checkedLinkedIds(args.linkedIds);
  const accepted = encodedAccepted(args.accepted);
  let documentId: string | null = null;
  try {
    const reviewed = parse(args.reviewedYaml) as { document?: { id?: unknown } } | null;
    // The draft is listed under its document's id: a reviewer who changes it renames the draft.
    const id = reviewed?.document?.id;
    if (typeof id === 'string' && id.trim() !== '') documentId = id;
  } catch (error) {
    throw badUserInput(
      'reviewedYaml',
      `reviewedYaml of draft "${args.id}" is not YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  const rows = await inWriteTransaction(writer, (tx) =>
    runIn(
      tx,
      buildSaveReview({
        id: args.id,
        version: args.version,
        reviewedYaml: args.reviewedYaml,
        documentId,
        linkedIds,
        accepted,
        by: editor,
        at: now(),
      }),
    ),
  );
  const [draft] = draftsOf(rows);
  if (!draft) throw await whyRefused(writer, args.id, args.version);
  return draft;
}
