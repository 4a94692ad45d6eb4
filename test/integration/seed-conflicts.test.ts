/**
 * Documents that disagree with the database: an id stored as another kind, or properties another
 * document owns. Every document of a load is checked before any is written, so a load writes all
 * of them or none; a write that fails anyway names the documents loaded and those not loaded.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import {
  SeedValidationError,
  SeedWriteError,
  defaultDocumentsDir,
  formatProblem,
  seedDatabase,
} from '@policygraph/graph-seed';
import { neo4j, testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { dumpGraph, runSeedCli, seedFixture } from './seed-support.ts';

const database = testConnection().database;
const ARTICLE = 'tmtpost-2023-07-06-cloud-curb';
let driver: Driver;
let dir: string;

/** Writes `<name>.yaml` (document `test-<name>`, with `body`) and `<name>.txt`; returns the YAML path. */
function seedFile(name: string, body: string, text: string): string {
  writeFileSync(path.join(dir, `${name}.txt`), text);
  const file = path.join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `document: { id: test-${name}, title: ${name}, documentType: ANNOUNCEMENT, evidence: ['notice'] }\n${body}`,
  );
  return file;
}

async function failure(files: string[]): Promise<unknown> {
  try {
    await seedDatabase(driver, { database, files });
  } catch (error) {
    return error;
  }
  throw new Error('expected seedDatabase to fail');
}

async function mofcom(): Promise<Record<string, unknown>> {
  const { records } = await driver.executeQuery(
    "MATCH (n:Entity {id: 'mofcom'}) RETURN n.name AS name, n.country AS country, n.names AS names, n.declaredIn AS declaredIn",
    {},
    { database, routing: neo4j.routing.READ },
  );
  return records[0]!.toObject();
}

beforeAll(() => {
  driver = testDriver();
  dir = mkdtempSync(path.join(os.tmpdir(), 'seed-conflicts-'));
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(async () => {
  await wipeDatabase(driver);
  await seedDatabase(driver, { database });
});

describe('properties owned by the document that declared the node first', () => {
  it('are recorded as declaredIn', async () => {
    expect(await mofcom()).toMatchObject({ declaredIn: ARTICLE, country: 'CN' });
  });

  it('cannot be changed by another file: PROPERTY_CONFLICT names file, entry and field; nothing is written', async () => {
    const before = await dumpGraph(driver, database);
    const file = seedFile(
      'renamed',
      "actors:\n  - { id: mofcom, kind: AGENCY, name: MOFCOM, country: US, evidence: ['MOFCOM'] }\n",
      'MOFCOM notice.',
    );
    const error = await failure([file]);
    expect(error).toBeInstanceOf(SeedValidationError);
    const lines = (error as SeedValidationError).problems.map(formatProblem);
    expect(lines).toEqual([
      `${file}: actors[0] (mofcom): name: [PROPERTY_CONFLICT] "mofcom" is declared in ${ARTICLE} (in the database) with name "Ministry of Commerce of the People's Republic of China"; this file says "MOFCOM"; write name: "Ministry of Commerce of the People's Republic of China" here and add "MOFCOM" to aliases.`,
      `${file}: actors[0] (mofcom): country: [PROPERTY_CONFLICT] "mofcom" is declared in ${ARTICLE} (in the database) with country "CN"; this file says "US"; a node's country comes from the document that declared it first: leave it out here, or change it there.`,
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);
    expect((await mofcom()).names).toContain(
      "Ministry of Commerce of the People's Republic of China",
    );
  });

  it('can be changed by the declaring document itself', async () => {
    const dump = await dumpGraph(driver, database);
    expect(dump.nodes.join('\n')).toContain('"declaredIn":"tmtpost-2023-07-06-cloud-curb"');
    // The article again, from a copy that gives mofcom another name.
    const yaml = readFileSync(path.join(defaultDocumentsDir, `${ARTICLE}.yaml`), 'utf8');
    copyFileSync(
      path.join(defaultDocumentsDir, `${ARTICLE}.txt`),
      path.join(dir, `${ARTICLE}.txt`),
    );
    const renamed = path.join(dir, `${ARTICLE}.yaml`);
    writeFileSync(
      renamed,
      yaml.replace(
        "name: Ministry of Commerce of the People's Republic of China",
        'name: Ministry of Commerce (China)',
      ),
    );
    await seedDatabase(driver, { database, files: [renamed] });
    const renamedNode = await mofcom();
    expect(renamedNode).toMatchObject({
      name: 'Ministry of Commerce (China)',
      declaredIn: ARTICLE,
    });
    expect((renamedNode.names as string[])[0]).toBe('Ministry of Commerce (China)');
    expect(renamedNode.names).not.toContain(
      "Ministry of Commerce of the People's Republic of China",
    );
  });
});

describe('a load of several documents', () => {
  it('writes none when a later one conflicts with the database (KIND_CONFLICT naming entry and field)', async () => {
    const before = await dumpGraph(driver, database);
    const collide = seedFile(
      'collide',
      "actors:\n  - { id: mofcom, kind: MEDIA_OUTLET, name: MOFCOM, evidence: ['MOFCOM'] }\n",
      'MOFCOM notice.',
    );
    const error = await failure([seedFixture('valid-minimal.yaml'), collide]);
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems).toEqual([
      expect.objectContaining({
        code: 'KIND_CONFLICT',
        file: collide,
        entry: 'actors[0] (mofcom)',
        field: 'kind',
        message: `"mofcom" is stored as AGENCY (declared in ${ARTICLE}), here MEDIA_OUTLET: one id is one node of one kind. Use another id, or correct the kind.`,
      }),
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('names the documents loaded and not loaded when a write fails anyway (CLI exit 1)', async () => {
    const good = seedFixture('valid-minimal.yaml');
    const later = seedFile(
      'later',
      "actors:\n  - { id: test-outlet, kind: MEDIA_OUTLET, name: Outlet, evidence: ['Outlet'] }\nrelationships:\n  - { from: test-later, type: CITES, to: test-outlet, evidence: ['Outlet'] }\n",
      'Outlet notice.',
    );
    // The id of later's CITES already used between two other nodes: its write breaks cites_id_unique.
    await driver.executeQuery(
      "CREATE (:Entity {id: 'test-a'})-[:CITES {id: 'test-later|CITES|test-outlet'}]->(:Entity {id: 'test-b'})",
      {},
      { database },
    );
    const run = await runSeedCli(testConnection(), [good, later]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('[WRITE_FAILED]');
    expect(run.stderr).toContain(`Loaded: fixture-widgets-2024-03-10 (${good}).`);
    expect(run.stderr).toContain(`Not loaded: test-later (${later}).`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const { records } = await driver.executeQuery(
      "MATCH (d:Document) WHERE d.id IN ['fixture-widgets-2024-03-10', 'test-later'] RETURN d.id AS id",
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(records.map((record) => record.get('id'))).toEqual(['fixture-widgets-2024-03-10']);
    const error = await failure([later]);
    expect(error).toBeInstanceOf(SeedWriteError);
    expect((error as SeedWriteError).progress).toEqual({
      loaded: [],
      notLoaded: [{ documentId: 'test-later', file: later }],
    });
  });
});
