/**
 * Bad input leaves the database as it was: each kind of invalid seed file gives its named problem
 * and writes nothing, and a write that Neo4j refuses halfway is rolled back whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { SchemaMismatchError, RELATIONSHIP_TYPES, applySchema } from '@policygraph/model';
import {
  SeedValidationError,
  SeedWriteError,
  readSeedDocuments,
  seedDatabase,
  type ProblemCode,
  writeDocument,
} from '@policygraph/graph-seed';
import { testConnection, testDriver, wipeDatabase } from '../support/neo4j.ts';
import { dumpGraph, seedFixture } from './seed-support.ts';

const database = testConnection().database;
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
});

/** The error seedDatabase throws for `files`. */
async function failure(files?: string[]): Promise<unknown> {
  try {
    await seedDatabase(driver, { database, files });
  } catch (error) {
    return error;
  }
  throw new Error('expected seedDatabase to fail');
}

describe('invalid seed files', () => {
  beforeAll(async () => {
    await wipeDatabase(driver);
    await seedDatabase(driver, { database });
  });

  it.each<[string, ProblemCode, RegExp]>([
    ['malformed.yaml', 'YAML_SYNTAX', /Map keys must be unique/],
    ['schema-invalid.yaml', 'SCHEMA', /kind: \[SCHEMA\] must be one of "GOVERNMENT"/],
    [
      'unknown-reference.yaml',
      'UNKNOWN_REFERENCE',
      /unknown id "fixture-ministry-of-trad" \(did you mean/,
    ],
    [
      'duplicate-id.yaml',
      'DUPLICATE_ID',
      /id "fixture-acme-widgets" is already declared by actors\[0\]/,
    ],
    ['quote-not-found.yaml', 'QUOTE_NOT_FOUND', /does not occur in the document text/],
    ['ambiguous-quote.yaml', 'QUOTE_AMBIGUOUS', /occurs 2 times/],
    ['impossible-date.yaml', 'IMPOSSIBLE_DATE', /2024-02-30 is not a day of the calendar/],
    [
      'effective-before-announced.yaml',
      'IMPOSSIBLE_DATE',
      /takes effect on 2024-03-01, before it was announced/,
    ],
  ])('%s gives %s and leaves the database identical', async (name, code, message) => {
    const before = await dumpGraph(driver, database);
    const error = await failure([seedFixture(name)]);
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    expect(problems.map((problem) => problem.code)).toContain(code);
    expect(problems.every((problem) => problem.file.endsWith(name))).toBe(true);
    expect((error as Error).message).toMatch(message);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('writes no file when any one of them is invalid', async () => {
    const before = await dumpGraph(driver, database);
    const error = await failure([
      seedFixture('valid-minimal.yaml'),
      seedFixture('quote-not-found.yaml'),
    ]);
    expect((error as SeedValidationError).codes).toEqual(['QUOTE_NOT_FOUND']);
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});

describe('writes Neo4j refuses', () => {
  it('roll back a document whose write fails after some of its statements succeeded', async () => {
    await wipeDatabase(driver);
    await seedDatabase(driver, { database, files: [seedFixture('valid-minimal.yaml')] });
    // The article's REPORTS_STATUS id already used between two other nodes: its nodes are written,
    // then its relationships break reports_status_id_unique, a constraint of the data model.
    const [article] = await readSeedDocuments();
    const report = article!.relationships.find((r) => r.type === 'REPORTS_STATUS')!;
    await driver.executeQuery(
      "CREATE (:Entity {id: 'test-a'})-[:REPORTS_STATUS {id: $id}]->(:Entity {id: 'test-b'})",
      { id: report.id },
      { database },
    );
    const before = await dumpGraph(driver, database);
    const error = await failure();
    expect(error).toBeInstanceOf(SeedWriteError);
    expect((error as SeedWriteError).code).toBe('WRITE_FAILED');
    expect((error as Error).message).toContain(`relationship(s) failed: Relationship(`);
    expect((error as Error).message).toContain(
      `already exists with type \`REPORTS_STATUS\` and property \`id\` = '${report.id}'`,
    );
    expect(await dumpGraph(driver, database)).toEqual(before);
  });

  it('refuse to give an existing id another kind, and write nothing of the document', async () => {
    await wipeDatabase(driver);
    await applySchema(driver, { database });
    await driver.executeQuery(
      "CREATE (:Entity:Item {id: 'mofcom', kind: 'ITEM', name: 'Not a ministry'})",
      {},
      { database },
    );
    const before = await dumpGraph(driver, database);
    const error = await failure();
    expect(error).toBeInstanceOf(SeedValidationError);
    expect((error as SeedValidationError).problems).toEqual([
      expect.objectContaining({
        code: 'KIND_CONFLICT',
        entry: expect.stringMatching(/^actors\[\d+\] \(mofcom\)$/),
        field: 'kind',
        message: expect.stringContaining(
          '"mofcom" is stored as ITEM (declared in no document), here AGENCY',
        ),
      }),
    ]);
    expect(await dumpGraph(driver, database)).toEqual(before);
    // The same check inside the document's transaction (for a writer that came in between) names the entry too.
    const [article] = await readSeedDocuments();
    const inTransaction = await writeDocument(driver, article!, { database }).catch(
      (e: unknown) => e,
    );
    expect(inTransaction).toBeInstanceOf(SeedWriteError);
    expect((inTransaction as SeedWriteError).code).toBe('KIND_CONFLICT');
    expect((inTransaction as Error).message).toMatch(
      /actors\[\d+\] \(mofcom\): kind: "mofcom" is stored as ITEM, here AGENCY/,
    );
    expect(await dumpGraph(driver, database)).toEqual(before);
  });
});

describe('a schema that differs from the data model', () => {
  it('gets the uniqueness constraints that replace the range indexes of earlier versions', async () => {
    await wipeDatabase(driver);
    await driver.executeQuery(
      'CREATE INDEX relationship_id_part_of FOR ()-[x:PART_OF]-() ON (x.id)',
      {},
      { database },
    );
    await applySchema(driver, { database });
    const { records } = await driver.executeQuery(
      "SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties WHERE type = 'RELATIONSHIP_UNIQUENESS' RETURN name, labelsOrTypes[0] AS type, properties",
      {},
      { database },
    );
    const constraints = records.map((record) => record.toObject());
    expect(constraints).toHaveLength(RELATIONSHIP_TYPES.length);
    expect(constraints).toContainEqual({
      name: 'part_of_id_unique',
      type: 'PART_OF',
      properties: ['id'],
    });
    const indexes = await driver.executeQuery(
      'SHOW INDEXES YIELD name RETURN name',
      {},
      { database },
    );
    expect(indexes.records.map((record) => record.get('name'))).not.toContain(
      'relationship_id_part_of',
    );
  });

  it('is reported when another index blocks a uniqueness constraint', async () => {
    await wipeDatabase(driver);
    await driver.executeQuery(
      'CREATE INDEX other_ids FOR ()-[x:COVERS]-() ON (x.id)',
      {},
      { database },
    );
    try {
      const error = await failure();
      expect(error).toBeInstanceOf(SchemaMismatchError);
      expect((error as Error).message).toContain('covers_id_unique cannot be created:');
    } finally {
      await driver.executeQuery('DROP INDEX other_ids', {}, { database });
    }
  });

  // Each takes the schema of one of ours under another name: IF NOT EXISTS would skip ours.
  it.each([
    [
      'a full-text index',
      'CREATE FULLTEXT INDEX other_names FOR (n:Entity) ON EACH [n.name, n.aliases]',
      'entity_names_folding is missing',
    ],
    [
      // As an operator may have made for the look-up of merged ids before the data model had it.
      'a range index',
      'CREATE INDEX other_names FOR (rec:MergeRecord) ON (rec.absorbedId)',
      'merge_record_absorbed is missing (another index may already cover MergeRecord(absorbedId))',
    ],
    [
      'a range index on the survivors of merges',
      'CREATE INDEX other_names FOR (rec:MergeRecord) ON (rec.survivorId)',
      'merge_record_survivor is missing (another index may already cover MergeRecord(survivorId))',
    ],
  ])('is reported instead of silently kept: %s', async (_kind, create, message) => {
    await wipeDatabase(driver);
    await driver.executeQuery(create, {}, { database });
    try {
      const error = await failure();
      expect(error).toBeInstanceOf(SchemaMismatchError);
      expect((error as Error).message).toContain(message);
    } finally {
      await driver.executeQuery('DROP INDEX other_names', {}, { database });
    }
  });
});
