/**
 * `acceptAndLoadDraft`: loads a reviewed draft through the seed loader's own validation and writes
 * (those of `npm run seed`), in one transaction with marking the draft LOADED; a refused load
 * writes nothing.
 */
import {
  checkAgainstDatabase,
  SeedValidationError,
  SeedWriteError,
  writeDocumentInTransaction,
} from '@policygraph/graph-seed';
import { buildLoadedDocument, buildMarkLoaded, buildReadDraft } from '../cypher/drafts.ts';
import { loadRefused } from './errors.ts';
import { validated } from './loader-validation.ts';
import { reviewOf, withProvenance } from './provenance.ts';
import { whyRefused } from './refusals.ts';
import { goneLinks } from './review-marks.ts';
import { notReviewed } from './review-status.ts';
import {
  draftsOf,
  inWriteTransaction,
  now,
  readRows,
  runIn,
  type DraftRow,
  type DraftWriter,
} from './draft-writer.ts';

/** Timeout of the transaction that loads a document: a load writes far more than one query reads. */
export const LOAD_TIMEOUT_MS = 120_000;

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
 * and marks the draft LOADED with its review by `editor`, in one transaction.
 * @throws LOAD_REFUSED (the loader's problems; NOT_REVIEWED for each entry still to review, see
 *   ./review-status.ts; LINKED_NODE_MISSING; DOCUMENT_EXISTS when the document id is already a
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
  // Only what the reviewer reviewed is loaded: entries still to review refuse the load, reported
  // with whatever else the loader refuses so that one attempt shows every problem.
  const pending = notReviewed(draft);
  const reviewed = await validated(args.id, draft.reviewedYaml, draft.text, pending);
  const review = reviewOf(reviewed.documentId, draft.draftedYaml, draft.reviewedYaml, editor, at);
  // What is loaded (and exported later) carries the review: each entry's provenance.
  const document = await validated(args.id, withProvenance(draft.reviewedYaml, review), draft.text);
  const gone = await goneLinks(writer, draft, document);
  if (gone.length + pending.length > 0) throw loadRefused(args.id, [...gone, ...pending]);
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
