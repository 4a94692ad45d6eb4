/**
 * What an import changed, counted by comparing what it touches before and after its writes (in
 * its transaction): nodes and relationships created, those whose labels or properties differ, and
 * how many properties differ. Neo4j's own counters count every SET, even of an unchanged value,
 * so a re-import would seem to set hundreds of properties; this counts what is different.
 */
import { type CypherQuery, toPlain } from '@policygraph/model';

/** The state of touched elements: key (`node:<id>` or `rel:<id>`) → property name → value as JSON. */
export type TouchedState = Map<string, Map<string, string>>;

/** What changed: counts of elements and of properties (labels count as one property). */
export interface ChangeCounts {
  nodesCreated: number;
  nodesUpdated: number;
  relationshipsCreated: number;
  relationshipsUpdated: number;
  propertiesChanged: number;
}

/** Nodes with `nodeIds` and relationships `{id, from, to}`: rows `{key, labels, properties}`. */
export function buildTouchedQuery(
  nodeIds: readonly string[],
  relationships: readonly { id: string; from: string; to: string }[],
): CypherQuery {
  return {
    cypher: [
      'CALL () {',
      '  UNWIND $nodeIds AS id',
      '  MATCH (n:Entity {id: id})',
      "  RETURN 'node:' + id AS key, labels(n) AS labels, properties(n) AS properties",
      '  UNION ALL',
      '  UNWIND $relationships AS x',
      '  MATCH (:Entity {id: x.from})-[r]->(:Entity {id: x.to})',
      '  WHERE r.id = x.id',
      "  RETURN 'rel:' + x.id AS key, [] AS labels, properties(r) AS properties",
      '}',
      'RETURN key, labels, properties',
    ].join('\n'),
    params: {
      nodeIds: [...nodeIds],
      relationships: relationships.map(({ id, from, to }) => ({ id, from, to })),
    },
  };
}

/** The rows of buildTouchedQuery as a TouchedState. */
export function touchedState(
  rows: readonly { key: string; labels: readonly string[]; properties: Record<string, unknown> }[],
): TouchedState {
  const state: TouchedState = new Map();
  for (const row of rows) {
    const values = new Map<string, string>();
    const labels = [...row.labels].sort();
    if (labels.length > 0) values.set(':labels', JSON.stringify(labels));
    for (const [name, value] of Object.entries(toPlain(row.properties) as Record<string, unknown>))
      values.set(name, JSON.stringify(value));
    state.set(row.key, values);
  }
  return state;
}

/** What differs between `before` and `after` (elements only in `after` are created). */
export function countChanges(before: TouchedState, after: TouchedState): ChangeCounts {
  const counts: ChangeCounts = {
    nodesCreated: 0,
    nodesUpdated: 0,
    relationshipsCreated: 0,
    relationshipsUpdated: 0,
    propertiesChanged: 0,
  };
  for (const [key, values] of after) {
    const node = key.startsWith('node:');
    const old = before.get(key);
    if (!old) {
      counts[node ? 'nodesCreated' : 'relationshipsCreated'] += 1;
      counts.propertiesChanged += values.size;
      continue;
    }
    const names = new Set([...old.keys(), ...values.keys()]);
    const differing = [...names].filter((name) => old.get(name) !== values.get(name)).length;
    if (differing === 0) continue;
    counts[node ? 'nodesUpdated' : 'relationshipsUpdated'] += 1;
    counts.propertiesChanged += differing;
  }
  return counts;
}
