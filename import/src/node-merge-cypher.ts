/**
 * Pure, parameterised Cypher of merging two stored actor nodes and of splitting them again
 * (node-merge-plan.ts says what a merge makes of them; node-merge.ts runs these steps in one write
 * transaction). Nothing is lost: before anything changes, the merge writes a `:MergeRecord` (no
 * `:Entity` label, so search, neighbourhoods and paths never see it) holding who, when and why,
 * and `:MergeSnapshot` nodes, each a copy of every property of one thing as it was: the survivor,
 * the absorbed node (with its labels), each relationship of the absorbed node, and each of the
 * survivor's relationships a moved one was combined with; and after the merge, the survivor as
 * merged. A split writes those snapshots back and deletes the record. Each step returns `written`,
 * the number of rows it touched, which the runner checks against `expected`.
 */
import type { WriteStep } from '@policygraph/model';
import { RELATIONSHIP_TYPES, type CypherQuery } from '@policygraph/model';
import type { MergePlan } from './node-merge-plan.ts';

/** Who merged or split, when (ISO 8601) and why, and the match score shown then (null: none). */
export interface EditMeta {
  who: string;
  when: string;
  why: string;
  score: number | null;
}

const lines = (...parts: string[]) => parts.join('\n');

/** Reads what planMerge needs: both nodes, the absorbed node's relationships, the survivor's. */
export function buildMergeRead(survivorId: string, absorbedId: string): CypherQuery {
  const rels = (n: string) =>
    `COLLECT { MATCH (${n})-[r]-(x) RETURN {id: r.id, type: type(r), start: startNode(r).id, end: endNode(r).id, properties: properties(r)} AS rel ORDER BY rel.id, rel.start }`;
  return {
    cypher: lines(
      'OPTIONAL MATCH (a:Entity {id: $survivorId})',
      'OPTIONAL MATCH (b:Entity {id: $absorbedId})',
      'RETURN a IS NOT NULL AS survivorFound, b IS NOT NULL AS absorbedFound,',
      '  a.kind AS survivorKind, b.kind AS absorbedKind,',
      '  properties(a) AS survivor, properties(b) AS absorbed, labels(b) AS absorbedLabels,',
      `  CASE WHEN b IS NULL THEN [] ELSE ${rels('b')} END AS absorbedRelationships,`,
      `  CASE WHEN a IS NULL THEN [] ELSE ${rels('a')} END AS survivorRelationships`,
    ),
    params: { survivorId, absorbedId },
  };
}

const RECORD = 'MATCH (rec:MergeRecord {absorbedId: $absorbedId})';

