/**
 * `npm run synthetic -- --size 10k|100k|1m [--seed N] [--chunk-nodes N] [--validate-only]`:
 * generates the synthetic graph, validates all of it, then bulk-loads it into Neo4j (NEO4J_URI,
 * else the local server, started if need be) with the indexes completed afterwards.
 * Exit codes: 0 loaded, 1 invalid graph or a failed write (that chunk rolled back), 2 usage.
 */
import { parseArgs } from 'node:util';
import { DbError, createDriver, ensureNeo4j } from '@policygraph/db';
import { bulkLoad, DEFAULT_CHUNK_NODES } from './bulk/bulk-load.ts';
import { finishBulkSchema, prepareBulkSchema } from './bulk/bulk-schema.ts';
import { GraphValidator } from './bulk/validate-graph.ts';
import { chunkDocuments } from './bulk/chunk-writes.ts';
import { SeedValidationError, SeedWriteError } from '@policygraph/graph-seed';
import { DEFAULT_SEED, syntheticGraph } from './generate.ts';
import { isSizeName, SIZES } from './sizes.ts';

const USAGE = `Usage: npm run synthetic -- --size ${Object.keys(SIZES).join('|')} [--seed ${DEFAULT_SEED}] [--chunk-nodes ${DEFAULT_CHUNK_NODES}] [--validate-only]`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        size: { type: 'string' },
        seed: { type: 'string' },
        'chunk-nodes': { type: 'string' },
        'validate-only': { type: 'boolean', default: false },
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
  if (
    !isSizeName(values.size) ||
    !Number.isInteger(seed) ||
    !Number.isInteger(chunkNodes) ||
    chunkNodes < 1
  ) {
    console.error(USAGE);
    return 2;
  }
  const graph = syntheticGraph({ nodes: SIZES[values.size], seed });
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
  const neo4jServer = await ensureNeo4j({ detached: false });
  const driver = createDriver(neo4jServer.connection);
  try {
    const database = neo4jServer.connection.database;
    await prepareBulkSchema(driver, { database });
    const summary = await bulkLoad(driver, () => graph.documents(), {
      database,
      chunkNodes,
      onChunk: ({ chunks, nodes, relationships, elapsedMs }) => {
        if (chunks % 10 === 0)
          console.log(
            `${nodes} nodes, ${relationships} relationships (${(elapsedMs / 1000).toFixed(1)} s)`,
          );
      },
    });
    const indexing = performance.now();
    await finishBulkSchema(driver, { database });
    const seconds = summary.writeMs / 1000;
    console.log(
      `Loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${summary.chunks} transactions: ` +
        `validation ${(summary.validateMs / 1000).toFixed(1)} s, writes ${seconds.toFixed(1)} s ` +
        `(${Math.round(summary.nodes / seconds)} nodes/s, ${Math.round(summary.relationships / seconds)} relationships/s), ` +
        `indexes ${((performance.now() - indexing) / 1000).toFixed(1)} s.`,
    );
    return 0;
  } finally {
    await driver.close();
    await neo4jServer.release();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (
      error instanceof SeedValidationError ||
      error instanceof SeedWriteError ||
      error instanceof DbError
    )
      console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);
