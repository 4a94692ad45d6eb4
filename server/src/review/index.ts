/**
 * Drafts under review, stored in Neo4j (../cypher/drafts.ts): create one from a text (drafted here
 * by @policygraph/draft), import one made by `npm run draft`, save a review with optimistic
 * concurrency, and accept and load it through the seed loader's own validation and writes, in one
 * transaction with marking it LOADED. Each mutation is one write transaction; a refused write
 * writes nothing. The one entry of the server's review code for the resolvers.
 */
export { acceptAndLoad, LOAD_TIMEOUT_MS } from './accept-and-load.ts';
export { checkCreateDraftArgs, createDraft, type CreateDraftArgs } from './create-draft.ts';
export { importDraft } from './import-draft.ts';
export { saveReview } from './save-review.ts';
export {
  draftsOf,
  inWriteTransaction,
  readRows,
  type DraftRow,
  type DraftWriter,
} from './draft-writer.ts';
export { requireEditor } from './errors.ts';
export { decodedAccepted, type EntryKey } from './review-marks.ts';
export type { ReviewRecord } from './provenance.ts';
