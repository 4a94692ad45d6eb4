/**
 * The loader killed in the middle of a load: `npm run seed` (graph-seed/src/cli.ts) runs as a child
 * process against the test Neo4j with a large generated document (5,000 companies and their
 * memberships, one write transaction), and gets SIGKILL once SHOW TRANSACTIONS shows its write
 * transaction holding locks. The graph must be exactly as before (full dump), and loading again
 * must complete.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '@policygraph/db';
import { cypherRows } from './api-helpers.ts';
import { dumpGraph } from './hostile-support.ts';
import { testConnection } from '../support/neo4j.ts';
import { useSeededGraph } from './seeded-api.ts';

const COMPANIES = 5_000;
const pad = (i: number) => String(i).padStart(6, '0');

const graph = useSeededGraph();
let dir: string;
let file: string;

/** Writes the seed files of one large document: a report naming COMPANIES members of an association. */
function writeLargeDocument(folder: string): string {
  const text = ['Load test report', ''];
  const yaml = [
    'document:',
    '  id: load-test-report',
    "  title: 'Load test report'",
    '  documentType: REPORT',
    "  publishedOn: '2024-01-02'",
    "  evidence: ['Load test report']",
    'actors:',
    '  - id: load-test-association',
    '    kind: INDUSTRY_ASSOCIATION',
    '    name: Load Test Association',
    "    evidence: [{ quote: 'Load Test Association', occurrence: 1 }]",
  ];
  const relationships = ['relationships:'];
  for (let i = 0; i < COMPANIES; i += 1) {
    text.push(`Company ${pad(i)} is a member of the Load Test Association.`);
    yaml.push(
      `  - id: load-test-company-${pad(i)}`,
      '    kind: COMPANY',
      `    name: 'Company ${pad(i)}'`,
      `    evidence: ['Company ${pad(i)} is']`,
    );
    relationships.push(
      `  - from: load-test-company-${pad(i)}`,
      '    type: MEMBER_OF',
      '    to: load-test-association',
      `    evidence: ['Company ${pad(i)} is a member']`,
    );
  }
  writeFileSync(path.join(folder, 'load-test-report.txt'), `${text.join('\n')}\n`);
  const yamlFile = path.join(folder, 'load-test-report.yaml');
  writeFileSync(yamlFile, `${[...yaml, ...relationships].join('\n')}\n`);
  return yamlFile;
}

/** Starts the seed CLI (one Node process, no wrapper) on `files` against the test Neo4j. */
function startLoader(files: string[]): {
  child: ChildProcess;
  exit: Promise<number | null>;
  stderr: () => string;
} {
  const connection = testConnection();
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: connection.uri };
  for (const name of ['INIT_CWD', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete env[name];
  if (!connection.local)
    Object.assign(env, {
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      NEO4J_DATABASE: connection.database ?? '',
    });
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(projectRoot, 'graph-seed', 'src', 'cli.ts'), ...files],
    {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exit, stderr: () => stderr };
}

/** The loader's document write: a transaction running MERGE that holds locks (it has written). */
async function openWriteTransaction(): Promise<{ id: string; locks: number } | null> {
  const rows = await cypherRows(
    graph.driver,
    "SHOW TRANSACTIONS YIELD transactionId, currentQuery, activeLockCount WHERE currentQuery CONTAINS 'MERGE' AND activeLockCount > 1000 RETURN transactionId, activeLockCount",
  );
  return rows[0]
    ? { id: rows[0].transactionId as string, locks: Number(rows[0].activeLockCount) }
    : null;
}

async function transactionIds(): Promise<string[]> {
  const rows = await cypherRows(
    graph.driver,
    'SHOW TRANSACTIONS YIELD transactionId RETURN transactionId',
  );
  return rows.map((row) => row.transactionId as string);
}

async function loadTestNodes(): Promise<number> {
  const [row] = await cypherRows(
    graph.driver,
    "MATCH (n:Entity) WHERE n.id STARTS WITH 'load-test-' RETURN count(n) AS n",
  );
  return Number(row!.n);
}

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'policygraph-loader-kill-'));
  file = writeLargeDocument(dir);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the loader killed during its write transaction', () => {
  it('leaves the graph exactly as it was', async () => {
    const before = await dumpGraph(graph.driver);
    const loader = startLoader([file]);
    let open: { id: string; locks: number } | null = null;
    const deadline = Date.now() + 90_000;
    while (!open && Date.now() < deadline) {
      open = await openWriteTransaction();
      if (!open) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(open, `the write transaction was seen open (loader: ${loader.stderr()})`).not.toBeNull();
    loader.child.kill('SIGKILL');
    expect(await loader.exit).toBeNull();
    for (let i = 0; i < 100 && (await transactionIds()).includes(open!.id); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(await transactionIds()).not.toContain(open!.id);
    expect(await loadTestNodes()).toBe(0);
    expect(await dumpGraph(graph.driver)).toBe(before);
  }, 150_000);

  it('loads completely when run again', async () => {
    const loader = startLoader([file]);
    expect(await loader.exit, loader.stderr()).toBe(0);
    expect(await loadTestNodes()).toBe(COMPANIES + 2); // the companies, the association, the report
    const [members] = await cypherRows(
      graph.driver,
      "MATCH (:Entity)-[r:MEMBER_OF]->(:Entity {id: 'load-test-association'}) RETURN count(r) AS n",
    );
    expect(Number(members!.n)).toBe(COMPANIES);
    const [seedStillThere] = await cypherRows(
      graph.driver,
      "MATCH (n:Entity {id: 'mofcom'}) RETURN n.name AS name",
    );
    expect(seedStillThere?.name).toMatch(/Ministry of Commerce/);
  }, 150_000);
});
