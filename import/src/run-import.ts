/**
 * Imports one list file: reads and checks every row first (read-list-file.ts: nothing is written
 * while a row cannot be read, unless `acceptValid`), then plans and writes everything in ONE write
 * transaction, so a failure leaves the database as it was. The same file again writes nothing; a
 * newer version of a list (version-rules.ts) records the listings it no longer states as delisted.
 */
import neo4j, { isRetryableError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { type CypherQuery, type WriteStep, toNumber } from '@policygraph/model';
import type { RowProblem } from './csv-rows.ts';
import {
  buildTouchedQuery,
  countChanges,
  touchedState,
  type ChangeCounts,
  type TouchedState,
} from './import-changes.ts';
import {
  checkQueries,
  decideImport,
  decideWrites,
  importDatasets,
  type GraphReads,
} from './import-decisions.ts';
import { ImportRefusedError, refusedRows } from './import-errors.ts';
import type { FormatName } from './import-model.ts';
import type { ImportPlan } from './import-plan-types.ts';
import { datasetDocument, type ImportInput } from './import-plan.ts';
import {
  DELISTING_PREVIEW_ROW,
  ID_ROW,
  IDS_ROW,
  KIND_CONFLICT_ROW,
  KNOWN_ACTOR_ROW,
  STORED_PROVENANCE_ROW,
  TOUCHED_ROW,
  VERSION_ROW,
  readRows,
} from './import-reads.ts';
import {
  ACTORS_QUERY,
  TAKEN_IDS_QUERY,
  buildDelistAbsent,
  buildRelistPresent,
  buildStoredProvenanceQuery,
  buildVersionsQuery,
} from './import-writes.ts';
import { readJudgements, type Judgement } from './judgements.ts';
import { readImportFile, type ImportOptions } from './read-list-file.ts';
import type { SourceProvenance } from './source-provenance.ts';

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
  /** Origin, licence, credit and source URL recorded on the document (source-provenance.ts). */
  provenance: SourceProvenance;
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

/** Reads what planning depends on: earlier versions of the file's data sets, actors, ids in use. */
async function readGraph(
  tx: ManagedTransaction,
  input: ImportInput,
  judgements: Judgement[],
): Promise<GraphReads> {
  const versions = await readRows(
    tx,
    'versions',
    buildVersionsQuery(input.adapter.format, importDatasets(input)),
    VERSION_ROW,
  );
  const [taken] = await readRows(tx, 'taken ids', TAKEN_IDS_QUERY, IDS_ROW);
  const actors = await readRows(tx, 'actors', ACTORS_QUERY, KNOWN_ACTOR_ROW);
  return { versions, actors, takenIds: taken?.ids ?? [], judgements };
}

/**
 * The same file again writes nothing; given with another provenance than it was imported with, it
 * is refused rather than ignored.
 * @throws ImportRefusedError PROVENANCE_CHANGED
 */
async function checkSameProvenance(
  tx: ManagedTransaction,
  input: ImportInput,
  file: string,
  documentId: string,
): Promise<void> {
  const [stored] = await readRows(
    tx,
    'provenance',
    buildStoredProvenanceQuery(documentId),
    STORED_PROVENANCE_ROW,
  );
  if (!stored) return;
  const given = datasetDocument(input, documentId, new Set()).properties;
  const differ = (['title', 'origin', 'licence', 'attribution', 'url'] as const).filter(
    (key) => (stored[key] ?? null) !== (given[key] ?? null),
  );
  if (differ.length > 0)
    throw new ImportRefusedError('PROVENANCE_CHANGED', [
      ...differ.map(
        (key) =>
          `${file}: ${key === 'attribution' ? 'credit' : key}: imported before (${documentId}) as ${JSON.stringify(stored[key])}, now given as ${JSON.stringify(given[key] ?? null)}.`,
      ),
      `${file}: to record another provenance, remove the import (npm run import -- --remove ${documentId}) and import the file again.`,
    ]);
}

/**
 * Reads, decides (import-decisions.ts), then applies, all in `tx`: one import inside the caller's
 * transaction (importListFile's own, or a removal replaying the imports that remain).
 * @throws ImportRefusedError (the caller's transaction must then roll back).
 */
export async function writeAll(
  tx: ManagedTransaction,
  input: ImportInput,
  options: ImportOptions,
  judgements: Judgement[],
): Promise<Omit<ImportReport, 'durationMs'>> {
  const { file } = options;
  const decision = decideImport(
    input,
    { file, asOfGiven: options.asOf !== undefined },
    await readGraph(tx, input, judgements),
  );
  const { plan, standing, documentId } = decision;
  const refused = refusedRows(input.rejected).length;
  const base = {
    file,
    format: input.adapter.format,
    documentId,
    asOf: input.asOf,
    rows: input.rows.length + refused,
    refusedRows: refused,
    rejected: input.rejected,
    plan,
    provenance: input.provenance,
    standing,
    reimport: standing === 'same',
    delistingSkipped: input.rejected.length > 0,
  };
  if (standing === 'same') {
    await checkSameProvenance(tx, input, file, documentId);
    return {
      ...base,
      ...countChanges(new Map(), new Map()),
      listingsAdded: 0,
      delisted: [],
      reappeared: [],
    };
  }

  const queries = checkQueries(decision);
  const existingListings = await readRows(tx, 'listings', queries.existingListings, ID_ROW);
  const [preview] = queries.delistingPreview
    ? await readRows(tx, 'delisting preview', queries.delistingPreview, DELISTING_PREVIEW_ROW)
    : [];
  const steps = decideWrites(
    decision,
    {
      kindConflicts: await readRows(tx, 'kinds', queries.kindConflicts, KIND_CONFLICT_ROW),
      delistingPreview: preview ?? null,
    },
    { file, allowMassDelisting: options.allowMassDelisting === true },
  );

  const touched = buildTouchedQuery(
    [...plan.documents, ...plan.measures, ...plan.actors].map(({ id }) => id),
    plan.relationships,
  );
  const state = async (): Promise<TouchedState> =>
    touchedState(await readRows(tx, 'touched', touched, TOUCHED_ROW));
  const before = await state();
  for (const step of steps) await runStep(tx, step, file);
  const ids = async (name: string, query: CypherQuery) =>
    (await readRows(tx, name, query, ID_ROW)).map((row) => row.id);
  const delisted = decision.delisting
    ? await ids('delisted', buildDelistAbsent({ ...plan, asOf: input.asOf, documentId }))
    : [];
  const reappeared =
    standing === 'newer'
      ? await ids('reappeared', buildRelistPresent({ listingIds: plan.listingIds, documentId }))
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
  const judgements = await readJudgements(options.judgementsFile);
  const session = driver.session({
    database: options.database,
    defaultAccessMode: neo4j.session.WRITE,
  });
  try {
    const report = await session.executeWrite((tx) => writeAll(tx, input, options, judgements));
    return { ...report, durationMs: performance.now() - started };
  } finally {
    await session.close();
  }
}
