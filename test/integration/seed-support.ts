/**
 * Helpers of the seed integration tests: a full dump of the graph to compare before and after a
 * load (exact, or with list order left out), every evidence entry checked against its text, the
 * fixture paths, and the seed CLI run as a child process.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';

/** test/fixtures/seed/<name>. */
export function seedFixture(name: string): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'seed', name);
}

/** A value with its Neo4j type kept (so an integer turned float, or a date turned string, shows). */
function tagged(value: unknown): unknown {
  if (neo4j.isInt(value)) return `int:${value.toString()}`;
  if (neo4j.isDate(value)) return `date:${value.toString()}`;
  if (typeof value === 'number') return `float:${value}`;
  if (Array.isArray(value)) return value.map(tagged);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, tagged(inner)]),
    );
  }
  return value;
}

/** Every node (labels, properties) and relationship (type, ends, properties) as sorted JSON lines. */
export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/**
 * A full dump of the database content, independent of element ids and order (a relationship's end
 * without an `id` is named by its `absorbedId`, as a merge record, else its element id).
 */
export async function dumpGraph(driver: Driver, database?: string): Promise<GraphDump> {
  const read = { database, routing: neo4j.routing.READ };
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties',
    {},
    read,
  );
  const relationships = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.absorbedId, elementId(a)) AS from, ' +
      'coalesce(b.id, elementId(b)) AS to, properties(r) AS properties',
    {},
    read,
  );
  const lines = (records: typeof nodes.records) =>
    records.map((record) => JSON.stringify(tagged(record.toObject()))).sort();
  return { nodes: lines(nodes.records), relationships: lines(relationships.records) };
}

/** Every evidence entry of the graph (nodes and relationships) checked against its document's text. */
export interface EvidenceCheck {
  entries: number;
  /** Entries whose quote is not `text.slice(start, end)` of their document, as `holder: [start, end) quote`. */
  mismatches: string[];
}

/** Reads every evidence list and document text, and slices each quote out in JavaScript (UTF-16 offsets). */
export async function checkEvidence(driver: Driver, database?: string): Promise<EvidenceCheck> {
  const read = { database, routing: neo4j.routing.READ };
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (x) WHERE x.evidenceQuotes IS NOT NULL RETURN x.id AS holder, x AS item
       UNION ALL
       MATCH ()-[x]->() WHERE x.evidenceQuotes IS NOT NULL RETURN x.id AS holder, x AS item
     }
     RETURN holder, item.evidenceDocumentIds AS ids, item.evidenceQuotes AS quotes,
            item.evidenceStarts AS starts, item.evidenceEnds AS ends`,
    {},
    read,
  );
  const texts = await driver.executeQuery(
    'MATCH (d:Document) WHERE d.text IS NOT NULL RETURN d.id AS id, d.text AS text',
    {},
    read,
  );
  const textOf = new Map(
    texts.records.map((r) => [r.get('id') as string, r.get('text') as string]),
  );
  let entries = 0;
  const mismatches: string[] = [];
  for (const record of records) {
    const ids = record.get('ids') as string[];
    const quotes = record.get('quotes') as string[];
    const starts = (record.get('starts') as { toNumber(): number }[]).map((n) => n.toNumber());
    const ends = (record.get('ends') as { toNumber(): number }[]).map((n) => n.toNumber());
    ids.forEach((id, i) => {
      entries += 1;
      if (textOf.get(id)?.slice(starts[i], ends[i]) !== quotes[i])
        mismatches.push(`${String(record.get('holder'))}: [${starts[i]}, ${ends[i]}) ${quotes[i]}`);
    });
  }
  return { entries, mismatches };
}

/**
 * dumpGraph with the order of evidence entries and aliases left out (each list sorted): what two
 * loads of the same documents in different histories must agree on.
 */
export async function dumpGraphAsSets(driver: Driver, database?: string): Promise<GraphDump> {
  const dump = await dumpGraph(driver, database);
  const unordered = (line: string): string => {
    const item = JSON.parse(line) as { properties: Record<string, unknown> };
    const p = item.properties;
    const ids = (p.evidenceDocumentIds as string[] | undefined) ?? [];
    const entries = ids
      .map((id, i) =>
        JSON.stringify([
          id,
          (p.evidenceStarts as string[])[i],
          (p.evidenceEnds as string[])[i],
          (p.evidenceQuotes as string[])[i],
        ]),
      )
      .sort();
    for (const key of ['evidenceDocumentIds', 'evidenceQuotes', 'evidenceStarts', 'evidenceEnds'])
      delete p[key];
    if (ids.length > 0) p.evidence = entries;
    for (const key of ['aliases', 'aliasSources', 'names'])
      if (Array.isArray(p[key])) p[key] = [...(p[key] as string[])].sort();
    return JSON.stringify(item);
  };
  return {
    nodes: dump.nodes.map(unordered).sort(),
    relationships: dump.relationships.map(unordered).sort(),
  };
}

/** The seed CLI's exit code and standard error for `files`, run against the test Neo4j. */
export async function runSeedCli(
  connection: { uri: string; local: boolean; user?: string; password?: string; database?: string },
  files: string[],
): Promise<{ code: number | null; stderr: string; stdout: string }> {
  const { spawn } = await import('node:child_process');
  const { projectRoot } = await import('@policygraph/db');
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: connection.uri };
  for (const name of ['INIT_CWD', 'NEO4J_USER', 'NEO4J_PASSWORD', 'NEO4J_DATABASE'])
    delete env[name];
  if (!connection.local)
    Object.assign(env, {
      NEO4J_USER: connection.user ?? '',
      NEO4J_PASSWORD: connection.password ?? '',
      NEO4J_DATABASE: connection.database ?? '',
    });
  const cli = path.join(projectRoot, 'graph-seed', 'src', 'cli.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...files], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stderr, stdout };
}
