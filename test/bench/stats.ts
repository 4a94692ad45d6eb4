/**
 * Latency summaries of the benchmarks: throughput and percentiles from a list of latencies.
 */

/** Throughput (requests per second) and latency percentiles in milliseconds. */
export interface LatencySummary {
  requests: number;
  errors: number;
  /** Requests per second over the measured duration. */
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** The `p`-th percentile (0..100) of ascending `sorted` values (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

/** Summary of `latencies` (ms) measured over `durationMs`. */
export function summarize(latencies: number[], durationMs: number, errors = 0): LatencySummary {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return {
    requests: sorted.length,
    errors,
    rps: round(sorted.length / (durationMs / 1000)),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(mean),
  };
}
