/** Resolvers of `Evidence` (document, provenance, row), and the node look-up shared by fields that must not be null. */
import type { RequestContext } from '../context.ts';
import type { NodeRow } from '../neo4j/rows.ts';
import { listRowCells } from '../list-row.ts';
import type { EvidenceResolvers } from '../schema/resolvers-types.generated.ts';
import { selectsSummaryOnly } from './selection.ts';

/**
 * The node with this id, through the request's batching loader.
 * @throws Error when it does not exist (a graph that breaks the data model; masked and logged).
 */
export async function loadNode(context: RequestContext, id: string): Promise<NodeRow> {
  const node = await context.loaders.node.load(id);
  if (!node) throw new Error(`The graph refers to node "${id}", which does not exist.`);
  return node;
}

export const Evidence: EvidenceResolvers = {
  // A summary fetched with the subgraph answers when the selection asks for no more (no round trip).
  document: (evidence, _args, context, info) => {
    const summary = context.loaders.summaries.get(evidence.documentId);
    return summary && selectsSummaryOnly(info) ? summary : loadNode(context, evidence.documentId);
  },
  // The document's stored review says how the supported fact was made; batched per request.
  provenance: async (evidence, _args, context) => {
    const document = await context.loaders.documentProvenance.load(evidence.documentId);
    if (!document) return null;
    const { review, seeded } = document;
    const origin = review?.facts[evidence.ownerId];
    if (review && origin)
      return { origin, reviewedBy: review.reviewedBy, reviewedAt: review.reviewedAt };
    return seeded ? { origin: 'HAND', reviewedBy: null, reviewedAt: null } : null;
  },
  row: async (evidence, _args, context) => {
    const head = await context.loaders.datasetHead.load(evidence.documentId);
    return head === null ? null : listRowCells(head, evidence.quote);
  },
};
