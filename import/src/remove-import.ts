/**
 * Removing an imported version (`npm run import -- --remove <document id>`), in ONE write
 * transaction: what every import gave is withdrawn (build-withdraw.ts), then the imports that remain
 * are read again from the text their documents hold and written in the order they were imported,
 * with the judgements of today. The graph is then exactly what importing the others alone would
 * have made: nodes, relationships, listings and evidence only the removed version supported are
 * gone, a node it named first takes the name the next import gives, and the delistings it revealed
 * (or those it undid by stating a listing again) are as the remaining versions say. Merges too
 * (undo-merges.ts): those back to the earliest one of a node only the removed version brought
 * (absorbed or survivor) are split first, and made again afterwards when both nodes are still
 * there, so a merge that needed the removed version is undone, chains of merges included.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { toNumber } from '@policygraph/model';
import {
  GRAPH_COUNTS_QUERY,
  IMPORTED_VERSIONS_QUERY,
  buildWithdrawNodes,
  buildWithdrawRelationships,
} from './build-withdraw.ts';
import { ImportRefusedError } from './import-errors.ts';
import { FORMATS } from './import-model.ts';
import { datasetDocument } from './import-plan.ts';
import { readRows } from './import-reads.ts';
import { readJudgements, type Judgement } from './judgements.ts';
import { checkImportBytes } from './read-list-file.ts';
import { writeAll } from './run-import.ts';
import { UNKNOWN } from './source-provenance.ts';
import { replayMerges, rewindMerges } from './undo-merges.ts';

const VERSION = z.object({
  id: z.string(),
  format: z.enum(FORMATS),
  fileName: z.string(),
  text: z.string(),
  asOf: z.string(),
  title: z.string(),
  origin: z.string().nullable(),
  licence: z.string().nullable(),
  attribution: z.string().nullable(),
  url: z.string().nullable(),
  sha256: z.string(),
  description: z.string().nullable(),
});
type StoredVersion = z.output<typeof VERSION>;
const COUNTS = z.object({
  nodes: z.unknown().transform(toNumber),
  relationships: z.unknown().transform(toNumber),
});

/** What a removal did. */
export interface RemovalReport {
  documentId: string;
  /** The removed version's title (format, file name, as-of day). */
  title: string;
  /** The imports read again and written, in order. */
  replayed: string[];
  /** The absorbed ids of the merges undone: their absorbed node or survivor came only from the removed import. */
  mergesUndone: string[];
  nodesBefore: number;
  nodesAfter: number;
  relationshipsBefore: number;
  relationshipsAfter: number;
  durationMs: number;
}

/** The provenance title of a stored version: its title without `: <file>, as of <day>`. */
function sourceTitle(version: StoredVersion): string {
  const suffix = `: ${version.fileName}, as of ${version.asOf}`;
  return version.title.endsWith(suffix) ? version.title.slice(0, -suffix.length) : version.title;
}

/**
 * Writes `version` again, read from its stored text, inside `tx`.
 * @throws ImportRefusedError WRITE_FAILED when the text no longer reads as it did (the format's
 *   rules changed), or the refusals of the import itself.
 */
async function replay(
  tx: ManagedTransaction,
  version: StoredVersion,
  judgements: Judgement[],
): Promise<void> {
  const options = { format: version.format, file: version.fileName, asOf: version.asOf };
  const input = checkImportBytes(
    { ...options, acceptValid: true },
    Buffer.from(version.text, 'utf8'),
    {
      title: sourceTitle(version),
      origin: version.origin ?? UNKNOWN,
      licence: version.licence ?? UNKNOWN,
      attribution: version.attribution ?? UNKNOWN,
      url: version.url,
      givenBy: [],
    },
    version.sha256,
  );
  const again = datasetDocument(input, version.id, new Set()).properties.description;
  if (again !== version.description)
    throw new ImportRefusedError('WRITE_FAILED', [
      `${version.id}: reading it again gives "${String(again)}" where it was "${version.description}": the ${version.format} format reads it differently now, so it cannot be written again as it was.`,
    ]);
  await writeAll(tx, input, { ...options, allowMassDelisting: true }, judgements);
}

async function removeIn(
  tx: ManagedTransaction,
  documentId: string,
  judgements: Judgement[],
): Promise<Omit<RemovalReport, 'durationMs'>> {
  const versions = await readRows(tx, 'imported versions', IMPORTED_VERSIONS_QUERY, VERSION);
  const removed = versions.find((version) => version.id === documentId);
  if (!removed)
    throw new ImportRefusedError('NOT_IMPORTED', [
      `${documentId}: no imported version has this document id (imported: ${versions.map((v) => v.id).join(', ') || 'none'}).`,
    ]);
  const [before] = await readRows(tx, 'counts', GRAPH_COUNTS_QUERY, COUNTS);
  const rewound = await rewindMerges(tx, documentId);
  const all = versions.map((version) => version.id);
  await tx.run(buildWithdrawRelationships(all).cypher, buildWithdrawRelationships(all).params);
  await tx.run(buildWithdrawNodes(all).cypher, buildWithdrawNodes(all).params);
  const remaining = versions.filter((version) => version.id !== documentId);
  for (const version of remaining) await replay(tx, version, judgements);
  const mergesUndone = await replayMerges(tx, rewound);
  const [after] = await readRows(tx, 'counts', GRAPH_COUNTS_QUERY, COUNTS);
  return {
    documentId,
    title: removed.title,
    replayed: remaining.map((version) => version.id),
    mergesUndone,
    nodesBefore: before!.nodes,
    nodesAfter: after!.nodes,
    relationshipsBefore: before!.relationships,
    relationshipsAfter: after!.relationships,
  };
}

/**
 * Removes the imported version `documentId` in one write transaction on `database` (see the
 * module comment), replaying the judgements of `judgementsFile` (default: the repository's).
 * @throws ImportRefusedError NOT_IMPORTED (no such version), WRITE_FAILED; nothing is then changed.
 */
export async function removeImport(
  driver: Driver,
  options: { documentId: string; judgementsFile?: string; database?: string },
): Promise<RemovalReport> {
  const started = performance.now();
  const judgements = await readJudgements(options.judgementsFile);
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    const report = await session.executeWrite((tx) => removeIn(tx, options.documentId, judgements));
    return { ...report, durationMs: performance.now() - started };
  } finally {
    await session.close();
  }
}

/** The removal report as lines of text. */
export function formatRemovalReport(report: RemovalReport): string {
  return [
    `removed ${report.documentId} (${report.title})`,
    `  nodes: ${report.nodesBefore} → ${report.nodesAfter}; relationships: ${report.relationshipsBefore} → ${report.relationshipsAfter}`,
    `  imports written again, in their order: ${report.replayed.join(', ') || 'none'}`,
    ...(report.mergesUndone.length > 0
      ? [
          `  merges undone (a node of each came only from this import): ${report.mergesUndone.join(', ')}`,
        ]
      : []),
    `  in ${(report.durationMs / 1000).toFixed(2)} s (one transaction)`,
  ].join('\n');
}
