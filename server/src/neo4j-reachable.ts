/**
 * Whether Neo4j answers before the API says it does: `npm start` with `NEO4J_URI` pointing at a
 * server that is down logged "Neo4j reachable" from the configuration alone.
 */
import type { Driver } from 'neo4j-driver';

/** What one connectivity check found: reachable, or not with the driver's reason in words. */
export type Reachability = { reachable: true } | { reachable: false; reason: string };

/**
 * Asks the server for its identity once over Bolt (`driver.getServerInfo`, authentication
 * included), waiting no longer than the driver's connection timeout. Never throws.
 */
export async function checkReachable(driver: Driver, database?: string): Promise<Reachability> {
  try {
    await driver.getServerInfo(database === undefined ? {} : { database });
    return { reachable: true };
  } catch (error) {
    const reason = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return { reachable: false, reason };
  }
}
