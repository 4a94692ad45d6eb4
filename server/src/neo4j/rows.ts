/**
 * Plain JavaScript shapes of what the Cypher queries return, after the one conversion boundary
 * (`toPlain` of @policygraph/model, in graph-reader.ts): integers are numbers, dates are ISO `YYYY-MM-DD` strings. The GraphQL resolvers
 * are typed against these (codegen mappers).
 */
import type { NodeKindValue, RelationshipTypeValue } from '../model.ts';

/** One piece of evidence: `quote === text.slice(start, end)` of the document `documentId`. */
export interface EvidenceRow {
  documentId: string;
  quote: string;
  /** UTF-16 offset into Document.text, inclusive. */
  start: number;
  /** UTF-16 offset into Document.text, exclusive. */
  end: number;
  /** The id of the node or relationship the evidence supports (what `Evidence.provenance` looks up). */
  ownerId: string;
}

/** A node (`:Entity`) with every property but `text` (see `hasText`). Absent properties are null. */
export interface NodeRow {
  id: string;
  kind: NodeKindValue;
  name: string;
  aliases: string[];
  description: string | null;
  evidence: EvidenceRow[];
  /** Every other property of the node, by name (country, status, quote, publishedOn, ...). */
  properties: Record<string, unknown>;
  /** True for a document whose full text is held (fetched separately: it can be long). */
  hasText: boolean;
  /** Set by `node(id:)` when asked for an id merged into this node: that id. */
  resolvedFrom?: string;
}

/** A relationship, pointing from its subject (`source`) to its object (`target`). */
export interface RelationshipRow {
  id: string;
  type: RelationshipTypeValue;
  source: string;
  target: string;
  evidence: EvidenceRow[];
  /** `HOLDS_ROLE.role`. */
  role: string | null;
  /** `REPORTS_STATUS.status`. */
  status: string | null;
  /** `REPORTS_STATUS.asOf`, `YYYY-MM-DD`. */
  asOf: string | null;
  /** Every other property of the relationship, by name (`listedOn`, `sourceUrl`, ... of LISTS). */
  properties: Record<string, unknown>;
}

/** An id asked for that a merge absorbed, and the id of the node it now names (cypher/resolve-ids.ts). */
export interface ResolvedIdRow {
  asked: string;
  id: string;
}

/** Nodes and relationships returned together (a neighbourhood or one path). */
export interface SubgraphRow {
  nodes: NodeRow[];
  relationships: RelationshipRow[];
  truncated: boolean;
  /** The absorbed ids asked for, each with its survivor, by the id asked for. */
  resolvedIds: ResolvedIdRow[];
}

/** A neighbour reached over one relationship. */
export interface RelatedRow {
  node: NodeRow;
  relationship: RelationshipRow;
}

/** One full-text search result. */
export interface SearchHitRow {
  node: NodeRow;
  score: number;
  matchedName: string;
}

/** One hit of a search page, with its Relay cursor. */
export interface SearchEdgeRow extends SearchHitRow {
  cursor: string;
}

/** A page of search hits (see resolvers/query-search.ts). */
export interface SearchPageRow {
  hits: SearchHitRow[];
  /** Position of the page's first hit in the ranked hits of the kinds asked for. */
  offset: number;
  totalCount: number;
  kindCounts: { kind: NodeKindValue; count: number }[];
}

/** A page of a Relay connection, with the offset it starts at. */
export interface ConnectionRow<T> {
  nodes: T[];
  totalCount: number;
  offset: number;
}

/** A `HOLDS_ROLE` relationship seen from either end. */
export interface RoleRow {
  role: string;
  personId: string;
  organisationId: string;
  evidence: EvidenceRow[];
}

/** A `REPORTS_STATUS` relationship: a document reporting a measure's status as of a date. */
export interface StatusReportRow {
  status: string;
  asOf: string | null;
  documentId: string;
  evidence: EvidenceRow[];
}

/** A page of nodes (statements or measures) as the connection resolvers receive it. */
export type NodeConnectionRow = ConnectionRow<NodeRow>;

/** One edge of a connection: the node and its opaque cursor. */
export interface EdgeRow {
  cursor: string;
  node: NodeRow;
}
