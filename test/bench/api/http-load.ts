/**
 * Drives an HTTP GraphQL endpoint with autocannon: `connections` concurrent connections for
 * `durationSeconds`, each request the next body of a rotation, after a warm-up. Latencies are taken
 * from every response (autocannon's own summary has no 95th percentile).
 */
import autocannon from 'autocannon';
import { summarize, type LatencySummary } from '../stats.ts';

export interface HttpLoadOptions {
  url: string;
  /** Request bodies (JSON strings), used in turn. */
  bodies: string[];
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
}

function run(options: HttpLoadOptions, durationSeconds: number): Promise<LatencySummary> {
  let next = 0;
  const latencies: number[] = [];
  let errors = 0;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: durationSeconds,
        timeout: 30,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json' },
            setupRequest: (request) => ({
              ...request,
              body: options.bodies[next++ % options.bodies.length],
            }),
          },
        ],
      },
      (error, result) => {
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- forwards the load tool's own error unchanged
        if (error) reject(error);
        else
          resolve(
            summarize(
              latencies,
              performance.now() - started,
              errors + result.errors + result.timeouts,
            ),
          );
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
      else errors += 1;
    });
  });
}

/** Warms up, then measures. */
export async function httpLoad(options: HttpLoadOptions): Promise<LatencySummary> {
  if (options.warmupSeconds > 0) await run(options, options.warmupSeconds);
  return run(options, options.durationSeconds);
}
