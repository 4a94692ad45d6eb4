/**
 * Reads the graph's existing actors, measures, items and documents (id, kind, name, aliases,
 * country, item type) in one
 * read transaction, from the database `npm start` uses: NEO4J_URI when set, else the built-in local
 * server (started for the duration when needed, as `npm run seed` does). With no database reachable
 * it returns null and the reason, and the drafting links nothing.
 */
import { createDriver, ensureNeo4j } from '@policygraph/db';
import type { NodeKind } from '@policygraph/model';
import type { Driver } from 'neo4j-driver';
import type { KnownNode } from './gazetteer.ts';

const QUERY = `
MATCH (n:Entity) WHERE n:Actor OR n:Measure OR n:Document OR n:Item
OPTIONAL CALL (n) {
  MATCH (s:Statement)-[:REPORTED_IN]->(n) WHERE n:Document
  RETURN collect(s.quote) AS quotes
}
RETURN n.id AS id, n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases,
       n.country AS country, n.itemType AS itemType, quotes`;

/** The graph's actors, measures, items and documents, read with `driver` in one read transaction. */
export async function readNodesWith(driver: Driver, database?: string): Promise<KnownNode[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const result = await session.executeRead((tx) => tx.run(QUERY));
    return result.records.map((r) => ({
      id: String(r.get('id')),
      kind: String(r.get('kind')) as NodeKind,
      name: String(r.get('name')),
      aliases: (r.get('aliases') as unknown[]).map(String),
      ...(r.get('country') ? { country: String(r.get('country')) } : {}),
      ...((r.get('quotes') as unknown[] | null)?.length
        ? { quotes: (r.get('quotes') as unknown[]).map(String) }
        : {}),
    }));
  } finally {
    await session.close();
  }
}

/** The graph's nodes, or `{ nodes: null, reason }` when no database answers. */
export async function readGraphNodes(): Promise<{ nodes: KnownNode[] | null; reason?: string }> {
  let server: Awaited<ReturnType<typeof ensureNeo4j>> | undefined;
  try {
    server = await ensureNeo4j({ detached: false });
    const driver = createDriver(server.connection);
    try {
      return { nodes: await readNodesWith(driver, server.connection.database) };
    } finally {
      await driver.close();
    }
  } catch (error) {
    return { nodes: null, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await server?.release().catch(() => undefined);
  }
}
