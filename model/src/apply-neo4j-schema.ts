/**
 * Creates the constraints and indexes of docs/data-model.md, waits until they are online, and
 * checks that each exists as specified: `IF NOT EXISTS` silently skips an index when another one
 * already covers the same schema, which would otherwise go unnoticed.
 */
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';
import {
  EXPECTED_INDEXES,
  LEGACY_INDEX_NAMES,
  createStatement,
  type ExpectedIndex,
} from './neo4j-schema.ts';

/**
 * Thrown when an index exists under an expected name with another definition, is missing after
 * creation, or cannot be created (another index holds its schema); `mismatches` has one line each.
 */
export class SchemaMismatchError extends Error {
  constructor(readonly mismatches: readonly string[]) {
    super(
      `The database schema does not match docs/data-model.md:\n${mismatches.map((line) => `  - ${line}`).join('\n')}`,
    );
    this.name = 'SchemaMismatchError';
  }
}

interface ShownIndex {
  name: string;
  type: string;
  entityType: string;
  labelsOrTypes: string[];
  properties: string[];
  analyzer: string | null;
  owningConstraint: string | null;
}

function mismatch(expected: ExpectedIndex, found: ShownIndex | undefined): string | null {
  if (!found)
    return `${expected.name} is missing (another index may already cover ${expected.labelsOrTypes.join('|')}(${expected.properties.join(', ')}))`;
  const same =
    found.type === expected.type &&
    found.entityType === expected.entityType &&
    found.labelsOrTypes.join() === expected.labelsOrTypes.join() &&
    found.properties.join() === expected.properties.join() &&
    (expected.analyzer === undefined || found.analyzer === expected.analyzer) &&
    (found.owningConstraint === expected.name) === Boolean(expected.unique);
  if (same) return null;
  if (found.owningConstraint !== expected.name && expected.unique)
    return `${expected.name} is an index, not a uniqueness constraint on ${expected.labelsOrTypes.join('|')}(${expected.properties.join(', ')})`;
  return (
    `${expected.name} is ${found.type} on ${found.labelsOrTypes.join('|')}(${found.properties.join(', ')})` +
    `${found.analyzer ? ` with ${found.analyzer}` : ''}; expected ${expected.type} on ` +
    `${expected.labelsOrTypes.join('|')}(${expected.properties.join(', ')})${expected.analyzer ? ` with ${expected.analyzer}` : ''}`
  );
}

/**
 * Drops the range indexes of earlier versions that uniqueness constraints replace
 * (LEGACY_INDEX_NAMES), creates every constraint and index (IF NOT EXISTS), waits up to 300 s for
 * them to come online, then verifies them.
 * @throws SchemaMismatchError when one is missing or defined differently.
 */
export async function applySchema(
  driver: Driver,
  options: { database?: string } = {},
): Promise<void> {
  const database = options.database;
  for (const name of LEGACY_INDEX_NAMES) {
    await driver.executeQuery(
      `DROP INDEX ${name} IF EXISTS`,
      {},
      { database, routing: neo4j.routing.WRITE },
    );
  }
  const refused: string[] = [];
  for (const index of EXPECTED_INDEXES) {
    try {
      await driver.executeQuery(
        createStatement(index),
        {},
        { database, routing: neo4j.routing.WRITE },
      );
    } catch (error) {
      // E.g. an index of another name on the same schema blocks a uniqueness constraint.
      if (!(error instanceof Neo4jError) || !error.code.startsWith('Neo.ClientError.Schema.'))
        throw error;
      refused.push(`${index.name} cannot be created: ${error.message.split('\n')[0]}`);
    }
  }
  if (refused.length > 0) throw new SchemaMismatchError(refused);
  await driver.executeQuery(
    'CALL db.awaitIndexes(300)',
    {},
    { database, routing: neo4j.routing.WRITE },
  );
  await checkSchema(driver, options);
}

/**
 * Checks every constraint and index of EXPECTED_INDEXES against SHOW INDEXES (name, type, schema,
 * analyzer, owning constraint), without creating anything.
 * @throws SchemaMismatchError when one is missing or defined differently.
 */
export async function checkSchema(
  driver: Driver,
  options: { database?: string } = {},
): Promise<void> {
  const database = options.database;
  const { records } = await driver.executeQuery(
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options, owningConstraint ' +
      "RETURN name, type, entityType, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer, owningConstraint",
    {},
    { database, routing: neo4j.routing.READ },
  );
  const shown = new Map(
    records.map((record) => [
      record.get('name') as string,
      record.toObject() as unknown as ShownIndex,
    ]),
  );
  const mismatches = EXPECTED_INDEXES.map((index) => mismatch(index, shown.get(index.name))).filter(
    (line): line is string => line !== null,
  );
  if (mismatches.length > 0) throw new SchemaMismatchError(mismatches);
}
