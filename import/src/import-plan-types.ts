/**
 * The writes one import makes, worked out in full before anything is written (import-plan.ts) and
 * turned into Cypher by import-writes.ts.
 */
import type { ActorKind, EvidenceRecord, GraphNode, GraphRelationship } from '@policygraph/model';
import type { RowProblem } from './csv-rows.ts';
import type { MergeRule, NearMiss } from './merge-rules.ts';

/** How a row's actor (or an issuing body) was matched to a node: kept on the node, one entry per row. */
export interface IdentityRecord {
  documentId: string;
  row: number;
  dataset: string;
  rule: MergeRule;
  key: string;
  /** The name as the row writes it. */
  name: string;
}

/** An actor to write. An existing node keeps its kind and name; the row's names become aliases. */
export interface ActorWrite {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  country: string | null;
  wikidataId: string | null;
  description: string | null;
  evidence: EvidenceRecord[];
  identities: IdentityRecord[];
}

/** What happened to one row. */
export interface RowOutcome {
  row: number;
  line: number;
  name: string | null;
  nodeId: string | null;
  rule: MergeRule | null;
  key: string;
  nearMisses: NearMiss[];
  notes: string[];
}

/** Everything one import writes, and how each row was resolved. */
export interface ImportPlan {
  documentId: string;
  /** The file as a DATASET document, then the publications its rows describe. */
  documents: GraphNode[];
  measures: GraphNode[];
  actors: ActorWrite[];
  relationships: GraphRelationship[];
  /** Data sets (delisting scopes) the file covers. */
  datasets: string[];
  /** Ids of the LISTS relationships the file states. */
  listingIds: string[];
  /** Measures reported by a REPORTS_STATUS, whose status follows the latest report. */
  reportedMeasureIds: string[];
  outcomes: RowOutcome[];
  rejected: RowProblem[];
}
