/**
 * Pure Cypher builders of an import: what it reads before planning (actors, ids in use, earlier
 * versions, listings already stored), the writes of an ImportPlan, and the delistings a newer
 * version of a list reveals. Labels and relationship types come from the model's allow-lists.
 */
import {
  appendEvidenceCypher,
  type CypherQuery,
  type WriteStep,
  BATCH_SIZE,
  evidenceParams,
} from '@policygraph/model';
import type { ActorWrite } from './import-plan-types.ts';
import { actorLabels } from './import-plan.ts';

/**
 * Every actor with what the merge rules and the match score need; rows `{id, kind, name, aliases,
 * country, description, wikidataId, datasets, primaryNames, rows}`. `primaryNames` are the names rows matched to the node gave as
 * theirs; `rows` are the listed actor's own rows (`documentId|row`), not the rows that merely name
 * an issuing body.
 */
export const ACTORS_QUERY: CypherQuery = {
  cypher: [
    'MATCH (a:Actor)',
    'WITH a, coalesce(a.identityDocumentIds, []) AS docs, coalesce(a.identityRows, []) AS rows, coalesce(a.identityRules, []) AS rules',
    'RETURN a.id AS id, a.kind AS kind, a.name AS name, coalesce(a.aliases, []) AS aliases, a.country AS country, a.description AS description,',
    '  a.wikidataId AS wikidataId, coalesce(a.identityDatasets, []) AS datasets, coalesce(a.identityNames, []) AS primaryNames,',
    "  [i IN range(0, size(docs) - 1) WHERE rules[i] <> 'ISSUING_BODY_TABLE' | docs[i] + '|' + toString(rows[i])] AS rows",
    'ORDER BY id',
  ].join('\n'),
  params: {},
};

/** Every node id in use (new actors get ids no node has). One row `{ids}`. */
export const TAKEN_IDS_QUERY: CypherQuery = {
  cypher: 'MATCH (n:Entity) RETURN collect(n.id) AS ids',
  params: {},
};

/** Earlier imports of the same format covering one of `datasets`: rows `{id, asOf}`, newest first. */
export function buildVersionsQuery(format: string, datasets: readonly string[]): CypherQuery {
  return {
    cypher: [
      "MATCH (d:Document {documentType: 'DATASET'})",
      'WHERE d.importFormat = $format AND any(x IN coalesce(d.datasets, []) WHERE x IN $datasets)',
      'RETURN d.id AS id, toString(d.publishedOn) AS asOf',
      'ORDER BY asOf DESC, id',
    ].join('\n'),
    params: { format, datasets: [...datasets] },
  };
}

/** The provenance stored on a DATASET document: one row `{title, origin, licence, attribution, url}` (none when absent). */
export function buildStoredProvenanceQuery(documentId: string): CypherQuery {
  return {
    cypher: [
      "MATCH (d:Entity:Document {id: $documentId, documentType: 'DATASET'})",
      'RETURN d.title AS title, d.origin AS origin, d.licence AS licence, d.attribution AS attribution, d.url AS url',
    ].join('\n'),
    params: { documentId },
  };
}

/** Which of `ids` are stored LISTS relationships already: rows `{id}`. */
export function buildExistingListingsQuery(ids: readonly string[]): CypherQuery {
  return {
    cypher: 'MATCH ()-[r:LISTS]->() WHERE r.id IN $ids RETURN r.id AS id',
    params: { ids: [...ids] },
  };
}

const IDENTITY_LISTS = [
  ['identityDocumentIds', 'x.documentId'],
  ['identityRows', 'toInteger(x.row)'],
  ['identityDatasets', 'x.dataset'],
  ['identityRules', 'x.rule'],
  ['identityKeys', 'x.key'],
  ['identityNames', 'x.name'],
] as const;

/** Properties an import fills on an actor when the node has none; recorded in `importFilled`. */
export const IMPORT_FILLED_PROPERTIES = ['country', 'wikidataId', 'description'] as const;

/**
 * MERGE of actors by id. A new node gets the row's kind, labels, name, country, Wikidata id and
 * description; an existing node keeps its own (a missing country, Wikidata id or description is
 * filled in). Names unlike the node's name become aliases; evidence and identity records are
 * appended once per `documentId|start|end` and `documentId|row`. What the import (`documentId`)
 * gave is recorded so that removing it takes exactly that (build-withdraw.ts): each alias it gives
 * in `aliasSources` (`documentId|alias`, as a seed document records its own), each property it
 * filled in `importFilled` (`documentId|country`).
 */
