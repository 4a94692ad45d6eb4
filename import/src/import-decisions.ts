/**
 * The decisions of an import, pure: given what was read from the graph (import-reads.ts), how the
 * file stands among the loaded versions and what it plans (decideImport), which checks to read
 * before writing (checkQueries), and, from their answers, the refusals or the write steps
 * (decideWrites). run-import.ts reads, calls these, and applies the steps in its transaction.
 */
import {
  buildKindConflictQuery,
  buildNodeWrites,
  buildRelationshipWrites,
  buildStatusUpdate,
  type CypherQuery,
  type WriteStep,
} from '@policygraph/model';
import { ImportRefusedError } from './import-errors.ts';
import type { ImportPlan } from './import-plan-types.ts';
import { datasetDocumentId, planImport, type ImportInput } from './import-plan.ts';
import {
  buildActorWrites,
  buildExistingListingsQuery,
  buildImportSequence,
} from './import-writes.ts';
import type { Judgement } from './judgements.ts';
import type { KnownActor } from './merge-rules.ts';
import {
  buildDelistingPreview,
  checkDelistingShare,
  versionStanding,
  type LoadedVersion,
} from './version-rules.ts';

/** What the graph holds that an import depends on, read before planning. */
export interface GraphReads {
  versions: LoadedVersion[];
  actors: KnownActor[];
  takenIds: string[];
  /** The judgements file's entries (judgements.ts). */
  judgements?: Judgement[];
}

/** How a file stands and what it would write. */
export interface ImportDecision {
  documentId: string;
  standing: 'same' | 'first' | 'newer';
  plan: ImportPlan;
  /** Delisting by absence applies: a newer version with no row rejected. */
  delisting: boolean;
}

/** The data sets (delisting scopes) of the file's rows, sorted. */
export function importDatasets(input: ImportInput): string[] {
  const format = input.adapter.format;
  return [...new Set(input.rows.map(({ facts }) => facts.listing?.dataset ?? format))].sort();
}

/**
 * The standing of the file (version-rules.ts) and its plan over `reads`.
 * @throws ImportRefusedError of versionStanding.
 */
export function decideImport(
  input: ImportInput,
  options: { file: string; asOfGiven: boolean },
  reads: GraphReads,
): ImportDecision {
  const documentId = datasetDocumentId(input.adapter.format, input.sha256);
  const standing = versionStanding({
    file: options.file,
    documentId,
    asOf: input.asOf,
    asOfGiven: options.asOfGiven,
    versions: reads.versions,
  });
  const plan = planImport(input, {
    actors: reads.actors,
    takenIds: new Set(reads.takenIds),
    judgements: reads.judgements ?? [],
  });
  return {
    documentId,
    standing,
    plan,
    delisting: standing === 'newer' && input.rejected.length === 0,
  };
}

/** The reads that check a plan before writing it: listings stored already, kind conflicts, the delisting share. */
export function checkQueries(decision: ImportDecision): {
  existingListings: CypherQuery;
  kindConflicts: CypherQuery;
  delistingPreview: CypherQuery | null;
} {
  const { plan } = decision;
  return {
    existingListings: buildExistingListingsQuery(plan.listingIds),
    kindConflicts: buildKindConflictQuery([
      ...plan.documents.map(({ id }) => ({ id, kind: 'DOCUMENT' })),
      ...plan.measures.map(({ id }) => ({ id, kind: 'MEASURE' })),
      ...plan.actors.map(({ id, kind }) => ({ id, kind })),
    ]),
    delistingPreview: decision.delisting ? buildDelistingPreview(plan) : null,
  };
}

/** What the checks of checkQueries found. */
export interface CheckResults {
  kindConflicts: { id: string; existing: string; wanted: string }[];
  delistingPreview: { inForce: number; absent: number } | null;
}

/**
 * The write steps of the plan, in order (documents, actors, measures, relationships, the status of
 * reported measures), once the checks pass.
 * @throws ImportRefusedError KIND_CONFLICT (a planned node is stored with another kind),
 *   MASS_DELISTING (checkDelistingShare).
 */
export function decideWrites(
  decision: ImportDecision,
  checks: CheckResults,
  options: { file: string; allowMassDelisting: boolean },
): WriteStep[] {
  const { file } = options;
  if (checks.kindConflicts.length > 0)
    throw new ImportRefusedError(
      'KIND_CONFLICT',
      checks.kindConflicts.map(
        (c) => `${file}: "${c.id}" is stored as ${c.existing}, here ${c.wanted}.`,
      ),
    );
  if (decision.delisting)
    checkDelistingShare({
      file,
      inForce: checks.delistingPreview?.inForce ?? 0,
      absent: checks.delistingPreview?.absent ?? 0,
      allowed: options.allowMassDelisting,
    });
  const { plan } = decision;
  return [
    ...buildNodeWrites(plan.documents),
    ...buildActorWrites(plan.actors, plan.documentId),
    ...buildNodeWrites(plan.measures),
    ...buildRelationshipWrites(plan.relationships),
    ...(plan.reportedMeasureIds.length > 0 ? [buildStatusUpdate(plan.reportedMeasureIds)] : []),
    buildImportSequence(plan.documentId),
  ];
}
