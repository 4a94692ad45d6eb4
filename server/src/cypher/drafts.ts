/**
 * Cypher of drafts under review: `(:Draft)` nodes holding a document's text, the drafted and the
 * reviewed extraction (seed-file YAML), the sidecar, status and version, and one `(:DraftRevision)`
 * per saved version (what the reviewed extraction was at that version, who saved it and when), so a
 * conflicting save can be told what changed. Drafts are not `:Entity` nodes: search and the
 * explorer's graph never see them.
 */
import neo4j from 'neo4j-driver';
import type { CypherQuery } from './query.ts';

/** The properties of a draft returned by every query, as `d`. */
const DRAFT_FIELDS =
  'd {.id, .documentId, .status, .version, .text, .draftedYaml, .sidecar, .reviewedYaml, .createdBy, .createdAt, .updatedBy, .updatedAt, .review, linkedIds: coalesce(d.linkedIds, []), acceptedKeys: coalesce(d.accepted, [])} AS draft';

/** What a new draft holds. */
export interface NewDraft {
  id: string;
  documentId: string;
  text: string;
  draftedYaml: string;
  sidecar: string | null;
  by: string;
  at: string;
}

/** Creates a draft at version 1, IN_REVIEW, its reviewed extraction the drafted one, and its first revision. */
export function buildCreateDraft(draft: NewDraft): CypherQuery {
  return {
    cypher: [
      'CREATE (d:Draft {id: $id, documentId: $documentId, status: "IN_REVIEW", version: 1, text: $text,',
      '  draftedYaml: $draftedYaml, sidecar: $sidecar, reviewedYaml: $draftedYaml,',
      '  createdBy: $by, createdAt: $at, updatedBy: $by, updatedAt: $at})',
      'CREATE (d)-[:HAS_REVISION]->(:DraftRevision {version: 1, reviewedYaml: $draftedYaml, by: $by, at: $at})',
      `RETURN ${DRAFT_FIELDS}`,
    ].join('\n'),
    params: { ...draft },
  };
}

/** One draft by id (no row when there is none). */
export function buildReadDraft(id: string): CypherQuery {
  return { cypher: `MATCH (d:Draft {id: $id})\nRETURN ${DRAFT_FIELDS}`, params: { id } };
}

/** The drafts, most recently updated first. */
export function buildListDrafts(limit: number): CypherQuery {
  return {
    cypher: `MATCH (d:Draft)\nRETURN ${DRAFT_FIELDS}\nORDER BY d.updatedAt DESC, d.id\nLIMIT $limit`,
    params: { limit: neo4j.int(limit) },
  };
}

/**
 * Saves the reviewed extraction when the draft is IN_REVIEW at `version`: version + 1 and a new
 * revision. `linkedIds` (existing nodes the reviewer linked actors to) and `accepted` (drafted
 * entries accepted, each `section:id`) replace the stored lists; null keeps them. No row when the
 * draft is missing, loaded or at another version (the caller reports it).
 */
export function buildSaveReview(save: {
  id: string;
  version: number;
  reviewedYaml: string;
  /** The reviewed extraction's `document.id`, when it has one: the draft's `documentId` follows it. */
  documentId: string | null;
  linkedIds: readonly string[] | null;
  accepted: readonly string[] | null;
  by: string;
  at: string;
}): CypherQuery {
  return {
    cypher: [
      'MATCH (d:Draft {id: $id})',
      'WHERE d.status = "IN_REVIEW" AND d.version = $version',
      'SET d.reviewedYaml = $reviewedYaml, d.version = d.version + 1, d.updatedBy = $by, d.updatedAt = $at,',
      '  d.documentId = coalesce($documentId, d.documentId),',
      '  d.linkedIds = coalesce($linkedIds, d.linkedIds, []), d.accepted = coalesce($accepted, d.accepted, [])',
      'CREATE (d)-[:HAS_REVISION]->(:DraftRevision {version: d.version, reviewedYaml: $reviewedYaml, by: $by, at: $at})',
      `RETURN ${DRAFT_FIELDS}`,
    ].join('\n'),
    params: {
      ...save,
      linkedIds: save.linkedIds ? [...save.linkedIds] : null,
      accepted: save.accepted ? [...save.accepted] : null,
      version: neo4j.int(save.version),
    },
  };
}

/** The reviewed extraction saved as `version` of a draft, with who saved it (no row when there is none). */
export function buildReadRevision(id: string, version: number): CypherQuery {
  return {
    cypher: [
      'MATCH (:Draft {id: $id})-[:HAS_REVISION]->(r:DraftRevision {version: $version})',
      'RETURN r.reviewedYaml AS reviewedYaml, r.by AS by, r.at AS at',
    ].join('\n'),
    params: { id, version: neo4j.int(version) },
  };
}

/**
 * Marks the draft LOADED with its review (JSON) when it is IN_REVIEW at `version`; no row otherwise.
 * Run in the transaction that writes the document, so both happen or neither.
 */
export function buildMarkLoaded(mark: {
  id: string;
  version: number;
  review: string;
  by: string;
  at: string;
}): CypherQuery {
  return {
    cypher: [
      'MATCH (d:Draft {id: $id})',
      'WHERE d.status = "IN_REVIEW" AND d.version = $version',
      'SET d.status = "LOADED", d.version = d.version + 1, d.review = $review, d.updatedBy = $by, d.updatedAt = $at',
      `RETURN ${DRAFT_FIELDS}`,
    ].join('\n'),
    params: { ...mark, version: neo4j.int(mark.version) },
  };
}

/**
 * The source document stored under `documentId`, if any: one row `{ id }` when a document
 * of that id was loaded (from a seed file or a draft: it declares itself) or imported (it holds the
 * list file's text); no row when there is none, or when the id only names a document that another
 * document mentions (which a draft of it may fill in).
 */
export function buildLoadedDocument(documentId: string): CypherQuery {
  return {
    cypher: [
      'MATCH (n:Entity:Document {id: $documentId})',
      'WHERE n.declaredIn = n.id OR n.text IS NOT NULL',
      'RETURN n.id AS id',
    ].join('\n'),
    params: { documentId },
  };
}

/** Which of `ids` are nodes of the graph: rows `{ id }`. */
export function buildExistingIds(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'UNWIND $ids AS id\nMATCH (n:Entity {id: id})\nRETURN n.id AS id',
    params: { ids: [...ids] },
  };
}
