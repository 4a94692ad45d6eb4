/**
 * Helpers of the seed integration tests: a full dump of the graph to compare before and after a
 * load, and the fixture paths.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';

/** test/fixtures/seed/<name>. */
export function seedFixture(name: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seed', name);
}

/** A value with its Neo4j type kept (so an integer turned float, or a date turned string, shows). */
function tagged(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (Array.isArray(value)) return value.map(tagged);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, tagged(inner)]),
    );
  }
  return value;
}

/** Every node (labels, properties) and relationship (type, ends, properties) as sorted JSON lines. */
export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/** A full dump of the database content, independent of element ids and order. */
export async function dumpGraph(driver: Driver, database?: string): Promise<GraphDump> {
  const read = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties',
    {},
    read,
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, elementId(a)) AS from, ' +
      'coalesce(b.id, elementId(b)) AS to, properties(r) AS properties',
    {},
    read,
  );
  const lines = (records: typeof nodes.records) =>
    records.map((record) => JSON.stringify(tagged(record.toObject()))).sort();
  return { nodes: lines(nodes.records), relationships: lines(relationships.records) };
}
