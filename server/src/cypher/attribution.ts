/**
 * What the attribution chain of statements is built from (see resolvers/statement-attribution.ts):
 * for each document whose text holds a statement's evidence, its outlet, and the reports it relays
 * (over RELAYS, up to four hops) that the statement is also REPORTED_IN, each with its outlets
 * and the sources it CITES.
 */
import { lines, type CypherQuery } from './query.ts';

/** Longest chain of RELAYS followed from the publishing document. */
export const MAX_RELAY_HOPS = 4;

/**
 * Builds the query; one row per (statement, evidence document): `statementId`, `firstMention`
 * (index of its first evidence entry), `documentId`, `outletIds`, and `relayed`, a list of
 * `{id, hops, outletIds, citedIds}`.
 */
export function buildAttribution(statementIds: readonly string[]): CypherQuery {
  return {
    cypher: lines(
      'UNWIND $ids AS statementId',
      'MATCH (s:Entity:Statement {id: statementId})',
      'WITH s, statementId, coalesce(s.evidenceDocumentIds, []) AS documentIds',
      'UNWIND range(0, size(documentIds) - 1) AS i',
      'MATCH (primary:Entity:Document {id: documentIds[i]})',
      'WITH s, statementId, primary, min(i) AS firstMention',
      'RETURN statementId, firstMention, primary.id AS documentId,',
      '  [(primary)-[:PUBLISHED_BY]->(outlet:Entity) | outlet.id] AS outletIds,',
      `  [chain = (primary)-[:RELAYS*1..${MAX_RELAY_HOPS}]->(relayed:Document)`,
      '    WHERE EXISTS { (s)-[:REPORTED_IN]->(relayed) } | {',
      '      id: relayed.id,',
      '      hops: length(chain),',
      '      outletIds: [(relayed)-[:PUBLISHED_BY]->(outlet:Entity) | outlet.id],',
      '      citedIds: [(relayed)-[:CITES]->(source:Entity) | source.id]',
      '    }] AS relayed',
      'ORDER BY statementId, firstMention',
    ),
    params: { ids: [...statementIds] },
  };
}
