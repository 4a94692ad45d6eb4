/**
 * Imports one list file: reads and checks every row first (read-list-file.ts: nothing is written
 * while a row cannot be read, unless `acceptValid`), then plans and writes everything in ONE write
 * transaction, so a failure leaves the database as it was. The same file again writes nothing; a
 * newer version of a list (version-rules.ts) records the listings it no longer states as delisted.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import {
  buildNodeWrites,
  buildRelationshipWrites,
  buildStatusUpdate,
  type CypherQuery,
  type WriteStep,
  toNumber,
} from '@policygraph/model';
import type { RowProblem } from './csv-rows.ts';
import {
  buildTouchedQuery,
  countChanges,
  touchedState,
  type ChangeCounts,
  type TouchedState,
} from './import-changes.ts';
import { ImportRefusedError, refusedRows } from './import-errors.ts';
import type { FormatName } from './import-model.ts';
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
import { readImportFile, type ImportOptions } from './read-list-file.ts';
import {
  buildDelistingPreview,
  checkDelistingShare,
  versionStanding,
  type LoadedVersion,
} from './version-rules.ts';

export { readImportFile, type ImportOptions } from './read-list-file.ts';

/** What an import did. Counts of changes are what differs in the graph (import-changes.ts). */
export interface ImportReport extends ChangeCounts {
  file: string;
  format: FormatName;
  documentId: string;
  asOf: string;
  /** Data rows read (loaded and refused). */
  rows: number;
  /** Rows refused (a row with several problems counts once). */
  refusedRows: number;
  /** Every problem of the refused rows (several per row possible). */
  rejected: RowProblem[];
  plan: ImportPlan;
  /** `same`: this very file was imported before (nothing written); `first` of its list(s); `newer` version. */
  standing: 'same' | 'first' | 'newer';
  listingsAdded: number;
  delisted: string[];
  reappeared: string[];
  /** True when the file (same content) had been imported before. */
  reimport: boolean;
  /** Delisting by absence was skipped (rows were rejected, so absence proves nothing). */
  delistingSkipped: boolean;
  durationMs: number;
}

async function rows(
  tx: ManagedTransaction,
  query: CypherQuery,
): Promise<Record<string, unknown>[]> {
  const result = await tx.run(query.cypher, query.params);
  return result.records.map((record) => record.toObject());
}

async function runStep(tx: ManagedTransaction, step: WriteStep, file: string): Promise<void> {
  let written: number;
  try {
    const result = await tx.run(step.cypher, step.params);
    written = result.records.reduce((sum, record) => sum + toNumber(record.get('written')), 0);
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

async function knownActors(tx: ManagedTransaction): Promise<KnownActor[]> {
  return (await rows(tx, ACTORS_QUERY)).map((row) => ({
    id: String(row.id),
    kind: row.kind as KnownActor['kind'],
    name: String(row.name),
    aliases: row.aliases as string[],
    primaryNames: row.primaryNames as string[],
    country: (row.country as string | null) ?? null,
    wikidataId: (row.wikidataId as string | null) ?? null,
    datasets: row.datasets as string[],
    rows: row.rows as string[],
  }));
}

async function writeAll(
  tx: ManagedTransaction,
  input: ImportInput,
  options: ImportOptions,
): Promise<Omit<ImportReport, 'durationMs'>> {
  const { file } = options;
  const format = input.adapter.format;
  const documentId = datasetDocumentId(format, input.sha256);
  const datasets = [
    ...new Set(input.rows.map(({ facts }) => facts.listing?.dataset ?? format)),
  ].sort();
  const versions = (await rows(
    tx,
    buildVersionsQuery(format, datasets),
  )) as unknown as LoadedVersion[];
  const standing = versionStanding({
    file,
    documentId,
    asOf: input.asOf,
    asOfGiven: options.asOf !== undefined,
    versions,
  });
  const [taken] = await rows(tx, TAKEN_IDS_QUERY);
  const plan = planImport(input, {
    actors: await knownActors(tx),
    takenIds: new Set((taken?.ids as string[]) ?? []),
  });
  const base = {
    file,
    format,
    documentId,
    asOf: input.asOf,
    rows: input.rows.length + refusedRows(input.rejected).length,
    refusedRows: refusedRows(input.rejected).length,
    rejected: input.rejected,
    plan,
    standing,
    reimport: standing === 'same',
    delistingSkipped: input.rejected.length > 0,
  };
  if (standing === 'same')
    return {
      ...base,
      ...countChanges(new Map(), new Map()),
      listingsAdded: 0,
      delisted: [],
      reappeared: [],
    };
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
  const delisting = standing === 'newer' && !base.delistingSkipped;
  if (delisting) {
    const [preview] = await rows(tx, buildDelistingPreview(plan));
    checkDelistingShare({
      file,
      inForce: toNumber(preview?.inForce ?? 0),
      absent: toNumber(preview?.absent ?? 0),
      allowed: options.allowMassDelisting === true,
    });
  }

  const touched = buildTouchedQuery(
    [...plan.documents, ...plan.measures, ...plan.actors].map(({ id }) => id),
    plan.relationships,
  );
  const state = async (): Promise<TouchedState> =>
    touchedState(
      (await rows(tx, touched)) as { key: unknown; labels: unknown; properties: unknown }[],
    );
  const before = await state();
  for (const step of [
    ...buildNodeWrites(plan.documents),
    ...buildActorWrites(plan.actors),
    ...buildNodeWrites(plan.measures),
    ...buildRelationshipWrites(plan.relationships),
    ...(plan.reportedMeasureIds.length > 0 ? [buildStatusUpdate(plan.reportedMeasureIds)] : []),
  ])
    await runStep(tx, step, file);
  const ids = async (query: CypherQuery) => (await rows(tx, query)).map((r) => String(r.id));
  const delisted = delisting
    ? await ids(buildDelistAbsent({ ...plan, asOf: input.asOf, documentId }))
    : [];
  const reappeared =
    standing === 'newer'
      ? await ids(buildRelistPresent({ listingIds: plan.listingIds, documentId }))
      : [];
  const changes = countChanges(before, await state());
  return {
    ...base,
    ...changes,
    // Delisted listings lie outside what the file states: three properties each (delistedOn, delistedBasis, delistedIn).
    relationshipsUpdated: changes.relationshipsUpdated + delisted.length,
    propertiesChanged: changes.propertiesChanged + 3 * delisted.length,
    listingsAdded: plan.listingIds.length - existingListings.length,
    delisted,
    reappeared,
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
    const report = await session.executeWrite((tx) => writeAll(tx, input, options));
    return { ...report, durationMs: performance.now() - started };
  } finally {
    await session.close();
  }
}
