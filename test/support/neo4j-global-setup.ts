/**
 * Vitest global set-up: gives the tests a real Neo4j they may wipe.
 * - NEO4J_TEST_URI set: that server (with NEO4J_TEST_USER / NEO4J_TEST_PASSWORD / NEO4J_TEST_DATABASE).
 *   Its database is emptied by the tests: never point it at data you keep.
 * - otherwise: starts the built-in Neo4j on a free port with a throwaway store in a temp folder, and
 *   stops it (deleting the store) when the run ends.
 * NEO4J_URI is deliberately not used here, so a developer's own database is never wiped by a test run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, startLocalNeo4j } from '@policygraph/db';
import type { TestNeo4j } from './neo4j.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_TEST_URI) {
    const external: TestNeo4j = {
      uri: process.env.NEO4J_TEST_URI,
      user: process.env.NEO4J_TEST_USER ?? 'neo4j',
      password: process.env.NEO4J_TEST_PASSWORD ?? '',
      database: process.env.NEO4J_TEST_DATABASE ?? '',
      home: '',
    };
    project.provide('neo4j', external);
    return async () => {};
  }
  const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-test-neo4j-'));
  const server = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    heap: '768m',
    pageCache: '256m',
    log: (line) => console.error(line),
  });
  console.error(`[test] Neo4j started on ${server.uri} in ${server.startupMs} ms (store ${home})`);
  const local: TestNeo4j = { uri: server.uri, user: '', password: '', database: '', home };
  project.provide('neo4j', local);
  return async () => {
    await server.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
