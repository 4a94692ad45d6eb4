/**
 * Loading a document again after its text or its YAML changed: the graph must be what a fresh load
 * of the documents as they are now gives. Evidence always matches the text, and what the document
 * no longer states (evidence, aliases, relationships, nodes) is gone unless another document states it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { seedDatabase } from '@policygraph/graph-seed';
import { neo4j, testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import {
  checkEvidence,
  dumpGraph,
  dumpGraphAsSets,
  seedFixture,
  type GraphDump,
} from './seed-support.ts';

const database = testConnection().database;
let driver: Driver;

const YAML = readFileSync(seedFixture('valid-minimal.yaml'), 'utf8');
const TEXT = readFileSync(seedFixture('fixture-text.txt'), 'utf8');
const DOC = 'fixture-widgets-2024-03-10';

/** A second document over its own text that also declares the ministry and Acme. */
const OTHER_TEXT =
  'Acme Widgets, the largest maker, said nothing. The Ruritanian Trade Ministry did.';
const OTHER_YAML = `document: { id: fixture-other-2024-03-11, title: Other, documentType: ARTICLE, publishedOn: '2024-03-11' }
actors:
  - { id: fixture-acme-widgets, kind: COMPANY, name: Acme Widgets, evidence: ['Acme Widgets, the largest maker'] }
  - id: fixture-ministry-of-trade
    kind: AGENCY
    name: Ministry of Trade of Ruritania
    aliases: ['Ruritanian Trade Ministry']
    evidence: ['The Ruritanian Trade Ministry']
`;

/** The fixture as edited: Acme, its APPLIES_TO, an alias and a statement dropped; a status changed. */
const EDITED_YAML = YAML.replace(/ {2}- id: fixture-acme-widgets\n(?: {4}.*\n)+/, '')
  .replace(/ {2}- from: fixture-widget-licence\n {4}type: APPLIES_TO\n(?: {4}.*\n)+/, '')
  .replace(", 'Ruritanian Trade Ministry'", '')
  .replace(/ {2}- id: fixture-rassendyll-no-target\n(?: {4}.*\n)+/, '')
  .replace('status: ANNOUNCED\n    announcedOn', 'status: PROPOSED\n    announcedOn')
  .replace('status: ANNOUNCED\n    asOf', 'status: PROPOSED\n    asOf');

/** EDITED_YAML with the ministry renamed: the fixture owns the ministry's properties. */
const RENAMED_YAML = EDITED_YAML.replace(
  'name: Ministry of Trade of Ruritania',
  'name: Ruritanian Ministry of Trade',
);

/** Writes the fixture (YAML and text, as given) and the other document into a fresh folder. */
function writeFiles(yaml: string, text: string): { fixture: string; other: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'seed-reload-'));
  writeFileSync(path.join(dir, 'fixture.yaml'), yaml);
  writeFileSync(path.join(dir, 'fixture-text.txt'), text);
  writeFileSync(path.join(dir, 'other.yaml'), OTHER_YAML);
  writeFileSync(path.join(dir, 'other.txt'), OTHER_TEXT);
  return { fixture: path.join(dir, 'fixture.yaml'), other: path.join(dir, 'other.yaml') };
}

/** Deletes every node and relationship (the schema stays: it is the same for every test here). */
async function emptyGraph(): Promise<void> {
  await driver.executeQuery('MATCH (n) DETACH DELETE n', {}, { database });
}

/** The graph after a fresh load of `files` into an empty graph. */
async function freshLoad(files: string[], asSets = false): Promise<GraphDump> {
  await emptyGraph();
  await seedDatabase(driver, { database, files });
  return asSets ? dumpGraphAsSets(driver, database) : dumpGraph(driver, database);
}

async function node(id: string): Promise<Record<string, unknown> | null> {
  const { records } = await driver.executeQuery(
    'MATCH (n:Entity {id: $id}) RETURN properties(n) AS p',
    { id },
    { database, routing: neo4j.routing.READ },
  );
  return (records[0]?.get('p') as Record<string, unknown> | undefined) ?? null;
}

beforeAll(async () => {
  driver = testDriver();
  await wipeDatabase(driver);
});
afterAll(async () => {
  await driver?.close();
});
beforeEach(emptyGraph);

describe('a document loaded again after its text changed', () => {
  it('replaces all its evidence: every entry matches the new text, none keeps an old offset', async () => {
    const files = writeFiles(YAML, TEXT);
    await seedDatabase(driver, { database, files: [files.fixture] });
    const before = await checkEvidence(driver, database);
    expect(before).toMatchObject({ mismatches: [] });
    writeFileSync(
      path.join(path.dirname(files.fixture), 'fixture-text.txt'),
      `NEW FIRST LINE. ${TEXT}`,
    );
    await seedDatabase(driver, { database, files: [files.fixture] });
    const after = await checkEvidence(driver, database);
    expect(after.mismatches).toEqual([]);
    expect(after.entries).toBe(before.entries);
    const text = (await node(DOC))!.text as string;
    expect(text.startsWith('NEW FIRST LINE. ')).toBe(true);
    expect(await dumpGraph(driver, database)).toEqual(await freshLoad([files.fixture]));
  });
});

