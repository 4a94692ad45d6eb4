/**
 * `npm run merges -- [--near-misses]`: lists, for a person to review, every merge the importers
 * made (an actor node and each source row matched to it by a rule other than NEW, with the rule,
 * what matched, the name as the row writes it, the file and the row), then every merge an editor
 * made (`mergeNodes`: each absorbed id, the node it now resolves to, who, when, why), and with --near-misses the
 * pairs of nodes that share a name but were kept apart, and why. `npm run merges -- --report
 * [--labels FILE] [--judgements FILE]` prints the resolution report instead
 * (resolution-report.ts). Reads only.
 */
import neo4j from 'neo4j-driver';
import { createDriver, ensureNeo4j } from '@policygraph/db';
import { toPlain } from '@policygraph/model';
import { reportFailure } from './cli-errors.ts';
import { ACTORS_QUERY } from './import-writes.ts';
import type { KnownActor } from './merge-rules.ts';
import { findNearMisses } from './near-misses.ts';
import { REVIEW_ACTORS_QUERY, type ReviewActor } from './dedupe-candidates.ts';
import { parseLabels } from './dedupe-evaluation.ts';
import { JUDGEMENTS_FILE, JudgementIndex, readJudgements } from './judgements.ts';
import { IDENTITIES_QUERY, resolutionReport, type NodeIdentities } from './resolution-report.ts';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const MERGES_QUERY = [
  'MATCH (a:Actor) WHERE any(rule IN coalesce(a.identityRules, []) WHERE NOT rule IN ["NEW", "SOURCE_ROW"])',
  'RETURN a.id AS id, a.name AS name, a.identityRules AS rules, a.identityKeys AS keys, a.identityNames AS names,',
  '  a.identityDocumentIds AS documents, a.identityRows AS rows',
  'ORDER BY id',
].join('\n');

/** Editors' merges (merge records): the absorbed id, the node it resolves to now, who, when, why. */
const EDITOR_MERGES_QUERY = [
  'MATCH (rec:MergeRecord)',
  'RETURN rec.absorbedId AS absorbedId, rec.survivorId AS survivorId, rec.who AS who, rec.when AS when, rec.why AS why',
  'ORDER BY rec.when, absorbedId',
].join('\n');

const USAGE =
  'Usage: npm run merges -- [--near-misses] | --report [--labels LABELS.csv] [--judgements FILE]';

/** The hand-labelled pairs of the repository (docs/import.md, Scores and thresholds). */
const LABELS_FILE = path.resolve(import.meta.dirname, '..', 'evaluation', 'labelled-pairs.csv');

/** null: the merge listing; else the report's files; a string: a usage error. */
function parseReportArgs(argv: string[]): { labels: string; judgements: string } | null | string {
  if (!argv.includes('--report')) {
    if (argv.some((arg) => arg !== '--near-misses')) return 'Unknown arguments.';
    return null;
  }
  const result = { labels: LABELS_FILE, judgements: JUDGEMENTS_FILE };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--report') continue;
    const value = argv[i + 1];
    if ((arg === '--labels' || arg === '--judgements') && value) {
      if (arg === '--labels') result.labels = value;
      else result.judgements = value;
      i += 1;
    } else return `${arg}: not an option of --report, or without its value.`;
  }
  return result;
}

const out: string[] = [];
const print = (line: string) => out.push(line);

/** Writes everything printed, then exits (process.exit alone may cut a long output short on a pipe). */
function finish(code: number): void {
  process.stdout.write(out.length > 0 ? `${out.join('\n')}\n` : '', () => process.exit(code));
}

async function main(argv: string[]): Promise<number> {
  const report = parseReportArgs(argv);
  if (typeof report === 'string') {
    console.error(`${report}\n${USAGE}`);
    return 2;
  }
  const server = await ensureNeo4j({ detached: false });
  const driver = createDriver(server.connection);
  const read = { database: server.connection.database, routing: neo4j.routing.READ };
  try {
    // Fails at once when Neo4j cannot be reached (queries would retry for 30 s first).
    await driver.verifyConnectivity(read.database ? { database: read.database } : {});
    if (report) {
      const identities = (await driver.executeQuery(IDENTITIES_QUERY.cypher, {}, read)).records.map(
        (r) => toPlain(r.toObject()) as NodeIdentities,
      );
      const actors = (await driver.executeQuery(REVIEW_ACTORS_QUERY.cypher, {}, read)).records.map(
        (r) => toPlain(r.toObject()) as ReviewActor,
      );
      const lines = resolutionReport({
        identities,
        actors,
        judgements: new JudgementIndex(await readJudgements(report.judgements)),
        labels: parseLabels(await readFile(report.labels, 'utf8'), report.labels),
        labelsFile: report.labels,
      });
      for (const line of lines) print(line);
      return 0;
    }
    const merges = (await driver.executeQuery(MERGES_QUERY, {}, read)).records.map(
      (r) =>
        toPlain(r.toObject()) as {
          id: string;
          name: string;
          rules: string[];
          keys: string[];
          names: string[];
          documents: string[];
          rows: number[];
        },
    );
    let count = 0;
    for (const node of merges) {
      print(`${node.id}  "${node.name}"`);
      node.rules.forEach((rule, i) => {
        if (rule === 'NEW' || rule === 'SOURCE_ROW') return;
        count += 1;
        print(
          `  ${rule.padEnd(20)} ${String(node.keys[i]).padEnd(40)} "${node.names[i]}"  ${node.documents[i]} row ${node.rows[i]}`,
        );
      });
    }
    print(`${count} merge(s) into ${merges.length} node(s).`);
    const edits = (await driver.executeQuery(EDITOR_MERGES_QUERY, {}, read)).records.map(
      (r) =>
        toPlain(r.toObject()) as {
          absorbedId: string;
          survivorId: string;
          who: string;
          when: string;
          why: string;
        },
    );
    for (const edit of edits)
      print(
        `merged ${edit.absorbedId} into ${edit.survivorId} (node(id: "${edit.absorbedId}") returns it): by ${edit.who} at ${edit.when}: ${edit.why}`,
      );
    print(`${edits.length} merge(s) by editors.`);
    if (argv.includes('--near-misses')) {
      const actors = (await driver.executeQuery(ACTORS_QUERY.cypher, {}, read)).records.map(
        (r) => toPlain(r.toObject()) as KnownActor,
      );
      const pairs = findNearMisses(actors);
      for (const pair of pairs)
        print(
          `near-miss ${pair.match.padEnd(15)} ${pair.a.id} "${pair.a.name}" ~ ${pair.b.id} "${pair.b.name}" (shared "${pair.shared}"): ${pair.reason}`,
        );
      print(`${pairs.length} near-miss(es).`);
    }
    return 0;
  } finally {
    await driver.close();
    await server.release();
  }
}

main(process.argv.slice(2)).then(finish, (error: unknown) => {
  reportFailure(error);
  finish(1);
});
