/**
 * Imports one list file: reads and checks every row first (nothing is written while a row cannot
 * be read, unless `acceptValid`), then plans and writes everything in ONE write transaction, so a
 * failure leaves the database as it was. Re-importing the same file changes nothing; a newer
 * version of a list records the listings it no longer states as delisted.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  buildNodeWrites,
  buildRelationshipWrites,
  buildStatusUpdate,
  type CypherQuery,
  type WriteStep,
} from '../build-writes.ts';
import { toNumber } from '../neo4j-values.ts';
import { missingColumns, readCsv, type RowProblem } from './csv-rows.ts';
import { ADAPTERS } from './formats/index.ts';
import { ImportRefusedError, formatRowProblem } from './import-errors.ts';
import type { FormatName, RowFacts } from './import-model.ts';
import type { ImportPlan } from './import-plan-types.ts';
import { datasetDocumentId, planImport, type ImportInput } from './import-plan.ts';
import {
  ACTORS_QUERY,
  TAKEN_IDS_QUERY,
  buildActorWrites,
  buildDelistAbsent,
  buildExistingListingsQuery,
  buildKindCheck,
  buildRelistPresent,
  buildVersionsQuery,
} from './import-writes.ts';
import type { KnownActor } from './merge-rules.ts';

export interface ImportOptions {
  format: FormatName;
  file: string;
  /** The day the file's content held; default: the file's modification day (UTC). */
  asOf?: string;
  /** Load the valid rows and report the others instead of refusing the file. */
  acceptValid?: boolean;
  database?: string;
}

/** What an import did. */
export interface ImportReport {
  file: string;
  format: FormatName;
  documentId: string;
  asOf: string;
  rows: number;
  rejected: RowProblem[];
  plan: ImportPlan;
  listingsAdded: number;
  delisted: string[];
  reappeared: string[];
  /** True when the file (same content) had been imported before. */
  reimport: boolean;
  /** Delisting by absence was skipped (rows were rejected, so absence proves nothing). */
  delistingSkipped: boolean;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  durationMs: number;
}

/**
 * Reads and checks the file, without a database.
 * @throws ImportRefusedError FILE_UNREADABLE, MISSING_COLUMNS, or INVALID_ROWS (unless acceptValid).
 */
export async function readImportFile(options: ImportOptions): Promise<ImportInput> {
  const adapter = ADAPTERS[options.format];
  let bytes: Buffer;
  let modified: Date;
  try {
    [bytes, modified] = await Promise.all([
      readFile(options.file),
      stat(options.file).then((s) => s.mtime),
    ]);
  } catch (error) {
    throw new ImportRefusedError('FILE_UNREADABLE', [
      `${options.file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`,
    ]);
  }
  let csv;
  try {
    csv = readCsv(bytes);
  } catch (error) {
    throw new ImportRefusedError('FILE_UNREADABLE', [
      `${options.file}: ${(error as Error).message}.`,
    ]);
  }
  const missing = missingColumns(csv.header, adapter.requiredColumns);
  if (missing.length > 0)
    throw new ImportRefusedError('MISSING_COLUMNS', [
      `${options.file}: the header lacks ${missing.map((c) => `"${c}"`).join(', ')}: is this a ${options.format} file?`,
    ]);
  const rows: { row: (typeof csv.rows)[number]; facts: RowFacts }[] = [];
  const rejected: RowProblem[] = [...csv.problems];
  for (const row of csv.rows) {
    const result = adapter.readRow(row);
    if ('facts' in result) rows.push({ row, facts: result.facts });
    else
      for (const problem of result.problems)
        rejected.push({ row: row.row, line: row.line, quote: row.quote, ...problem });
  }
  rejected.sort((a, b) => a.row - b.row);
  if (rejected.length > 0 && !options.acceptValid)
    throw new ImportRefusedError(
      'INVALID_ROWS',
      rejected.map((problem) => formatRowProblem(options.file, problem)),
    );
  const asOf = options.asOf ?? modified.toISOString().slice(0, 10);
  return {
    adapter,
    fileName: path.basename(options.file),
    text: csv.text,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    asOf,
    rows,
    rejected,
  };
}

async function rows(
  tx: ManagedTransaction,
  query: CypherQuery,
): Promise<Record<string, unknown>[]> {
  const result = await tx.run(query.cypher, query.params);
  return result.records.map((record) => record.toObject());
}

