/** Latency figures from raw samples, exact (autocannon's own histogram keeps whole milliseconds only). */

export interface LatencySummary {
  /** Milliseconds, rounded to 0.01. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

const hundredths = (ms: number) => Math.round(ms * 100) / 100;

/** Nearest-rank percentile: the smallest sample with at least p% of the samples at or below it. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function summariseLatencies(samples: readonly number[]): LatencySummary {
  if (samples.length === 0) return { p50: 0, p90: 0, p99: 0, max: 0, mean: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    p50: hundredths(percentile(sorted, 50)),
    p90: hundredths(percentile(sorted, 90)),
    p99: hundredths(percentile(sorted, 99)),
    max: hundredths(sorted[sorted.length - 1]!),
    mean: hundredths(total / sorted.length),
  };
}
