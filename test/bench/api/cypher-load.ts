/**
 * The raw baseline of the API benchmark: the same questions as Cypher through neo4j-driver alone
 * (executeQuery with routing READ), `concurrency` requests in flight in a closed loop for
 * `durationSeconds`, after a warm-up. Every record is read, as a server would.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { summarize, type LatencySummary } from '../stats.ts';

/** A Cypher statement and its parameters. */
export interface CypherRequest {
  cypher: string;
  params: Record<string, unknown>;
}

async function run(
  driver: Driver,
  requests: CypherRequest[],
  concurrency: number,
  durationSeconds: number,
): Promise<LatencySummary> {
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + durationSeconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const request = requests[next++ % requests.length]!;
      const begun = performance.now();
      try {
        const result = await driver.executeQuery(request.cypher, request.params, {
          routing: neo4j.routing.READ,
        });
        for (const record of result.records) record.toObject();
        latencies.push(performance.now() - begun);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarize(latencies, performance.now() - started, errors);
}

/** Warms up, then measures. */
export async function cypherLoad(
  driver: Driver,
  requests: CypherRequest[],
  options: { concurrency: number; durationSeconds: number; warmupSeconds: number },
): Promise<LatencySummary> {
  if (options.warmupSeconds > 0)
    await run(driver, requests, options.concurrency, options.warmupSeconds);
  return run(driver, requests, options.concurrency, options.durationSeconds);
}
