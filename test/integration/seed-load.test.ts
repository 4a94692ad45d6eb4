/**
 * Loading the seed documents into a real Neo4j: counts, idempotency, evidence, types and schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import {
  EXPECTED_INDEXES,
  RELATIONSHIP_TYPES,
  labelsOf,
  type ValidatedDocument,
} from '@policygraph/model';
import {
  countGraph,
  readSeedDocuments,
  seedDatabase,
  type LoadSummary,
} from '@policygraph/graph-seed';
import { neo4j, testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { checkEvidence, dumpGraph, seedFixture, type GraphDump } from './seed-support.ts';

const database = testConnection().database;
const read = { database, routing: neo4j.routing.READ };
let driver: Driver;
let documents: ValidatedDocument[];
let first: LoadSummary;
let afterFirst: GraphDump;

/** Counts by label and type that the validated documents describe (each id once). */
function expectedCounts(docs: readonly ValidatedDocument[]) {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  const nodes = new Map(
    docs.flatMap((doc) => doc.nodes.map((node) => [node.id, node.kind] as const)),
  );
  const relationships = new Map(
    docs.flatMap((doc) => doc.relationships.map((r) => [r.id, r.type] as const)),
  );
  for (const kind of nodes.values())
    for (const label of labelsOf(kind)) labels[label] = (labels[label] ?? 0) + 1;
  for (const type of relationships.values()) types[type] = (types[type] ?? 0) + 1;
  return { nodes: nodes.size, relationships: relationships.size, labels, types };
}

beforeAll(async () => {
  driver = testDriver();
  await wipeDatabase(driver);
  documents = await readSeedDocuments();
  first = await seedDatabase(driver, { database });
  afterFirst = await dumpGraph(driver, database);
});

afterAll(async () => {
  await driver?.close();
});

