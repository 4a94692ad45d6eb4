/**
 * The graph a seed file describes, after validation: nodes and relationships with their evidence
 * located in the document text. This is what the Cypher builders turn into writes.
 */
import type { EntryOrigin, NodeKind } from './vocabulary.ts';
import type { RelationshipType } from './relationship-rules.ts';

/** One piece of evidence: `quote` is `text.slice(start, end)` of the document `documentId` (UTF-16 offsets). */
export interface EvidenceRecord {
  documentId: string;
  quote: string;
  start: number;
  end: number;
}

/** The identity of a piece of evidence: `documentId|start|end`. */
export function evidenceKey(evidence: EvidenceRecord): string {
  return `${evidence.documentId}|${evidence.start}|${evidence.end}`;
}

/** A node to write: `properties` are strings and string lists, `dates` are `YYYY-MM-DD` (Neo4j DATE). */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  properties: Record<string, string | string[]>;
  dates: Record<string, string>;
  evidence: EvidenceRecord[];
  /** Where it was declared, e.g. `actors[3] (mofcom)`. */
  entry: string;
}

/** A relationship to write, identified by `id` (see relationshipId). */
export interface GraphRelationship {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  properties: Record<string, string>;
  dates: Record<string, string>;
  evidence: EvidenceRecord[];
  /** Where it was declared, e.g. `statements[2] (mao-ning-…)` and field `saidTo`. */
  entry: string;
  field: string;
}

/** One seed file, validated: its document's id and the whole graph it supports. */
export interface ValidatedDocument {
  /** The YAML file's path as given. */
  file: string;
  documentId: string;
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** One entry of a reviewed document: its section, key (id, or `from TYPE to`) and origin. */
export interface EntryProvenanceRecord {
  section: string;
  id: string;
  origin: EntryOrigin;
}

/**
 * The review of a loaded document as the seed loader stores it on the document node (`review`,
 * JSON): who reviewed it and when, the counts of the review report, each entry's origin, and
 * `facts`, the origin of every node id and relationship id the document's file states (what
 * `Evidence.provenance` answers from).
 */
export interface StoredReview {
  documentId: string;
  reviewedBy: string;
  /** ISO 8601 UTC. */
  reviewedAt: string;
  acceptedUnchanged: number;
  edited: number;
  rejected: number;
  added: number;
  entries: EntryProvenanceRecord[];
  facts: Record<string, EntryOrigin>;
}