describe('a document loaded again after its YAML changed', () => {
  it('gives what a fresh load of the edited document gives', async () => {
    const original = writeFiles(YAML, TEXT);
    const edited = writeFiles(RENAMED_YAML, TEXT);
    expect(EDITED_YAML).not.toContain('fixture-acme-widgets');
    expect(EDITED_YAML).not.toContain('APPLIES_TO');
    expect(RENAMED_YAML).toContain('Ruritanian Ministry of Trade');
    expect(EDITED_YAML).not.toContain('fixture-rassendyll-no-target');
    await seedDatabase(driver, { database, files: [original.fixture] });
    const summary = await seedDatabase(driver, { database, files: [edited.fixture] });
    expect(summary.documents[0]).toMatchObject({ nodesDeleted: 2, relationshipsDeleted: 5 });
    const reloaded = await dumpGraph(driver, database);
    expect(reloaded).toEqual(await freshLoad([edited.fixture]));
    expect(reloaded.nodes.join('\n')).not.toContain('fixture-acme-widgets');
  });

  it('keeps what another document states, with only that document’s evidence and aliases', async () => {
    const original = writeFiles(YAML, TEXT);
    const edited = writeFiles(RENAMED_YAML, TEXT);
    await seedDatabase(driver, { database, files: [original.fixture, original.other] });
    await seedDatabase(driver, { database, files: [edited.fixture] });
    expect((await checkEvidence(driver, database)).mismatches).toEqual([]);
    const acme = await node('fixture-acme-widgets');
    expect(acme).toMatchObject({
      name: 'Acme Widgets',
      evidenceDocumentIds: ['fixture-other-2024-03-11'],
    });
    const { records } = await driver.executeQuery(
      "MATCH ()-[r:APPLIES_TO]->(:Entity {id: 'fixture-acme-widgets'}) RETURN count(r) AS n",
      {},
      { database, routing: neo4j.routing.READ },
    );
    expect(records[0]!.get('n').toNumber()).toBe(0);
    const ministry = await node('fixture-ministry-of-trade');
    expect(ministry).toMatchObject({
      name: 'Ruritanian Ministry of Trade',
      declaredIn: DOC,
      // dropped by the fixture, still given by the other document
      aliases: ['Ministry of Trade', 'Ruritanian Trade Ministry'],
    });
    expect(new Set(ministry!.evidenceDocumentIds as string[])).toEqual(
      new Set([DOC, 'fixture-other-2024-03-11']),
    );
  });

  it('leaves a node it no longer declares to the document that declares it next', async () => {
    const original = writeFiles(YAML, TEXT);
    const edited = writeFiles(EDITED_YAML, TEXT);
    await seedDatabase(driver, { database, files: [original.fixture, original.other] });
    expect(await node('fixture-acme-widgets')).toMatchObject({ declaredIn: DOC });
    await seedDatabase(driver, { database, files: [edited.fixture] });
    const orphan = await node('fixture-acme-widgets');
    expect(orphan).toMatchObject({ evidenceDocumentIds: ['fixture-other-2024-03-11'] });
    expect(orphan).not.toHaveProperty('declaredIn');
    // Loading every document again gives the graph a fresh load gives (list order aside).
    await seedDatabase(driver, { database, files: [edited.fixture, edited.other] });
    expect(await node('fixture-acme-widgets')).toMatchObject({
      declaredIn: 'fixture-other-2024-03-11',
    });
    const reloaded = await dumpGraphAsSets(driver, database);
    expect(reloaded).toEqual(await freshLoad([edited.fixture, edited.other], true));
  });

  it('removes a property its owner no longer gives, but not one another writer filled in', async () => {
    const described = writeFiles(
      YAML.replace(
        'name: Acme Widgets\n',
        'name: Acme Widgets\n    description: The largest maker.\n',
      ),
      TEXT,
    );
    await seedDatabase(driver, { database, files: [described.fixture] });
    expect(await node('fixture-acme-widgets')).toMatchObject({
      description: 'The largest maker.',
      declaredKeys: ['kind', 'name', 'description'],
    });
    // A country filled in by another writer (as the importers do for a missing one).
    await driver.executeQuery(
      "MATCH (n:Entity {id: 'fixture-acme-widgets'}) SET n.country = 'RU'",
      {},
      { database },
    );
    const plain = writeFiles(YAML, TEXT);
    await seedDatabase(driver, { database, files: [plain.fixture] });
    const acme = await node('fixture-acme-widgets');
    expect(acme).not.toHaveProperty('description');
    expect(acme).toMatchObject({ country: 'RU', declaredKeys: ['kind', 'name'] });
  });

  it('changes nothing when loaded again unchanged, with other documents around', async () => {
    const files = writeFiles(YAML, TEXT);
    await seedDatabase(driver, { database, files: [files.other, files.fixture] });
    const before = await dumpGraph(driver, database);
    const again = await seedDatabase(driver, { database, files: [files.fixture, files.other] });
    expect(
      again.documents.map((d) => [
        d.nodesCreated,
        d.relationshipsCreated,
        d.nodesDeleted,
        d.relationshipsDeleted,
      ]),
    ).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});