describe('seedDatabase', () => {
  it('stores exactly the nodes and relationships of the seed documents, by label and type', async () => {
    const expected = expectedCounts(documents);
    expect(expected.nodes).toBeGreaterThan(50);
    expect(first.counts.nodes).toBe(expected.nodes);
    expect(first.counts.relationships).toBe(expected.relationships);
    expect(first.counts.labels).toEqual(expected.labels);
    expect(first.counts.relationshipTypes).toEqual(expected.types);
    expect(await countGraph(driver, { database })).toEqual(first.counts);
    expect(first.documents.map((doc) => doc.nodesCreated)).toEqual(
      documents.map((doc) => doc.nodes.length),
    );
  });

  it('changes no count and no property when the same documents are loaded again', async () => {
    const second = await seedDatabase(driver, { database });
    expect(second.documents.map((doc) => [doc.nodesCreated, doc.relationshipsCreated])).toEqual(
      documents.map(() => [0, 0]),
    );
    expect(second.counts).toEqual(first.counts);
    const afterSecond = await dumpGraph(driver, database);
    expect(afterSecond.nodes).toHaveLength(first.counts.nodes);
    expect(afterSecond).toEqual(afterFirst);
  });

  it('stores evidence whose UTF-16 offsets slice each quote out of the document text', async () => {
    const { entries, mismatches } = await checkEvidence(driver, database);
    expect(entries).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });

  it('gives every relationship and statement evidence, and stores Neo4j types, not strings or floats', async () => {
    const { records } = await driver.executeQuery(
      `CALL () { MATCH ()-[r]->() WHERE size(coalesce(r.evidenceQuotes, [])) = 0 RETURN count(r) AS bareRelationships }
       CALL () { MATCH (s:Statement) WHERE size(coalesce(s.evidenceQuotes, [])) = 0 RETURN count(s) AS bareStatements }
       MATCH (m:Measure {id: 'cn-gallium-germanium-export-control'})
       MATCH (:Document)-[r:REPORTS_STATUS]->(m)
       RETURN bareRelationships, bareStatements, valueType(m.effectiveOn) AS effective,
              valueType(m.evidenceStarts) AS starts, valueType(r.asOf) AS asOf, m.status AS status`,
      {},
      read,
    );
    expect(records[0]!.toObject()).toMatchObject({
      bareRelationships: neo4j.int(0),
      bareStatements: neo4j.int(0),
      effective: 'DATE NOT NULL',
      starts: 'LIST<INTEGER NOT NULL> NOT NULL',
      asOf: 'DATE NOT NULL',
      status: 'ANNOUNCED',
    });
  });

  it('creates every constraint and index of the data model, online', async () => {
    const { records } = await driver.executeQuery(
      'SHOW INDEXES YIELD name, state RETURN name, state',
      {},
      read,
    );
    const states = Object.fromEntries(
      records.map((record) => [record.get('name'), record.get('state')]),
    );
    for (const index of EXPECTED_INDEXES) expect(states[index.name], index.name).toBe('ONLINE');
    const constraints = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties ORDER BY name',
      {},
      read,
    );
    expect(constraints.records.map((record) => record.toObject())).toEqual(
      [
        {
          name: 'draft_id_unique',
          type: 'UNIQUENESS',
          labelsOrTypes: ['Draft'],
          properties: ['id'],
        },
        {
          name: 'entity_id_unique',
          type: 'UNIQUENESS',
          labelsOrTypes: ['Entity'],
          properties: ['id'],
        },
        ...RELATIONSHIP_TYPES.map((type) => ({
          name: `${type.toLowerCase()}_id_unique`,
          type: 'RELATIONSHIP_UNIQUENESS',
          labelsOrTypes: [type],
          properties: ['id'],
        })),
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
  });

  it('adds a second document without touching the first one', async () => {
    const summary = await seedDatabase(driver, {
      database,
      files: [seedFixture('valid-minimal.yaml')],
    });
    const fixture = await readSeedDocuments([seedFixture('valid-minimal.yaml')]);
    const expected = expectedCounts([...documents, ...fixture]);
    expect(summary.counts.nodes).toBe(expected.nodes);
    expect(summary.counts.relationshipTypes).toEqual(expected.types);
    const now = await dumpGraph(driver, database);
    for (const line of afterFirst.nodes) expect(now.nodes).toContain(line);
    for (const line of afterFirst.relationships) expect(now.relationships).toContain(line);
  });

  it('counts offsets in UTF-16 code units also after emoji and CJK Extension B characters', async () => {
    await seedDatabase(driver, { database, files: [seedFixture('astral.yaml')] });
    expect((await checkEvidence(driver, database)).mismatches).toEqual([]);
    const { records } = await driver.executeQuery(
      `MATCH (d:Document {id: 'fixture-astral-2024-03-12'})
       MATCH (x:Entity) WHERE x.id IN ['fixture-ministry-of-widgets', 'fixture-astral-widget']
       RETURN x.id AS id, d.text AS text, x.evidenceQuotes[0] AS quote,
              x.evidenceStarts[0] AS start, x.evidenceEnds[0] AS end,
              substring(d.text, x.evidenceStarts[0], x.evidenceEnds[0] - x.evidenceStarts[0]) AS cypherSubstring
       ORDER BY id`,
      {},
      read,
    );
    expect(records).toHaveLength(2);
    for (const record of records) {
      const text = record.get('text') as string;
      const quote = record.get('quote') as string;
      const start = (record.get('start') as { toNumber(): number }).toNumber();
      const end = (record.get('end') as { toNumber(): number }).toNumber();
      expect(text.slice(start, end)).toBe(quote);
      // Python's recipe (docs/data-model.md): the UTF-16 code units of the text, sliced.
      expect(
        Buffer.from(text, 'utf16le')
          .subarray(2 * start, 2 * end)
          .toString('utf16le'),
      ).toBe(quote);
      // Neo4j's substring counts code points, so the same offsets miss the quote here.
      expect(record.get('cypherSubstring')).not.toBe(quote);
    }
  });
});
