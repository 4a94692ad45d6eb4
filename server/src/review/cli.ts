/**
 * `npm run review:report`: per reviewed document, entries accepted unchanged, edited, rejected and
 * added, and the running precision and recall of the drafting.
 * `npm run review:export -- <outDir> [documentId ...]`: writes loaded reviewed documents as seed
 * files (.yaml + .txt) for version control; `npm run seed -- <outDir>` rebuilds the same graph.
 * Neo4j is found as by every command (NEO4J_URI, or the built-in local server).
 */
import { createDriver, ensureNeo4j } from '@policygraph/db';
import { buildLoadedDrafts } from '../cypher/drafts.ts';
import { readRows } from './draft-writer.ts';
import { exportReviewed } from './export.ts';
import type { ReviewRecord } from './provenance.ts';
import { formatReport } from './report.ts';

const USAGE = 'Usage: review report | review export <outDir> [documentId ...]';

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'report' && command !== 'export') {
    console.error(USAGE);
    return 2;
  }
  if (command === 'export' && rest.length === 0) {
    console.error(`Give the output folder.\n${USAGE}`);
    return 2;
  }
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const neo4jServer = await ensureNeo4j({ detached: false });
  const driver = createDriver(neo4jServer.connection);
  const writer = { driver, database: neo4jServer.connection.database, timeoutMs: 60_000 };
  try {
    if (command === 'report') {
      const rows = await readRows(writer, buildLoadedDrafts(null));
      const reviews = rows.map((row) => JSON.parse(String(row.review)) as ReviewRecord);
      console.log(formatReport(reviews));
    } else {
      const [outDir, ...ids] = rest;
      for (const { documentId, yamlFile } of await exportReviewed(writer, ids, outDir!))
        console.log(`${documentId}: ${yamlFile}`);
    }
    return 0;
  } finally {
    await driver.close();
    await neo4jServer.release();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