/** The steps of a merge, in order (see the module comment). */
export function buildMergeSteps(plan: MergePlan, meta: EditMeta): WriteStep[] {
  const ids = { survivorId: plan.survivorId, absorbedId: plan.absorbedId };
  const moved = plan.moves.map((move) => ({
    id: move.before.id,
    type: move.before.type,
    start: move.before.start,
    end: move.before.end,
    action: move.action,
    movedId: move.after?.id ?? null,
  }));
  const combined = plan.moves.filter((m) => m.action === 'COMBINE').map((m) => m.after!);
  const created = plan.moves.filter((m) => m.action === 'CREATE').map((m) => m.after!);
  const relationship = (row: string) =>
    `MATCH (s:Entity {id: ${row}.start})-[r]->(e:Entity {id: ${row}.end}) WHERE r.id = ${row}.id AND type(r) = ${row}.type`;
  return [
    {
      description: 'the merge record and the snapshots of both nodes',
      expected: 1,
      cypher: lines(
        'MATCH (a:Entity {id: $survivorId}), (b:Entity {id: $absorbedId})',
        'CREATE (rec:MergeRecord {absorbedId: $absorbedId, survivorId: $survivorId, who: $who, when: $when, why: $why, score: $score})',
        "CREATE (rec)-[:SNAPSHOT {role: 'SURVIVOR'}]->(sa:MergeSnapshot)",
        'SET sa = properties(a)',
        "CREATE (rec)-[:SNAPSHOT {role: 'ABSORBED', labels: labels(b)}]->(sb:MergeSnapshot)",
        'SET sb = properties(b)',
        'RETURN count(*) AS written',
      ),
      params: { ...ids, ...meta },
    },
    {
      description: "snapshots of the absorbed node's relationships",
      expected: moved.length,
      cypher: lines(
        RECORD,
        'UNWIND $moved AS row',
        relationship('row'),
        "CREATE (rec)-[:SNAPSHOT {role: 'ABSORBED_RELATIONSHIP', id: row.id, type: row.type, start: row.start, end: row.end, action: row.action, movedId: row.movedId}]->(x:MergeSnapshot)",
        'SET x = properties(r)',
        'RETURN count(*) AS written',
      ),
      params: { absorbedId: plan.absorbedId, moved },
    },
    {
      description: "snapshots of the survivor's relationships combined with moved ones",
      expected: combined.length,
      cypher: lines(
        RECORD,
        'UNWIND $combined AS row',
        relationship('row'),
        "CREATE (rec)-[:SNAPSHOT {role: 'SURVIVOR_RELATIONSHIP', id: row.id, type: row.type, start: row.start, end: row.end}]->(x:MergeSnapshot)",
        'SET x = properties(r)',
        'SET r = row.properties',
        'RETURN count(*) AS written',
      ),
      params: {
        absorbedId: plan.absorbedId,
        combined: combined.map(({ id, type, start, end, properties }) => ({
          id,
          type,
          start,
          end,
          properties,
        })),
      },
    },
    {
      description: 'the moved relationships, now of the survivor',
      expected: created.length,
      cypher: lines(
        'UNWIND $created AS row',
        'MATCH (s:Entity {id: row.start}), (e:Entity {id: row.end})',
        'WHERE row.type IN $types',
        'CREATE (s)-[r:$(row.type)]->(e)',
        'SET r = row.properties',
        'RETURN count(*) AS written',
      ),
      params: {
        created: created.map(({ type, start, end, properties }) => ({
          type,
          start,
          end,
          properties,
        })),
        types: [...RELATIONSHIP_TYPES],
      },
    },
    {
      description: 'the absorbed node deleted, the survivor merged',
      expected: 1,
      cypher: lines(
        'MATCH (a:Entity {id: $survivorId}), (b:Entity {id: $absorbedId})',
        'DETACH DELETE b',
        'WITH a',
        'SET a = $properties',
        'WITH a',
        RECORD,
        "CREATE (rec)-[:SNAPSHOT {role: 'SURVIVOR_AFTER'}]->(x:MergeSnapshot)",
        'SET x = properties(a)',
        'RETURN count(*) AS written',
      ),
      params: { ...ids, properties: plan.survivorProperties },
    },
    {
      description: 'earlier merges into the absorbed node now lead to the survivor',
      expected: -1,
      ...buildForwardMergeRecords(plan.survivorId, plan.absorbedId),
    },
  ];
}

/**
 * Points the merge records whose survivor is `absorbedId` (earlier merges into the node being
 * absorbed) at `survivorId`, so that following an absorbed id takes one step. Found through the
 * `merge_record_survivor` index, not a scan of every merge record. Returns `written`.
 */
export function buildForwardMergeRecords(survivorId: string, absorbedId: string): CypherQuery {
  return {
    cypher: lines(
      'MATCH (r:MergeRecord {survivorId: $absorbedId})',
      'SET r.survivorId = $survivorId',
      'RETURN count(*) AS written',
    ),
    params: { survivorId, absorbedId },
  };
}

/**
 * Reads the merge record of `absorbedId` for a split: whether it exists, its survivor, whether the
 * survivor is still as the merge left it (`unchanged`), whether the absorbed id is an `:Entity`
 * again, and the snapshots of relationships.
 */
export function buildSplitRead(absorbedId: string): CypherQuery {
  return {
    cypher: lines(
      'OPTIONAL MATCH (rec:MergeRecord {absorbedId: $absorbedId})',
      "OPTIONAL MATCH (rec)-[:SNAPSHOT {role: 'SURVIVOR'}]->(before:MergeSnapshot)",
      "OPTIONAL MATCH (rec)-[:SNAPSHOT {role: 'SURVIVOR_AFTER'}]->(after:MergeSnapshot)",
      'OPTIONAL MATCH (a:Entity {id: before.id})',
      'RETURN rec IS NOT NULL AS found, before.id AS survivorId, rec.survivorId AS currentSurvivorId,',
      '  a IS NOT NULL AS survivorFound, coalesce(properties(a) = properties(after), false) AS unchanged,',
      '  EXISTS { MATCH (:Entity {id: $absorbedId}) } AS absorbedExists,',
      '  rec.who AS who, rec.when AS when, rec.why AS why,',
      "  COLLECT { MATCH (rec)-[k:SNAPSHOT {role: 'ABSORBED_RELATIONSHIP'}]->() RETURN {id: k.id, type: k.type, start: k.start, end: k.end, action: k.action, movedId: k.movedId} AS m ORDER BY m.id } AS moves",
    ),
    params: { absorbedId },
  };
}

