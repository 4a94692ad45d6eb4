/**
 * What the tests know of the Neo4j the global set-up gave them, and helpers over it.
 */
import { inject } from 'vitest';
import neo4j, { type Driver } from 'neo4j-driver';
import { createDriver, type Neo4jConnection } from '@policygraph/db';

/** The server the global set-up provided (empty user/password/database mean none/default). */
export interface TestNeo4j {
  uri: string;
  user: string;
  password: string;
  database: string;
  /** Home folder of the throwaway local server; '' for NEO4J_TEST_URI. */
  home: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4j;
  }
}

/** The connection to the test database, in the shape the rest of the project takes. */
export function testConnection(): Neo4jConnection {
  const server = inject('neo4j');
  return server.home
    ? { uri: server.uri, local: true }
    : {
        uri: server.uri,
        user: server.user,
        password: server.password,
        database: server.database || undefined,
        local: false,
      };
}

/** A driver to the test database; close it in afterAll. */
export function testDriver(): Driver {
  return createDriver(testConnection());
}

/** Deletes every node and relationship, and drops every constraint and index, of the test database. */
export async function wipeDatabase(driver: Driver): Promise<void> {
  const database = testConnection().database;
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
  const { records } = await driver.executeQuery(
    'SHOW CONSTRAINTS YIELD name RETURN name',
    {},
    { database },
  );
  for (const record of records) {
    await driver.executeQuery(
      `DROP CONSTRAINT \`${record.get('name') as string}\` IF EXISTS`,
      {},
      { database },
    );
  }
  const indexes = await driver.executeQuery(
    "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    {},
    { database },
  );
  for (const record of indexes.records) {
    await driver.executeQuery(
      `DROP INDEX \`${record.get('name') as string}\` IF EXISTS`,
      {},
      { database },
    );
  }
}

/**
 * Total database hits of a PROFILE plan (`ResultSummary.profile`): the hits of every operator in
 * the tree. Unlike time, they do not depend on the machine's load.
 */
export function planDbHits(profile: unknown): number {
  const walk = (plan: { dbHits: number; children: unknown[] }): number =>
    plan.dbHits + plan.children.reduce((sum: number, child) => sum + walk(child as typeof plan), 0);
  return walk(profile as { dbHits: number; children: unknown[] });
}

export { neo4j };
