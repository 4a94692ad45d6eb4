/**
 * The load summary: what each document's write did and the graph's counts afterwards, and its text form.
 */
import type { GraphCounts } from './count-graph.ts';
import type { DocumentWriteResult } from './write-document.ts';

/** What loadDocuments did: one result per document, the counts of the whole graph after, and the time taken. */
export interface LoadSummary {
  documents: DocumentWriteResult[];
  counts: GraphCounts;
  /** Wall-clock milliseconds of the writes and the count. */
  durationMs: number;
}

function table(title: string, counts: Record<string, number>): string[] {
  const width = Math.max(...Object.keys(counts).map((key) => key.length), 0);
  return [
    title,
    ...Object.entries(counts).map(
      ([key, count]) => `  ${key.padEnd(width)}  ${String(count).padStart(5)}`,
    ),
  ];
}

/** The summary as printed by `npm run seed`. */
export function formatSummary(summary: LoadSummary): string {
  const lines = summary.documents.map(
    (doc) =>
      `Loaded ${doc.documentId} (${doc.file}): ${doc.nodes} nodes, ${doc.relationships} relationships; ` +
      `${doc.nodesCreated} nodes and ${doc.relationshipsCreated} relationships new` +
      (doc.nodesDeleted + doc.relationshipsDeleted > 0
        ? `, ${doc.nodesDeleted} nodes and ${doc.relationshipsDeleted} relationships it no longer states removed.`
        : '.'),
  );
  const { counts } = summary;
  return [
    ...lines,
    `Graph: ${counts.nodes} nodes, ${counts.relationships} relationships (${(summary.durationMs / 1000).toFixed(2)} s).`,
    ...table('Nodes by label:', counts.labels),
    ...table('Relationships by type:', counts.relationshipTypes),
  ].join('\n');
}
