/**
 * `npm run synthetic -- --size 10k|100k|1m [--seed N] [--chunk-nodes N] [--validate-only] [--transactions]`
 * (or `--nodes N` for a graph of about N nodes, at least 1000; 334000 make about 1 million
 * relationships): generates the synthetic graph, validates all of it, then loads it into Neo4j (NEO4J_URI, else
 * the local server, started if need be) with the indexes completed afterwards: into an empty
 * built-in server through Neo4j's offline importer, otherwise (or with --transactions) in
 * transactions of about --chunk-nodes nodes.
 * Exit codes: 0 loaded, 1 invalid graph or a failed write (that chunk rolled back), 2 usage.
 */
import { parseArgs } from 'node:util';
import { DbError } from '@policygraph/db';
import { DEFAULT_CHUNK_NODES } from './bulk/bulk-load.ts';
import { loadGraph } from './bulk/load-graph.ts';
import { RepeatedEntryError } from './bulk/offline/write-graph-csv.ts';
import { GraphValidator } from './bulk/validate-graph.ts';
import { chunkDocuments } from './bulk/chunk-writes.ts';
import { SeedValidationError, SeedWriteError } from '@policygraph/graph-seed';
import { DEFAULT_SEED, syntheticGraph } from './generate.ts';
import { isSizeName, SIZES } from './sizes.ts';

const USAGE = `Usage: npm run synthetic -- --size ${Object.keys(SIZES).join('|')} | --nodes N [--seed ${DEFAULT_SEED}] [--chunk-nodes ${DEFAULT_CHUNK_NODES}] [--validate-only] [--transactions]`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        size: { type: 'string' },
        nodes: { type: 'string' },
        seed: { type: 'string' },
        'chunk-nodes': { type: 'string' },
        'validate-only': { type: 'boolean', default: false },
        transactions: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  const chunkNodes =
    values['chunk-nodes'] === undefined ? DEFAULT_CHUNK_NODES : Number(values['chunk-nodes']);
  const nodes = isSizeName(values.size)
    ? SIZES[values.size]
    : values.size === undefined && values.nodes !== undefined
      ? Number(values.nodes)
      : NaN;
  if (
    !Number.isInteger(nodes) ||
    nodes < 1_000 ||
    !Number.isInteger(seed) ||
    !Number.isInteger(chunkNodes) ||
    chunkNodes < 1
  ) {
    console.error(USAGE);
    return 2;
  }
  const graph = syntheticGraph({ nodes, seed });
  if (values['validate-only']) {
    const validator = new GraphValidator();
    let chunks = 0;
    for (const chunk of chunkDocuments(graph.documents(), chunkNodes)) {
      const problems = validator.check(chunk);
      if (problems.length > 0) throw new SeedValidationError(problems);
      chunks += 1;
    }
    console.log(`Valid: ${validator.knownNodes.size} nodes in ${chunks} chunks.`);
    return 0;
  }
  const result = await loadGraph(() => graph.documents(), {
    offline: values.transactions ? 'never' : 'auto',
    chunkNodes,
    log: (line) => console.log(line),
  });
  if (result.path === 'offline') {
    const total =
      result.summary.csvMs +
      result.summary.importMs +
      result.startMs +
      result.listsMs +
      result.schemaMs;
    console.log(
      `Loaded ${result.summary.nodes} nodes and ${result.summary.relationships} relationships through the offline importer in ${seconds(total)} s: ` +
        `validation and CSV ${seconds(result.summary.csvMs)} s, import ${seconds(result.summary.importMs)} s, ` +
        `server start ${seconds(result.startMs)} s, counts and empty lists ${seconds(result.listsMs)} s, indexes ${seconds(result.schemaMs)} s.`,
    );
  } else {
    const writeSeconds = result.summary.writeMs / 1000;
    console.log(
      `Loaded ${result.summary.nodes} nodes and ${result.summary.relationships} relationships in ${result.summary.chunks} transactions: ` +
        `validation ${seconds(result.summary.validateMs)} s, writes ${writeSeconds.toFixed(1)} s ` +
        `(${Math.round(result.summary.nodes / writeSeconds)} nodes/s, ${Math.round(result.summary.relationships / writeSeconds)} relationships/s), ` +
        `indexes ${seconds(result.schemaMs)} s.`,
    );
  }
  return 0;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof SeedValidationError ||
      error instanceof SeedWriteError ||
      error instanceof RepeatedEntryError ||
      error instanceof DbError
    )
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
