/**
 * MERGE of relationships for bulk loads, one statement per relationship type. The type is spliced
 * from the allow-list (RELATIONSHIP_TYPES) instead of given as `$(row.type)`: with a static type
 * the planner finds an existing relationship through the range index of its `<type>_id_unique` constraint, whatever
 * the statistics say. With a dynamic type it can only expand between the two nodes or scan every
 * relationship, and on an empty or young database (statistics near zero) it picks the scan, which
 * makes each batch cost as much as the relationships already stored.
 */
import {
  type WriteStep,
  appendEvidenceCypher,
  RELATIONSHIP_DATE_PROPERTIES,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  evidenceKey,
  type GraphRelationship,
} from '@policygraph/model';

/** Rows per UNWIND batch of relationships. */
export const RELATIONSHIP_BATCH_SIZE = 1_000;

/** The MERGE statement for relationships of `type` (which must be in RELATIONSHIP_TYPES). */
export function relationshipMergeCypher(type: RelationshipType): string {
  if (!RELATIONSHIP_TYPES.includes(type))
    throw new Error(`Unknown relationship type ${String(type)}`);
  return [
    'UNWIND $rows AS row',
    'MATCH (a:Entity {id: row.from})',
    'MATCH (b:Entity {id: row.to})',
    `MERGE (a)-[r:${type} {id: row.id}]->(b)`,
    'SET r += row.properties',
    ...(RELATIONSHIP_DATE_PROPERTIES[type] ?? []).map(
      (property) => `SET r.${property} = coalesce(date(row.dates.${property}), r.${property})`,
    ),
    appendEvidenceCypher('r'),
    'RETURN count(r) AS written',
  ].join('\n');
}

/**
 * Write steps for `relationships`, grouped by type in RELATIONSHIP_TYPES order, `batchSize` rows
 * per step; each step must write `expected` rows (else an end node is missing).
 * @throws Error for a type outside the data model.
 */
export function buildTypedRelationshipWrites(
  relationships: readonly GraphRelationship[],
  batchSize = RELATIONSHIP_BATCH_SIZE,
): WriteStep[] {
  const byType = new Map<RelationshipType, GraphRelationship[]>();
  for (const relationship of relationships) {
    if (!RELATIONSHIP_TYPES.includes(relationship.type))
      throw new Error(`Unknown relationship type ${relationship.type}`);
    const list = byType.get(relationship.type);
    if (list) list.push(relationship);
    else byType.set(relationship.type, [relationship]);
  }
  const steps: WriteStep[] = [];
  for (const type of RELATIONSHIP_TYPES) {
    const list = byType.get(type);
    if (!list) continue;
    const cypher = relationshipMergeCypher(type);
    for (let at = 0; at < list.length; at += batchSize) {
      const batch = list.slice(at, at + batchSize);
      steps.push({
        description: `${batch.length} ${type} relationship(s)`,
        cypher,
        expected: batch.length,
        params: {
          rows: batch.map((relationship) => ({
            id: relationship.id,
            from: relationship.from,
            to: relationship.to,
            properties: relationship.properties,
            dates: relationship.dates,
            evidence: relationship.evidence.map((entry) => ({ key: evidenceKey(entry), ...entry })),
          })),
        },
      });
    }
  }
  return steps;
}
