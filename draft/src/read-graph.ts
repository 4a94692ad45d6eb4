/**
 * Reads the graph's existing actors, measures, items and documents (id, kind, name, aliases,
 * country, item type; the quotes of the documents being drafted) in one read transaction, from the database `npm start` uses: NEO4J_URI when set, else the built-in local
 * server (started for the duration when needed, as `npm run seed` does). With no database reachable
 * it returns null and the reason, and the drafting links nothing.
 */
import { createDriver, ensureNeo4j } from '@policygraph/db';
import type { NodeKind } from '@policygraph/model';
import type { Driver } from 'neo4j-driver';
import type { KnownNode } from './gazetteer.ts';
import { buildDocumentQuotes, buildKnownNames } from './graph-queries.ts';

/**
 * The graph's actors, measures, items and documents (a light projection, see graph-queries.ts),
 * with the quotes the graph already reports in the documents `documentIds` (the ones being
 * drafted; other documents carry none), read with `driver` in one read transaction.
 */
export async function readNodesWith(
  driver: Driver,
  database?: string,
  documentIds: string[] = [],
): Promise<KnownNode[]> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    const [names, quoted] = await session.executeRead(async (tx) => {
      const known = buildKnownNames();
      const quotes = buildDocumentQuotes(documentIds);
      return [
        await tx.run(known.cypher, known.params),
        documentIds.length > 0 ? (await tx.run(quotes.cypher, quotes.params)).records : [],
      ] as const;
    });
    const quotesOf = new Map(
      quoted.map((r) => [String(r.get('id')), (r.get('quotes') as unknown[]).map(String)]),
    );
    return names.records.map((r) => {
      const id = String(r.get('id'));
      const quotes = quotesOf.get(id);
      return {
        id,
        kind: String(r.get('kind')) as NodeKind,
        name: String(r.get('name')),
        aliases: (r.get('aliases') as unknown[]).map(String),
        ...(r.get('country') ? { country: String(r.get('country')) } : {}),
        ...(r.get('itemType') ? { itemType: r.get('itemType') as KnownNode['itemType'] } : {}),
        ...(quotes?.length ? { quotes } : {}),
      };
    });
  } finally {
    await session.close();
  }
}

/** The graph's nodes (quotes for `documentIds` only), or `{ nodes: null, reason }` when no database answers. */
export async function readGraphNodes(
  documentIds: string[] = [],
): Promise<{ nodes: KnownNode[] | null; reason?: string }> {
  let server: Awaited<ReturnType<typeof ensureNeo4j>> | undefined;
  try {
    server = await ensureNeo4j({ detached: false });
    const driver = createDriver(server.connection);
    try {
      return { nodes: await readNodesWith(driver, server.connection.database, documentIds) };
    } finally {
      await driver.close();
    }
  } catch (error) {
    return { nodes: null, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await server?.release().catch(() => undefined);
  }
}