export function buildActorWrites(actors: readonly ActorWrite[], documentId: string): WriteStep[] {
  const cypher = [
    'UNWIND $rows AS row',
    'MERGE (n:Entity {id: row.id})',
    'ON CREATE SET n:$(row.labels), n.kind = row.kind, n.name = row.name',
    `WITH n, row, [p IN $filledProperties WHERE n[p] IS NULL AND row[p] IS NOT NULL | $documentId + '|' + p] AS filled`,
    'SET n.country = coalesce(n.country, row.country), n.wikidataId = coalesce(n.wikidataId, row.wikidataId),',
    '  n.description = coalesce(n.description, row.description),',
    '  n.importFilled = CASE WHEN size(filled) = 0 THEN n.importFilled',
    '    ELSE coalesce(n.importFilled, []) + [f IN filled WHERE NOT f IN coalesce(n.importFilled, [])] END',
    'SET n.aliases = coalesce(n.aliases, []) + [alias IN row.aliases WHERE alias <> n.name AND NOT alias IN coalesce(n.aliases, [])]',
    'SET n.names = [n.name] + n.aliases',
    "SET n.aliasSources = coalesce(n.aliasSources, []) + [alias IN row.aliases WHERE alias <> n.name AND NOT $documentId + '|' + alias IN coalesce(n.aliasSources, []) | $documentId + '|' + alias]",
    appendEvidenceCypher('n'),
    'WITH n, row, coalesce(n.identityDocumentIds, []) AS docs, coalesce(n.identityRows, []) AS rows',
    "WITH n, row, [i IN range(0, size(docs) - 1) | docs[i] + '|' + toString(rows[i])] AS known",
    "WITH n, row, [x IN row.identities WHERE NOT x.documentId + '|' + toString(toInteger(x.row)) IN known] AS fresh",
    `SET ${IDENTITY_LISTS.map(([property, value]) => `n.${property} = coalesce(n.${property}, []) + [x IN fresh | ${value}]`).join(',\n    ')}`,
    'RETURN count(n) AS written',
  ].join('\n');
  const steps: WriteStep[] = [];
  for (let at = 0; at < actors.length; at += BATCH_SIZE) {
    const batch = actors.slice(at, at + BATCH_SIZE);
    steps.push({
      description: `${batch.length} actor(s)`,
      cypher,
      expected: batch.length,
      params: {
        documentId,
        filledProperties: [...IMPORT_FILLED_PROPERTIES],
        rows: batch.map((actor) => ({
          id: actor.id,
          kind: actor.kind,
          labels: actorLabels(actor.kind),
          name: actor.name,
          aliases: actor.aliases,
          country: actor.country,
          wikidataId: actor.wikidataId,
          description: actor.description,
          evidence: evidenceParams(actor.evidence),
          identities: actor.identities,
        })),
      },
    });
  }
  return steps;
}

/**
 * Gives the DATASET document `documentId` the next import sequence number (one more than the
 * greatest of the others), unless it has one: the order in which a removal replays the imports
 * that remain (remove-import.ts).
 */
export function buildImportSequence(documentId: string): WriteStep {
  return {
    description: 'the import sequence number',
    cypher: [
      "MATCH (d:Entity:Document {id: $documentId, documentType: 'DATASET'})",
      'CALL (d) {',
      "  OPTIONAL MATCH (o:Document {documentType: 'DATASET'}) WHERE o.id <> d.id",
      '  RETURN max(o.importSequence) AS last',
      '}',
      'SET d.importSequence = coalesce(d.importSequence, coalesce(last, 0) + 1)',
      'RETURN count(d) AS written',
    ].join('\n'),
    params: { documentId },
    expected: 1,
  };
}

/**
 * Listings of `datasets` stored by earlier versions, not delisted, that this version no longer
 * states: delisted as of `asOf`, by absence. A listing dated after `asOf` is left alone (a
 * removal is never dated before the listing). Rows `{id}`.
 */
export function buildDelistAbsent(args: {
  datasets: readonly string[];
  listingIds: readonly string[];
  asOf: string;
  documentId: string;
}): CypherQuery {
  return {
    cypher: [
      'MATCH (:Measure)-[r:LISTS]->(:Actor)',
      'WHERE r.dataset IN $datasets AND r.delistedOn IS NULL AND NOT r.id IN $listingIds',
      '  AND (r.listedOn IS NULL OR r.listedOn <= date($asOf))',
      "SET r.delistedOn = date($asOf), r.delistedBasis = 'ABSENT_FROM_LATER_VERSION', r.delistedIn = $documentId",
      'RETURN r.id AS id',
      'ORDER BY id',
    ].join('\n'),
    params: {
      datasets: [...args.datasets],
      listingIds: [...args.listingIds],
      asOf: args.asOf,
      documentId: args.documentId,
    },
  };
}

/**
 * Listings delisted by absence that this version states again: the delisting is kept as
 * `absentOn`/`absentIn` and cleared. Rows `{id}`.
 */
export function buildRelistPresent(args: {
  listingIds: readonly string[];
  documentId: string;
}): CypherQuery {
  return {
    cypher: [
      'MATCH ()-[r:LISTS]->()',
      "WHERE r.id IN $listingIds AND r.delistedBasis = 'ABSENT_FROM_LATER_VERSION'",
      'SET r.absentOn = r.delistedOn, r.absentIn = r.delistedIn, r.reappearedIn = $documentId',
      'REMOVE r.delistedOn, r.delistedBasis, r.delistedIn',
      'RETURN r.id AS id',
      'ORDER BY id',
    ].join('\n'),
    params: { listingIds: [...args.listingIds], documentId: args.documentId },
  };
}