/** A relationship snapshot as buildSplitRead returns it. */
export interface MoveRecord {
  id: string;
  type: string;
  start: string;
  end: string;
  action: 'CREATE' | 'COMBINE' | 'DROP';
  movedId: string | null;
}

/** The steps of a split of `absorbedId` from `survivorId`, in order (see the module comment). */
export function buildSplitSteps(
  survivorId: string,
  absorbedId: string,
  moves: readonly MoveRecord[],
): WriteStep[] {
  const ids = { survivorId, absorbedId };
  const swap = (end: string) => (end === absorbedId ? survivorId : end);
  const moved = (action: MoveRecord['action']) =>
    moves
      .filter((m) => m.action === action)
      .map((m) => ({ id: m.movedId, type: m.type, start: swap(m.start), end: swap(m.end) }));
  const relationship =
    'MATCH (s:Entity {id: row.start})-[r]->(e:Entity {id: row.end}) WHERE r.id = row.id AND type(r) = row.type';
  const created = moved('CREATE');
  const combined = moved('COMBINE');
  return [
    {
      description: 'the relationships the merge created, deleted',
      expected: created.length,
      cypher: lines(
        'UNWIND $created AS row',
        relationship,
        'DELETE r',
        'RETURN count(*) AS written',
      ),
      params: { created },
    },
    {
      description: "the survivor's relationships a moved one was combined with, as they were",
      expected: combined.length,
      cypher: lines(
        RECORD,
        'UNWIND $combined AS row',
        "MATCH (rec)-[:SNAPSHOT {role: 'SURVIVOR_RELATIONSHIP', id: row.id}]->(x:MergeSnapshot)",
        relationship,
        'SET r = properties(x)',
        'RETURN count(*) AS written',
      ),
      params: { absorbedId, combined },
    },
    {
      description: 'the survivor as it was, the absorbed node again',
      expected: 1,
      cypher: lines(
        RECORD,
        "MATCH (rec)-[:SNAPSHOT {role: 'SURVIVOR'}]->(sa:MergeSnapshot), (a:Entity {id: $survivorId})",
        "MATCH (rec)-[k:SNAPSHOT {role: 'ABSORBED'}]->(sb:MergeSnapshot)",
        'SET a = properties(sa)',
        'CREATE (b:$(k.labels))',
        'SET b = properties(sb)',
        'RETURN count(*) AS written',
      ),
      params: ids,
    },
    {
      description: "the absorbed node's relationships again",
      expected: moves.length,
      cypher: lines(
        RECORD,
        "MATCH (rec)-[k:SNAPSHOT {role: 'ABSORBED_RELATIONSHIP'}]->(x:MergeSnapshot)",
        'MATCH (s:Entity {id: k.start}), (e:Entity {id: k.end})',
        'WHERE k.type IN $types',
        'CREATE (s)-[r:$(k.type)]->(e)',
        'SET r = properties(x)',
        'RETURN count(*) AS written',
      ),
      params: { absorbedId, types: [...RELATIONSHIP_TYPES] },
    },
    {
      description: 'merges into the absorbed node lead to it again; the record deleted',
      expected: 1,
      cypher: lines(
        'MATCH (b:Entity {id: $absorbedId})',
        'CALL (b) {',
        '  MATCH (r:MergeRecord) WHERE r.absorbedId IN coalesce(b.absorbedIds, [])',
        '  SET r.survivorId = b.id',
        '}',
        'WITH DISTINCT b',
        RECORD,
        'OPTIONAL MATCH (rec)-[:SNAPSHOT]->(x:MergeSnapshot)',
        'WITH rec, collect(x) AS snapshots',
        'FOREACH (x IN snapshots | DETACH DELETE x)',
        'DETACH DELETE rec',
        'RETURN count(*) AS written',
      ),
      params: ids,
    },
  ];
}
