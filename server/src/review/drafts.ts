/**
 * Drafts under review, stored in Neo4j (../cypher/drafts.ts): create one from a text (drafted here by
 * @policygraph/draft), import one made by `npm run draft`, save a review with optimistic concurrency,
 * and accept and load it through the seed loader's own validation and writes, in one transaction
 * with marking it LOADED. Each function is one write transaction; a refused write writes nothing.
 */
import { randomUUID } from 'node:crypto';
import { parse, stringify } from 'yaml';
import {
  checkAgainstDatabase,
  SeedValidationError,
  SeedWriteError,
  validateSeedSource,
  writeDocumentInTransaction,
} from '@policygraph/graph-seed';
import { draftAndValidate, DraftRefusedError, Gazetteer, readNodesWith } from '@policygraph/draft';
import { ISO_DATE_FORMAT, isCalendarDate, type ValidatedDocument } from '@policygraph/model';
import { badUserInput } from '../errors.ts';
import {
  buildCreateDraft,
  buildLoadedDocument,
  buildMarkLoaded,
  buildReadDraft,
  buildReadRevision,
  buildSaveReview,
} from '../cypher/drafts.ts';
import { diffEntries, entriesOf, nameEntries } from './entries.ts';
import { conflict, draftNotFound, loadRefused } from './errors.ts';
import { WRITE_LIMITS } from './limits.ts';
import { reviewOf, withProvenance } from './provenance.ts';
import { checkedLinkedIds, encodedAccepted, goneLinks, type EntryKey } from './review-marks.ts';
import {
  draftsOf,
  inWriteTransaction,
  readRows,
  runIn,
  type DraftRow,
  type DraftWriter,
} from './draft-writer.ts';

const now = () => new Date().toISOString();

/** Timeout of the transaction that loads a document: a load writes far more than one query reads. */
export const LOAD_TIMEOUT_MS = 120_000;

/** BAD_USER_INPUT naming `argument` when `value` is longer than `max`. */
function bound(argument: string, value: string | null | undefined, max: number): void {
  if (value && value.length > max)
    throw badUserInput(
      argument,
      `${argument} is ${value.length} characters; at most ${max} are accepted in one write.`,
    );
}

/** BAD_USER_INPUT when the YAML holds more entries than one write may carry. */
function boundEntries(argument: string, yaml: string): void {
  const count = entriesOf(yaml).length;
  if (count > WRITE_LIMITS.entries)
    throw badUserInput(
      argument,
      `${argument} holds ${count} entries; at most ${WRITE_LIMITS.entries} are accepted in one write.`,
    );
}

function requireText(text: string): void {
  if (text.trim() === '') throw badUserInput('text', "text is empty: give the document's text.");
  if (text.includes('\u0000'))
    throw badUserInput('text', 'text holds NUL characters: give plain text.');
}

/** The loader's validation of `yaml` over `text`, or LOAD_REFUSED naming each entry and field. */
async function validated(
  draftId: string,
  yaml: string,
  text: string | null,
): Promise<ValidatedDocument> {
  try {
    return await validateSeedSource({ file: `draft ${draftId}`, yaml, text });
  } catch (error) {
    if (error instanceof SeedValidationError) throw loadRefused(draftId, error.problems);
    throw error;
  }
}

