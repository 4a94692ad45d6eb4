/**
 * The bulk loader's offline path (Neo4j's offline importer) against its transactional path: the
 * same small synthetic graph, with text that CSV gets wrong when quoted carelessly (quotes, line
 * breaks, backslashes, commas, several scripts, the array delimiter itself), loaded through
 * transactions into the shared test database and offline into a Neo4j home of this file's own.
 * Full dumps of both must be equal, but for the empty `aliases` and evidence lists the importer
 * cannot store (absent, which the data model reads as empty), and every GraphQL answer over both
 * stores the same; a failed import and invalid documents leave the store as it was.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import {
  DbError,
  createDriver,
  freePort,
  importIntoLocalStore,
  startLocalNeo4j,
  type LocalNeo4j,
} from '@policygraph/db';
import { SeedValidationError } from '@policygraph/graph-seed';
import { EXPECTED_INDEXES } from '@policygraph/model';
import {
  bulkLoad,
  finishBulkSchema,
  finishOfflineLoad,
  loadGraph,
  offlineLoad,
  prepareBulkSchema,
  syntheticGraph,
  type OfflineLoadSummary,
} from '@policygraph/synthetic';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { appOver, queryData } from './api-helpers.ts';
import {
  absentListsAsEmpty,
  dumpGraph,
  HOSTILE_NAME,
  NODE_ANSWER,
  withHostileText,
  type GraphDump,
} from './bulk-offline-support.ts';

const database = testConnection().database;
const documents = withHostileText([...syntheticGraph({ nodes: 1_000 }).documents()]);
const home = mkdtempSync(path.join(os.tmpdir(), 'policygraph-offline-test-'));
let shared: Driver;
let server: LocalNeo4j | null = null;
let driver: Driver | null = null;
let summary: OfflineLoadSummary;
let transactional: GraphDump;
let offline: GraphDump;

async function startOwn(): Promise<Driver> {
  server = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    heap: '512m',
    pageCache: '256m',
    timeoutMs: 600_000,
    log: () => {},
  });
  driver = createDriver({ uri: server.uri, local: true });
  return driver;
}

async function stopOwn(): Promise<void> {
  await driver?.close();
  await server?.stop();
  driver = null;
  server = null;
}

beforeAll(async () => {
  shared = testDriver();
  await wipeDatabase(shared);
  await prepareBulkSchema(shared, { database });
  await bulkLoad(shared, () => documents, { database });
  await finishBulkSchema(shared, { database });
  transactional = await dumpGraph(shared, database);

  summary = await offlineLoad(() => documents, { home, heap: '512m', offHeap: '512M' });
  await finishOfflineLoad(await startOwn(), summary.pending);
  offline = await dumpGraph(driver!);
}, 1_500_000);

afterAll(async () => {
  await shared?.close();
  await stopOwn();
  rmSync(home, { recursive: true, force: true });
});

describe('the offline importer path of the bulk loader', () => {
  it('stores exactly what the transactional path stores: nodes, labels, properties, relationships, evidence', () => {
    const ids = new Set(documents.flatMap((d) => d.nodes.map((n) => n.id)));
    expect(offline.nodes).toHaveLength(ids.size);
    expect(offline.relationships).toHaveLength(documents.flatMap((d) => d.relationships).length);
    expect(absentListsAsEmpty(offline.nodes)).toEqual(transactional.nodes);
    expect(offline.relationships).toEqual(transactional.relationships);
  });

  it('leaves empty aliases absent instead of setting them after the import', () => {
    const withoutAliases = documents.flatMap((d) => d.nodes).filter((n) => n.aliases.length === 0);
    expect(withoutAliases.length).toBeGreaterThan(0);
    const stored = new Map(offline.nodes.map((node) => [node.id, node.properties]));
    for (const node of withoutAliases) expect(stored.get(node.id)).not.toHaveProperty('aliases');
  });

  it('answers every GraphQL query over both stores the same', async () => {
    // A busy shared machine must not turn a slow answer into a refusal on one side only.
    const queryTimeoutMs = 120_000;
    const overTransactional = appOver(shared, { queryTimeoutMs });
    const overOffline = appOver(driver!, { connection: { database: undefined }, queryTimeoutMs });
    const nodes = documents.flatMap((d) => d.nodes);
    const withoutAliases = nodes.filter((n) => n.aliases.length === 0);
    const picked = [
      ...withoutAliases.slice(0, 40),
      ...nodes.filter((n) => n.aliases.length > 0).slice(0, 10),
    ];
    const ask = async (query: string, variables: Record<string, unknown>) => {
      const [a, b] = await Promise.all([
        queryData(overTransactional, query, variables),
        queryData(overOffline, query, variables),
      ]);
      expect(b).toEqual(a);
      return a;
    };
    for (const node of picked) {
      const answer = await ask(`query ($id: ID!) { node(id: $id) { ${NODE_ANSWER} } }`, {
        id: node.id,
      });
      expect(answer.node.id).toBe(node.id);
    }
    const ids = picked.slice(0, 3).map((node) => node.id);
    const around = await ask(
      `query ($ids: [ID!]!) { neighborhood(ids: $ids, depth: 1, limit: 100) { truncated nodes { ${NODE_ANSWER} } relationships { id type } } }`,
      { ids },
    );
    expect(around.neighborhood.nodes.length).toBeGreaterThan(ids.length);
    for (const node of withoutAliases.slice(0, 10)) {
      const found = await ask(
        `query ($text: String!) { search(text: $text, first: 20) { score matchedName node { ${NODE_ANSWER} } } }`,
        { text: node.properties.name },
      );
      expect(found.search.map((hit: { node: { id: string } }) => hit.node.id)).toContain(node.id);
    }
  }, 300_000);

  it('keeps quotes, line breaks, backslashes and every script intact, choosing another array delimiter', () => {
    const hostile = offline.nodes.find((node) => node.properties.name === HOSTILE_NAME);
    expect(hostile?.properties.aliases).toContain('tab\tand unit\u001fseparator');
    expect(summary.arrayDelimiter).toBe('\u001e');
  });

  it('gives measures the status of their latest report and creates every index of the data model', () => {
    const measures = offline.nodes.filter((node) => node.labels.includes('Measure'));
    expect(measures.length).toBeGreaterThan(0);
    expect(offline.indexes).toEqual(transactional.indexes);
  });

  it('builds the same constraints and indexes as the transactional path, each online', () => {
    // Definitions, states and owning constraints, not only the names.
    expect(offline.schema.constraints.map((constraint) => constraint.name)).toEqual(
      EXPECTED_INDEXES.filter((index) => index.unique)
        .map((index) => index.name)
        .sort(),
    );
    expect(offline.schema.indexes.every((index) => index.state === 'ONLINE')).toBe(true);
    expect(offline.schema).toEqual(transactional.schema);
  });

  it('leaves the store as it was when the import fails or the documents are invalid', async () => {
    await stopOwn();
    writeFileSync(path.join(home, 'bad-nodes.csv'), 'id:ID,:LABEL\n"a","Entity"\n');
    writeFileSync(
      path.join(home, 'bad-rels.csv'),
      ':START_ID,:END_ID,:TYPE\n"a","missing","PART_OF"\n',
    );
    const failed = importIntoLocalStore({
      home,
      nodes: [[path.join(home, 'bad-nodes.csv')]],
      relationships: [[path.join(home, 'bad-rels.csv')]],
      arrayDelimiter: '\u001f',
      heap: '512m',
      offHeap: '512M',
    });
    await expect(failed).rejects.toThrow(DbError);
    await expect(failed).rejects.toThrow(/store is as it was/);

    const invalid = structuredClone(documents.slice(0, 3));
    invalid[2]!.relationships[0]!.to = 'syn-nowhere';
    await expect(offlineLoad(() => invalid, { home })).rejects.toThrow(SeedValidationError);

    expect(await dumpGraph(await startOwn())).toEqual(offline);
  }, 1_200_000);

  it('imports into a home without a store without starting the server first to find it empty', async () => {
    const fresh = mkdtempSync(path.join(os.tmpdir(), 'policygraph-offline-fresh-'));
    const names = ['NEO4J_URI', 'NEO4J_LOCAL_BOLT_PORT'] as const;
    const before = names.map((name) => process.env[name]);
    delete process.env.NEO4J_URI;
    process.env.NEO4J_LOCAL_BOLT_PORT = String(await freePort());
    try {
      const slice = documents.slice(0, 4);
      const result = await loadGraph(() => slice, { home: fresh });
      expect(result.path).toBe('offline');
      if (result.path === 'offline')
        expect(result.summary.relationships).toBe(slice.flatMap((d) => d.relationships).length);
      // One server start in all (on the imported store), where an emptiness check took another.
      const serverLog = readFileSync(path.join(fresh, 'logs', 'neo4j.log'), 'utf8');
      expect(serverLog.match(/ Started\.$/gm)).toHaveLength(1);
    } finally {
      names.forEach((name, index) => {
        if (before[index] === undefined) delete process.env[name];
        else process.env[name] = before[index];
      });
      rmSync(fresh, { recursive: true, force: true });
    }
  }, 600_000);

  it('goes through transactions when NEO4J_URI names a server of its own, and says so', async () => {
    const names = ['NEO4J_URI', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'] as const;
    const before = names.map((name) => process.env[name]);
    const connection = testConnection();
    process.env.NEO4J_URI = connection.uri;
    if (connection.user) process.env.NEO4J_USER = connection.user;
    if (connection.password) process.env.NEO4J_PASSWORD = connection.password;
    if (connection.database) process.env.NEO4J_DATABASE = connection.database;
    try {
      const result = await loadGraph(() => documents.slice(0, 4));
      expect(result.path).toBe('transactions');
      if (result.path === 'transactions') expect(result.reason).toMatch(/NEO4J_URI/);
    } finally {
      names.forEach((name, index) => {
        if (before[index] === undefined) delete process.env[name];
        else process.env[name] = before[index];
      });
    }
  }, 300_000);
});
