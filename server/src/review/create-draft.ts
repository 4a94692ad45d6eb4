/**
 * `createDraft`: drafts a pasted text on the server, as `npm run draft` would (@policygraph/draft),
 * with the graph's nodes as gazetteer, and stores the draft for review.
 */
import { randomUUID } from 'node:crypto';
import { stringify } from 'yaml';
import { draftAndValidate, DraftRefusedError, Gazetteer, readNodesWith } from '@policygraph/draft';
import { ISO_DATE_FORMAT, isCalendarDate } from '@policygraph/model';
import { badUserInput } from '../errors.ts';
import { WRITE_LIMITS } from './limits.ts';
import { bound, boundEntries, requireText } from './write-bounds.ts';
import { now, storeDraft, type DraftRow, type DraftWriter } from './draft-writer.ts';

/** The arguments of `createDraft` (schema `Mutation.createDraft`). */
export interface CreateDraftArgs {
  text: string;
  documentId?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  url?: string | null;
}

/** A document id from a title or the text's first words: lower case, digits and `-`, at most 60 characters. */
function idFrom(source: string): string {
  const id = source
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return id || `document-${randomUUID().slice(0, 8)}`;
}

/**
 * The checks of `createDraft`'s arguments made before anything is read or drafted.
 * @throws BAD_USER_INPUT naming the argument: too long, an empty text or one with NUL characters,
 *   a `publishedOn` that is not `YYYY-MM-DD` or not a day of the calendar
 */
export function checkCreateDraftArgs(args: CreateDraftArgs): void {
  bound('text', args.text, WRITE_LIMITS.textLength);
  for (const name of ['documentId', 'title', 'publishedOn', 'url'] as const)
    bound(name, args[name], WRITE_LIMITS.shortField);
  requireText(args.text);
  if (args.publishedOn && !ISO_DATE_FORMAT.test(args.publishedOn))
    throw badUserInput('publishedOn', 'publishedOn must be YYYY-MM-DD.');
  if (args.publishedOn && !isCalendarDate(args.publishedOn))
    throw badUserInput(
      'publishedOn',
      `publishedOn ${args.publishedOn} is not a day of the calendar.`,
    );
}

/**
 * Drafts `text` with the graph's nodes as gazetteer and stores the draft, created by `editor`. The
 * graph is read once, light (names, kinds, countries; quotes only of `documentId`: readNodesWith).
 * @throws BAD_USER_INPUT naming the argument (checkCreateDraftArgs; `text` when the drafting refuses it)
 */
export async function createDraft(
  writer: DraftWriter,
  editor: string,
  args: CreateDraftArgs,
): Promise<DraftRow> {
  checkCreateDraftArgs(args);
  const documentId = idFrom(
    args.documentId ?? args.title ?? args.text.trim().split(/\s+/).slice(0, 8).join(' '),
  );
  const gazetteer = new Gazetteer(
    await readNodesWith(writer.driver, writer.database, [documentId]),
  );
  let emitted;
  try {
    emitted = await draftAndValidate(
      args.text,
      documentId,
      {
        ...(args.title ? { title: args.title } : {}),
        ...(args.publishedOn ? { publishedOn: args.publishedOn } : {}),
        ...(args.url ? { url: args.url } : {}),
      },
      gazetteer,
      'text',
    );
  } catch (error) {
    if (error instanceof DraftRefusedError) throw badUserInput('text', error.message);
    throw error;
  }
  const draftedYaml = stringify(emitted.seed, { lineWidth: 0 });
  boundEntries('text', draftedYaml);
  return storeDraft(writer, {
    id: randomUUID(),
    documentId,
    text: args.text,
    draftedYaml,
    sidecar: JSON.stringify(emitted.sidecar),
    by: editor,
    at: now(),
  });
}
