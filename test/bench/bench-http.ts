/**
 * A small HTTP client for the benchmarks (keep-alive connections from a chosen local address, so two
 * clients on loopback are two clients to the server), and latency statistics.
 */
import http from 'node:http';

export interface Answer {
  status: number;
  text: string;
  /** Milliseconds from sending to the last byte of the answer. */
  ms: number;
}

export interface BenchClient {
  /** POSTs a JSON body (a string, sent as is) to /graphql. */
  post(body: string): Promise<Answer>;
  close(): void;
}

/** A client of `baseUrl` with at most `connections` keep-alive connections from `localAddress`. */
export function createClient(
  baseUrl: string,
  { localAddress = '127.0.0.1', connections = 8 } = {},
): BenchClient {
  const url = new URL('/graphql', baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, localAddress });
  return {
    post(body) {
      const started = performance.now();
      return new Promise<Answer>((resolve, reject) => {
        const request = http.request(
          url,
          {
            method: 'POST',
            agent,
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json',
              'content-length': Buffer.byteLength(body),
            },
          },
          (response) => {
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                text: Buffer.concat(chunks).toString('utf8'),
                ms: performance.now() - started,
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    },
    close() {
      agent.destroy();
    },
  };
}

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

/** p50, p95, p99 and max of `times` (milliseconds), rounded to 0.1 ms. */
export function summary(times: readonly number[]): {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
} {
  const sorted = [...times].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    n: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}