async function store(
  writer: DraftWriter,
  draft: Parameters<typeof buildCreateDraft>[0],
): Promise<DraftRow> {
  const rows = await inWriteTransaction(writer, (tx) => runIn(tx, buildCreateDraft(draft)));
  return draftsOf(rows)[0]!;
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
export function checkCreateDraftArgs(args: {
  text: string;
  documentId?: string | null;
  title?: string | null;
  publishedOn?: string | null;
  url?: string | null;
}): void {
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

/** Drafts `text` with the graph's nodes as gazetteer and stores the draft. */
export async function createDraft(
  writer: DraftWriter,
  editor: string,
  args: {
    text: string;
    documentId?: string | null;
    title?: string | null;
    publishedOn?: string | null;
    url?: string | null;
  },
): Promise<DraftRow> {
  checkCreateDraftArgs(args);
  const documentId = idFrom(
    args.documentId ?? args.title ?? args.text.trim().split(/\s+/).slice(0, 8).join(' '),
  );
  const gazetteer = new Gazetteer(await readNodesWith(writer.driver, writer.database));
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
  return store(writer, {
    id: randomUUID(),
    documentId,
    text: args.text,
    draftedYaml,
    sidecar: JSON.stringify(emitted.sidecar),
    by: editor,
    at: now(),
  });
}

/** Stores a draft made by `npm run draft` after the loader's validation accepts it (LOAD_REFUSED otherwise). */
export async function importDraft(
  writer: DraftWriter,
  editor: string,
  args: { yaml: string; text: string; sidecar?: string | null },
): Promise<DraftRow> {
  bound('text', args.text, WRITE_LIMITS.textLength);
  bound('yaml', args.yaml, WRITE_LIMITS.yamlLength);
  bound('sidecar', args.sidecar, WRITE_LIMITS.sidecarLength);
  requireText(args.text);
  boundEntries('yaml', args.yaml);
  if (args.sidecar) {
    try {
      JSON.parse(args.sidecar);
    } catch {
      throw badUserInput(
        'sidecar',
        'sidecar is not JSON: give the .draft.json file as written by npm run draft.',
      );
    }
  }
  const id = randomUUID();
  const document = await validated(id, args.yaml, args.text);
  return store(writer, {
    id,
    documentId: document.documentId,
    text: args.text,
    draftedYaml: args.yaml,
    sidecar: args.sidecar ?? null,
    by: editor,
    at: now(),
  });
}

/** Why a write at `version` found the draft otherwise: NOT_FOUND, or CONFLICT naming what changed since. */
async function whyRefused(writer: DraftWriter, id: string, version: number): Promise<Error> {
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

/**
 * Saves the reviewed extraction of draft `id` at `version`, with the reviewer's links and accepted
 * entries when given (CONFLICT when it is not that version; BAD_USER_INPUT naming the argument).
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
      `reviewedYaml is not YAML: ${(error as Error).message.split('\n')[0]}`,
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

/**
 * LOAD_REFUSED (DOCUMENT_EXISTS) when the graph already holds a loaded or imported document under
 * the reviewed extraction's document id: a draft adds a new document, and loading it would replace
 * that one (its text and everything only it states). Run in the loading transaction.
 */
async function refuseExistingDocument(
  tx: Parameters<typeof runIn>[0],
  draftId: string,
  documentId: string,
): Promise<void> {
  const [existing] = await runIn(tx, buildLoadedDocument(documentId));
  if (!existing) return;
  throw loadRefused(draftId, [
    {
      code: 'DOCUMENT_EXISTS',
      entry: 'document',
      field: 'id',
      message: `the graph already holds a document "${documentId}"; a draft adds a new document and would replace it: give this one another id.`,
    },
  ]);
}

/**
 * Loads the reviewed extraction of draft `id` at `version` (validation and writes of `npm run seed`)
 * and marks the draft LOADED with its review, in one transaction.
 * @throws LOAD_REFUSED (the loader's problems; DOCUMENT_EXISTS when the document id is already a
 *   loaded or imported document's), CONFLICT, NOT_FOUND; nothing is written.
 */
export async function acceptAndLoad(
  writer: DraftWriter,
  editor: string,
  args: { id: string; version: number },
): Promise<DraftRow> {
  const [draft] = draftsOf(await readRows(writer, buildReadDraft(args.id)));
  if (!draft || draft.status !== 'IN_REVIEW' || draft.version !== args.version)
    throw await whyRefused(writer, args.id, args.version);
  const at = now();
  const reviewed = await validated(args.id, draft.reviewedYaml, draft.text);
  const review = reviewOf(reviewed.documentId, draft.draftedYaml, draft.reviewedYaml, editor, at);
  // What is loaded (and exported later) carries the review: each entry's provenance.
  const document = await validated(args.id, withProvenance(draft.reviewedYaml, review), draft.text);
  const gone = await goneLinks(writer, draft, document);
  if (gone.length > 0) throw loadRefused(args.id, gone);
  try {
    await checkAgainstDatabase(writer.driver, [document], { database: writer.database });
  } catch (error) {
    if (error instanceof SeedValidationError) throw loadRefused(args.id, error.problems);
    throw error;
  }
  let loaded: DraftRow | undefined;
  try {
    loaded = await inWriteTransaction(
      writer,
      async (tx) => {
        const [marked] = draftsOf(
          await runIn(
            tx,
            buildMarkLoaded({
              id: args.id,
              version: args.version,
              review: JSON.stringify(review),
              by: editor,
              at,
            }),
          ),
        );
        if (!marked) return undefined;
        await refuseExistingDocument(tx, args.id, document.documentId);
        await writeDocumentInTransaction(tx, document);
        return marked;
      },
      LOAD_TIMEOUT_MS,
    );
  } catch (error) {
    if (error instanceof SeedWriteError)
      throw loadRefused(args.id, [
        { code: error.code, entry: 'document', field: '', message: error.message },
      ]);
    throw error;
  }
  if (!loaded) throw await whyRefused(writer, args.id, args.version);
  return loaded;
}
