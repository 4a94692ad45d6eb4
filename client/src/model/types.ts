/**
 * The explorer's own view of the graph, independent of the GraphQL documents that fill it
 * (see api/mappers.ts). Ids are the server's ids, unprefixed; Cytoscape element ids are made from
 * them in graph/elementIds.ts. The vocabulary (node kinds, relationship types) is the API's own:
 * the SDL's enums, as codegen writes them.
 */
import type { EntryOrigin, NodeKind, RelationshipType } from '../gql/graphql.ts';

/** A node kind as the API names it (`PERSON`, `MEASURE`, ...): the SDL's `NodeKind` enum. */
export type { NodeKind, RelationshipType };

/**
 * How the fact a piece of evidence supports was made in its document (`Evidence.provenance`):
 * written by hand, or drafted and reviewed (accepted unchanged, edited, added by the reviewer),
 * with who reviewed it and when (null for HAND).
 */
export interface Provenance {
  origin: EntryOrigin;
  /** Absent where only the origin was asked for (whole subgraphs: see api/documents.ts). */
  reviewedBy?: string | null;
  /** ISO 8601 UTC; absent where only the origin was asked for. */
  reviewedAt?: string | null;
}

/** Where a node or relationship is supported: a span of a source document's text. */
export interface Evidence {
  /** Id of the document whose `text` holds the quote. */
  documentId: string;
  /** Title (name) of that document. */
  documentTitle: string;
  /** The exact text, character for character. */
  quote: string;
  /** Start offset in UTF-16 code units into the document text, inclusive. */
  start: number;
  /** End offset, exclusive: `text.slice(start, end) === quote`. */
  end: number;
  /**
   * When the quote is one row of an imported list file: its cells, named by the file's header
   * (`Evidence.row` of the API). Absent when not asked for or not a list row.
   */
  row?: readonly { column: string; value: string }[] | null;
  /** How the supported fact was made; null when its document was not loaded from a seed file. */
  provenance?: Provenance | null;
}

/** What the explorer holds of a statement beyond the common node fields. */
export interface StatementFacts {
  quote: string;
  /** `DIRECT_QUOTE` or `PARAPHRASE`. */
  form: string;
  speakerId: string | null;
  speakerName: string | null;
  /** A short form of the speaker's name for labels (graph/shortName.ts). */
  speakerShortName: string | null;
  saidToId: string | null;
  saidToName: string | null;
  aboutIds: string[];
  aboutNames: string[];
}

/** A node of the graph as shown in the explorer. */
export interface GraphNode {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  /**
   * What tells the node apart from others of the same name (`Node.disambiguation`: kind and
   * country, issuer and date, ...); null when nothing needs saying. See graph/displayName.ts.
   */
  disambiguation?: string | null;
  /** ISO 3166-1 alpha-2 code (or `EU`) for actors; null when unknown or not an actor. */
  country: string | null;
  /**
   * The date the timeline places the node at (ISO `YYYY-MM-DD`): a statement's date, a measure's
   * announcement (or effective) date, a document's publication date; null for undated nodes.
   */
  date: string | null;
  /** Further scalar properties worth showing or exporting (status, measureTypes, documentType, ...). */
  properties: Record<string, string | number | boolean | string[] | null>;
  /** Evidence of where the node is mentioned (always present for statements). */
  evidence: Evidence[];
  /** Set for statements only. */
  statement: StatementFacts | null;
}

/** A relationship of the graph; `source` and `target` are node ids. */
export interface GraphRelationship {
  id: string;
  type: RelationshipType;
  source: string;
  target: string;
  evidence: Evidence[];
  /** Relationship properties such as `role`, `status`, `asOf`. */
  properties: Record<string, string | number | boolean | null>;
}

/** A set of nodes and the relationships among them, as a query returned it. */
export interface Subgraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
  /** True when the server capped the result. */
  truncated: boolean;
  /** Ids asked for that a merge absorbed, each with the node it now is (among `nodes`). */
  resolvedIds?: ResolvedId[];
}

/** An id asked for that was merged into another node (`asked`), and that node's id. */
export interface ResolvedId {
  asked: string;
  id: string;
}
