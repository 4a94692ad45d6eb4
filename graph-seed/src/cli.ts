/**
 * `npm run seed -- [files]`: validates the seed files (default: all of graph-seed/documents), then
 * creates the schema and loads them into Neo4j (NEO4J_URI, else the local server, started if need be).
 * Exit codes: 0 loaded; 1 invalid input or a conflict with the database (nothing written), or a
 * failed write (the message names the documents loaded before it and those not loaded); 2 usage.
 */
import { DbError, createDriver, ensureNeo4j } from '@policygraph/db';
import { applySchema, SchemaMismatchError } from '@policygraph/model';
import { loadDocuments } from './load.ts';
import { readSeedDocuments } from './read-documents.ts';
import { SeedValidationError, SeedWriteError } from './problems.ts';
import { formatSummary } from './summary.ts';

const USAGE =
  'Usage: npm run seed -- [seed.yaml | folder]...  (default: every document in graph-seed/documents)';

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.find((arg) => arg.startsWith('-'));
  if (unknown) {
    console.error(`Unknown option ${unknown}.\n${USAGE}`);
    return 2;
  }
  // Paths are relative to where `npm run` was started (INIT_CWD), and shown as given.
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  // Validate every file before touching (or starting) a database.
  const documents = await readSeedDocuments(args.length > 0 ? args : undefined);
  const neo4jServer = await ensureNeo4j({ detached: false });
  const driver = createDriver(neo4jServer.connection);
  try {
    const database = neo4jServer.connection.database;
    await applySchema(driver, { database });
    console.log(formatSummary(await loadDocuments(driver, documents, { database })));
    return 0;
  } finally {
    await driver.close();
    await neo4jServer.release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof SeedValidationError ||
      error instanceof SeedWriteError ||
      error instanceof SchemaMismatchError
    ) {
      console.error(error.message);
    } else if (error instanceof DbError) {
      console.error(`error [${error.code}]: ${error.message}`);
    } else if (
      error instanceof Error &&
      'code' in error &&
      typeof error.code === 'string' &&
      error.name === 'Neo4jError'
    ) {
      console.error(`Neo4j refused the request [${error.code}]: ${error.message}`);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
