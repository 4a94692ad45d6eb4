/**
 * What limits bulk writes on this machine: the first chunks of the 100k synthetic graph written
 * with the loader's statements (MERGE, evidence appended without duplicates), then with the
 * plainest statements that store the same data (CREATE, evidence set as is), alternately in one
 * run on a scratch store, so both meet the same machine load. The second is the floor of
 * transactional Cypher writes over Bolt here; it is not a loader (it would duplicate anything
 * loaded twice).
 *
 *   npx tsx test/bench/load/write-floor.ts [--chunks 8] [--rounds 2]
 *
 * Uses its own Neo4j in /tmp/policygraph-bench-floor on Bolt port 7771.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { createDriver, startLocalNeo4j } from '@policygraph/db';
import {
  buildChunkWrites,
  chunkDocuments,
  DEFAULT_CHUNK_NODES,
  prepareBulkSchema,
  type ChunkWrites,
  syntheticGraph,
} from '@policygraph/synthetic';
import { loadAverage } from '../machine.ts';

const EVIDENCE_SET = (v: string) =>
  `${v}.evidenceDocumentIds = [e IN row.evidence | e.documentId], ${v}.evidenceQuotes = [e IN row.evidence | e.quote], ` +
  `${v}.evidenceStarts = [e IN row.evidence | toInteger(e.start)], ${v}.evidenceEnds = [e IN row.evidence | toInteger(e.end)]`;

/** The CREATE counterpart of one of the loader's statements (others unchanged). */
function plainCreate(cypher: string): string {
  if (cypher.includes('MERGE (n:Entity'))
    return `UNWIND $rows AS row CREATE (n:Entity {id: row.id}) SET n:$(row.labels) SET n += row.properties SET n.aliases = row.aliases, ${EVIDENCE_SET('n')} RETURN count(*) AS written`;
  const type = /MERGE \(a\)-\[r:(\w+) \{id: row\.id\}\]->\(b\)/.exec(cypher)?.[1];
  if (type)
    return `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to}) CREATE (a)-[r:${type} {id: row.id}]->(b) SET r += row.properties, ${EVIDENCE_SET('r')} RETURN count(*) AS written`;
  return cypher;
}

const { values } = parseArgs({
  options: { chunks: { type: 'string', default: '8' }, rounds: { type: 'string', default: '2' } },
});
const server = await startLocalNeo4j({
  home: path.join(os.tmpdir(), 'policygraph-bench-floor'),
  boltPort: 7771,
  heap: '2g',
  pageCache: '2g',
  log: () => {},
});
const driver = createDriver({ uri: server.uri, local: true });
try {
  const chunks: ChunkWrites[] = [];
  for (const chunk of chunkDocuments(
    syntheticGraph({ nodes: 100_000 }).documents(),
    DEFAULT_CHUNK_NODES,
  )) {
    chunks.push(buildChunkWrites(chunk));
    if (chunks.length >= Number(values.chunks)) break;
  }
  const nodes = chunks.reduce((sum, chunk) => sum + chunk.nodes, 0);
  const relationships = chunks.reduce((sum, chunk) => sum + chunk.relationships, 0);
  console.log(`${chunks.length} chunks: ${nodes} nodes, ${relationships} relationships`);
  for (let round = 0; round < Number(values.rounds); round += 1) {
    for (const mode of ['loader', 'plain CREATE'] as const) {
      const session = driver.session();
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
      await session.close();
      await prepareBulkSchema(driver);
      let databaseMs = 0;
      const started = performance.now();
      for (const writes of chunks) {
        const write = driver.session({ defaultAccessMode: neo4j.session.WRITE });
        await write.executeWrite(async (tx) => {
          const runs = writes.steps.map((step) =>
            tx.run(mode === 'loader' ? step.cypher : plainCreate(step.cypher), step.params),
          );
          for (const run of runs) {
            const { summary } = await run;
            databaseMs +=
              summary.resultAvailableAfter.toNumber() + summary.resultConsumedAfter.toNumber();
          }
        });
        await write.close();
      }
      const wallMs = performance.now() - started;
      console.log(
        `${mode}: ${(wallMs / 1000).toFixed(1)} s (${(databaseMs / 1000).toFixed(1)} s in Neo4j), ` +
          `${Math.round(relationships / (wallMs / 1000))} relationships/s, ${Math.round(nodes / (wallMs / 1000))} nodes/s, load average ${loadAverage()[0]}`,
      );
    }
  }
} finally {
  await driver.close();
  await server.stop();
}
