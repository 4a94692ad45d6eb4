/**
 * Merges undone by an import's removal (remove-import.ts): a merge whose absorbed node, as the
 * merge snapshotted it, was supported only by the removed import (every evidence entry and identity
 * record of that import, no text) would not have happened without it. Inside the removal's
 * transaction, after the other imports are written again, the survivor loses what the merge gave it
 * (the absorbed id and those it had absorbed in `absorbedIds`, the properties it filled in and their
 * `propertySources`, the absorbed node's name and aliases that nothing else gives) and the
 * `:MergeRecord` goes with its snapshots. Its evidence, identity records, alias sources and
 * relationships from the removed import are withdrawn by the removal itself (build-withdraw.ts).
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { CypherQuery } from '@policygraph/model';
import type { StoredProperties } from './node-merge-plan.ts';

/**
 * The merges whose absorbed node only `documentId` supported, latest first. Rows
 * `{absorbedId, survivorId, survivorBefore, absorbedBefore}` (the snapshots' properties).
 */
export function buildMergesOnlyOf(documentId: string): CypherQuery {
  return {
    cypher: [
      "MATCH (rec:MergeRecord)-[:SNAPSHOT {role: 'ABSORBED'}]->(b:MergeSnapshot)",
      'WITH rec, b, coalesce(b.evidenceDocumentIds, []) + coalesce(b.identityDocumentIds, []) AS support',
      'WHERE b.text IS NULL AND size(support) > 0 AND all(id IN support WHERE id = $documentId)',
      "MATCH (rec)-[:SNAPSHOT {role: 'SURVIVOR'}]->(a:MergeSnapshot)",
      'RETURN rec.absorbedId AS absorbedId, rec.survivorId AS survivorId,',
      '  properties(a) AS survivorBefore, properties(b) AS absorbedBefore',
      'ORDER BY rec.when DESC, rec.absorbedId',
    ].join('\n'),
    params: { documentId },
  };
}

/** Deletes the merge record of `absorbedId` and its snapshots. Row `{deleted}`. */
export function buildDeleteMergeRecord(absorbedId: string): CypherQuery {
  return {
    cypher: [
      'MATCH (rec:MergeRecord {absorbedId: $absorbedId})',
      'OPTIONAL MATCH (rec)-[:SNAPSHOT]->(x:MergeSnapshot)',
      'DETACH DELETE x',
      'WITH DISTINCT rec',
      'DETACH DELETE rec',
      'RETURN count(rec) AS deleted',
    ].join('\n'),
    params: { absorbedId },
  };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The survivor's properties without what merging `absorbedId` gave it. `current` is the survivor
 * now (after the removal withdrew the removed import's evidence and alias sources),
 * `survivorBefore` and `absorbedBefore` the merge's snapshots of the two nodes. Pure.
 */
export function unmergedProperties(
  current: StoredProperties,
  survivorBefore: StoredProperties,
  absorbedBefore: StoredProperties,
  absorbedId: string,
): StoredProperties {
  const next: StoredProperties = { ...current };
  const gone = new Set([absorbedId, ...list(absorbedBefore.absorbedIds).map(String)]);
  const setOrDrop = (key: string, values: unknown[]) => {
    if (values.length > 0 || key in survivorBefore) next[key] = values;
    else delete next[key];
  };
  setOrDrop(
    'absorbedIds',
    list(current.absorbedIds).filter((id) => !gone.has(String(id))),
  );
  const sources = list(current.propertySources).map(String);
  const filled = sources
    .filter((source) => gone.has(source.slice(source.indexOf('|') + 1)))
    .map((source) => source.slice(0, source.indexOf('|')));
  for (const property of filled) {
    if (property in survivorBefore) next[property] = survivorBefore[property];
    else delete next[property];
  }
  setOrDrop(
    'propertySources',
    sources.filter((source) => !gone.has(source.slice(source.indexOf('|') + 1))),
  );
  const brought = new Set([absorbedBefore.name, ...list(absorbedBefore.aliases)].map(String));
  const kept = new Set([
    ...list(survivorBefore.aliases).map(String),
    ...list(current.aliasSources).map((source) => {
      const text = String(source);
      return text.slice(text.indexOf('|') + 1);
    }),
  ]);
  const aliases = list(current.aliases).filter(
    (alias) => !brought.has(String(alias)) || kept.has(String(alias)),
  );
  next.aliases = aliases;
  next.names = [current.name, ...aliases];
  return next;
}

/**
 * Undoes, in `tx`, every merge whose absorbed node only the removed import `documentId` supported
 * (see the module comment); the absorbed ids of the merges undone, latest first.
 */
export async function undoMergesOnlyOf(
  tx: ManagedTransaction,
  documentId: string,
): Promise<string[]> {
  const merges = await tx.run(buildMergesOnlyOf(documentId).cypher, { documentId });
  const undone: string[] = [];
  for (const merge of merges.records) {
    const absorbedId = String(merge.get('absorbedId'));
    const survivorId = String(merge.get('survivorId'));
    const survivor = await tx.run('MATCH (s:Entity {id: $id}) RETURN properties(s) AS p', {
      id: survivorId,
    });
    const current = survivor.records[0]?.get('p') as StoredProperties | undefined;
    if (current) {
      const properties = unmergedProperties(
        current,
        merge.get('survivorBefore') as StoredProperties,
        merge.get('absorbedBefore') as StoredProperties,
        absorbedId,
      );
      await tx.run('MATCH (s:Entity {id: $id}) SET s = $properties', {
        id: survivorId,
        properties,
      });
    }
    const deleted = buildDeleteMergeRecord(absorbedId);
    await tx.run(deleted.cypher, deleted.params);
    undone.push(absorbedId);
  }
  return undone;
}