async function writeAll(
  tx: ManagedTransaction,
  input: ImportInput,
  file: string,
): Promise<Omit<ImportReport, 'durationMs'>> {
  const format = input.adapter.format;
  const documentId = datasetDocumentId(format, input.sha256);
  const datasets = [
    ...new Set(input.rows.map(({ facts }) => facts.listing?.dataset ?? format)),
  ].sort();
  const versions = (await rows(tx, buildVersionsQuery(format, datasets))) as {
    id: string;
    asOf: string;
  }[];
  const same = versions.find((version) => version.id === documentId);
  if (same && same.asOf !== input.asOf)
    throw new ImportRefusedError('AS_OF_CHANGED', [
      `${file}: this file was imported before as of ${same.asOf} (${documentId}); import it again with --as-of ${same.asOf}.`,
    ]);
  const newer = versions.find((version) => version.id !== documentId && version.asOf > input.asOf);
  if (newer)
    throw new ImportRefusedError('OLDER_VERSION', [
      `${file}: a newer version (${newer.id}, as of ${newer.asOf}) is loaded; this one is as of ${input.asOf}. Import versions oldest first.`,
    ]);

  const actors: KnownActor[] = (await rows(tx, ACTORS_QUERY)).map((row) => ({
    id: String(row.id),
    kind: row.kind as KnownActor['kind'],
    name: String(row.name),
    aliases: row.aliases as string[],
    country: (row.country as string | null) ?? null,
    wikidataId: (row.wikidataId as string | null) ?? null,
    datasets: row.datasets as string[],
    rows: row.rows as string[],
  }));
  const [taken] = await rows(tx, TAKEN_IDS_QUERY);
  const plan = planImport(input, { actors, takenIds: new Set((taken?.ids as string[]) ?? []) });
  const existingListings = await rows(tx, buildExistingListingsQuery(plan.listingIds));

  const fixedKinds = [
    ...plan.documents.map(({ id }) => ({ id, kind: 'DOCUMENT' })),
    ...plan.measures.map(({ id }) => ({ id, kind: 'MEASURE' })),
    ...plan.actors.map(({ id, kind }) => ({ id, kind })),
  ];
  const conflicts = await rows(tx, buildKindCheck(fixedKinds));
  if (conflicts.length > 0)
    throw new ImportRefusedError(
      'KIND_CONFLICT',
      conflicts.map(
        (c) =>
          `${file}: "${String(c.id)}" is stored as ${String(c.existing)}, here ${String(c.wanted)}.`,
      ),
    );

  const steps: WriteStep[] = [
    ...buildNodeWrites(plan.documents),
    ...buildActorWrites(plan.actors),
    ...buildNodeWrites(plan.measures),
    ...buildRelationshipWrites(plan.relationships),
    ...(plan.reportedMeasureIds.length > 0 ? [buildStatusUpdate(plan.reportedMeasureIds)] : []),
  ];
  const counters = { nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
  for (const step of steps) {
    let written: number;
    try {
      const result = await tx.run(step.cypher, step.params);
      written = result.records.reduce((sum, record) => sum + toNumber(record.get('written')), 0);
      const updates = result.summary.counters.updates();
      counters.nodesCreated += updates.nodesCreated;
      counters.relationshipsCreated += updates.relationshipsCreated;
      counters.propertiesSet += updates.propertiesSet;
    } catch (error) {
      if (isRetryableError(error)) throw error;
      throw new ImportRefusedError('WRITE_FAILED', [
        `${file}: writing ${step.description} failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}.`,
      ]);
    }
    if (written !== step.expected)
      throw new ImportRefusedError('WRITE_FAILED', [
        `${file}: writing ${step.description} wrote ${written} of ${step.expected} (an end node is missing).`,
      ]);
  }
  const delistingSkipped = input.rejected.length > 0;
  const delisted = delistingSkipped
    ? []
    : (
        await rows(
          tx,
          buildDelistAbsent({
            datasets: plan.datasets,
            listingIds: plan.listingIds,
            asOf: input.asOf,
            documentId,
          }),
        )
      ).map((r) => String(r.id));
  const reappeared = (
    await rows(tx, buildRelistPresent({ listingIds: plan.listingIds, documentId }))
  ).map((r) => String(r.id));
  return {
    file,
    format,
    documentId,
    asOf: input.asOf,
    rows: input.rows.length + input.rejected.length,
    rejected: input.rejected,
    plan,
    listingsAdded: plan.listingIds.length - existingListings.length,
    delisted,
    reappeared,
    reimport: same !== undefined,
    delistingSkipped,
    ...counters,
  };
}

/**
 * Reads, checks and imports one file in one write transaction on `database`.
 * @throws ImportRefusedError (nothing written); the driver's errors when Neo4j is unreachable.
 */
export async function importListFile(
  driver: Driver,
  options: ImportOptions,
): Promise<ImportReport> {
  const started = performance.now();
  const input = await readImportFile(options);
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    const report = await session.executeWrite((tx) => writeAll(tx, input, options.file));
    return { ...report, durationMs: performance.now() - started };
  } finally {
    await session.close();
  }
}
