/**
 * Resolvers of editing: `Query.drafts` and `Query.draft` (editors only), the mutations of drafts
 * (../review/index.ts; the write protection of ../plugins/use-write-protection.ts has run before
 * any of them), `Draft.review` and `Document.review` (provenance of reviewed documents, from the
 * document node through the request's loader).
 */
import { GraphQLError } from 'graphql';
import type {
  DocumentResolvers,
  DraftResolvers,
  MutationResolvers,
  QueryResolvers,
} from '../schema/resolvers-types.generated.ts';
import { buildListDrafts, buildReadDraft } from '../cypher/drafts.ts';
import { badUserInput } from '../errors.ts';
import {
  acceptAndLoad,
  createDraft,
  decodedAccepted,
  draftsOf,
  importDraft,
  readRows,
  requireEditor,
  saveReview,
  type ReviewRecord,
} from '../review/index.ts';
import { LIMITS } from '../limits.ts';

function checkId(id: string): void {
  if (id.length > LIMITS.idLength)
    throw badUserInput('id', `id is longer than ${LIMITS.idLength} characters.`);
}

export const draftQueries: Pick<QueryResolvers, 'drafts' | 'draft'> = {
  drafts: async (_parent, _args, context) => {
    requireEditor(context);
    return draftsOf(await readRows(context.writer, buildListDrafts(200)));
  },
  draft: async (_parent, { id }, context) => {
    requireEditor(context);
    checkId(id);
    return draftsOf(await readRows(context.writer, buildReadDraft(id)))[0] ?? null;
  },
};

export const Mutation: MutationResolvers = {
  createDraft: (_parent, args, context) =>
    createDraft(context.writer, requireEditor(context), args),
  importDraft: (_parent, args, context) =>
    importDraft(context.writer, requireEditor(context), args),
  saveDraftReview: (_parent, args, context) => {
    checkId(args.id);
    return saveReview(context.writer, requireEditor(context), args);
  },
  acceptAndLoadDraft: (_parent, args, context) => {
    checkId(args.id);
    return acceptAndLoad(context.writer, requireEditor(context), args);
  },
};

function parseReview(json: unknown): ReviewRecord | null {
  if (typeof json !== 'string') return null;
  try {
    return JSON.parse(json) as ReviewRecord;
  } catch {
    throw new GraphQLError('A stored review is not JSON.');
  }
}

export const Draft: DraftResolvers = {
  review: (draft) => parseReview(draft.review),
  accepted: (draft) => decodedAccepted(draft.acceptedKeys),
};

/** `Document.review`, batched with every other document's of the request (one query). */
export const documentReview: Pick<DocumentResolvers, 'review'> = {
  review: async (document, _args, context) =>
    (await context.loaders.documentProvenance.load(document.id))?.review ?? null,
};
