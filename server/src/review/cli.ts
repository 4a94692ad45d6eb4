/**
 * `npm run review:report`: per reviewed document, entries accepted unchanged, edited, rejected and
 * added, and the running precision and recall of the drafting (from the reviews stored on the
 * loaded document nodes, so exported and seeded again they still count).
 * `npm run export:document -- [documentId ...] --out <dir>`: writes loaded documents (seed
 * documents and reviewed drafts alike; all when no id is given) as seed files (.yaml + .txt) for
 * version control; `npm run seed -- <dir>` rebuilds the same graph.
 * `npm run review:export -- <dir> [documentId ...]`: the same export, arguments in the older order.
 * Neo4j is found as by every command (NEO4J_URI, or the built-in local server).
 */
import { createDriver, ensureNeo4j } from '@policygraph/db';
import { buildAllReviews } from '../cypher/extractions.ts';
import { readRows, type DraftWriter } from './draft-writer.ts';
import { exportDocuments } from './export.ts';
import type { ReviewRecord } from './provenance.ts';
import { formatReport } from './report.ts';

const USAGE = [
  'Usage: review report',
  '       review export-document [documentId ...] --out <dir>',
  '       review export <dir> [documentId ...]',
].join('\n');

/** What to export: the folder and the ids, or a message naming what is wrong. */
function exportArguments(
  command: 'export' | 'export-document',
  args: readonly string[],
): { outDir: string; ids: string[] } | string {
  if (command === 'export') {
    const [outDir, ...ids] = args;
    return outDir ? { outDir, ids } : 'Give the output folder.';
  }
  const at = args.indexOf('--out');
  const outDir = at >= 0 ? args[at + 1] : undefined;
  if (!outDir || outDir.startsWith('--')) return 'Give the output folder: --out <dir>.';
  const ids = args.filter((_arg, index) => index !== at && index !== at + 1);
  const unknown = ids.find((id) => id.startsWith('--'));
  return unknown ? `Unknown option ${unknown}.` : { outDir, ids };
}

/** Runs the report (`target` null) or the export of `target`. */
async function run(
  target: { outDir: string; ids: string[] } | null,
  writer: DraftWriter,
): Promise<void> {
  if (!target) {
    const rows = await readRows(writer, buildAllReviews());
    console.log(formatReport(rows.map((row) => JSON.parse(String(row.review)) as ReviewRecord)));
    return;
  }
  for (const { documentId, yamlFile } of await exportDocuments(writer, target.ids, target.outDir))
    console.log(`${documentId}: ${yamlFile}`);
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command !== 'report' && command !== 'export' && command !== 'export-document') {
    console.error(USAGE);
    return 2;
  }
  const target = command === 'report' ? null : exportArguments(command, rest);
  if (typeof target === 'string') {
    console.error(`${target}\n${USAGE}`);
    return 2;
  }
  if (process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const neo4jServer = await ensureNeo4j({ detached: false });
  const driver = createDriver(neo4jServer.connection);
  try {
    await run(target, {
      driver,
      database: neo4jServer.connection.database,
      timeoutMs: 60_000,
    });
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
